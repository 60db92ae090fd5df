import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { commands } from "./lib/ipc/commands";

const target = document.getElementById("app");
if (target) mount(App, { target });

// Report the first painted frame to the backend (the start-up benchmark reads it).
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    commands.report_first_paint().catch(() => {});
  }),
);
