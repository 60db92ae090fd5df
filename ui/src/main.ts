import { scriptStart, startMarks } from "./lib/startmark";
import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { commands } from "./lib/ipc/commands";

const modulesDone = performance.now();
// Before the first render: on Linux the interface font is the desktop's sans-serif (app.css says why).
if (/Linux/.test(navigator.userAgent)) document.documentElement.classList.add("os-linux");
const target = document.getElementById("app");
if (target) mount(App, { target });
const mounted = performance.now();
setTimeout(() => startMarks.push(["page-first-task", performance.now()]), 0);

// Report the first painted frame to the backend (the start-up benchmark reads it), with the page's own steps in
// milliseconds since navigation began: when the script started and finished evaluating, when the app was mounted,
// the first frame. Timings only, nothing about the user.
requestAnimationFrame(() => {
  const frame = performance.now();
  requestAnimationFrame(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    const marks: [string, number][] = [
      ["page-html", nav?.responseEnd ?? 0],
      ["page-script-start", scriptStart],
      ["page-script-end", modulesDone],
      ["page-mounted", mounted],
      ["page-frame", frame],
      ...startMarks,
      ...performance.getEntriesByType("paint").map((p): [string, number] => [`page-${p.name}`, p.startTime]),
    ];
    commands.report_first_paint(performance.timeOrigin, marks).catch(() => {});
  });
});
