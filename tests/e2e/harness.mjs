// Starts the real app under tauri-driver (which drives WebKitWebDriver) and hands back a WebdriverIO browser.
// Each test file gets its own data folder, so tests never see each other's bookmarks or cases.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Key, remote } from "webdriverio";

export { Key };

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, "..", "..");
export const ARTIFACTS = join(ROOT, "tests", "artifacts");
const APP_BIN = resolve(ROOT, process.env.APP_BIN ?? "target/release/avr-field-handbook");
const DRIVER = process.env.TAURI_DRIVER ?? "tauri-driver";
const PORT = 4444;

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`tauri-driver did not listen on ${port} within ${timeoutMs} ms`);
}

/** Launch the app with a fresh (or given) data folder, and extra environment (`GTK_THEME=HighContrast` makes
 *  the page match `prefers-contrast: more`, `Adwaita:dark` matches a dark colour scheme). Call `close()` when done. */
export async function launch({ dataDir, env = {}, lang = "en" } = {}) {
  const data = dataDir ?? mkdtempSync(join(tmpdir(), "avr-e2e-"));
  // The test-only export destination: exports land here without the native save dialog.
  const exportDir = mkdtempSync(join(tmpdir(), "avr-e2e-export-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  // The driver and the app it starts write to a log file, never to our pipes: a process left behind must not
  // keep the test runner waiting for end-of-file.
  const log = openSync(join(ARTIFACTS, "tauri-driver.log"), "a");
  // The webview keeps its local storage (the interface language, text size, …) under the XDG folders, outside the
  // data folder. Give each data folder its own, beside it: a test file never inherits the language another file
  // left behind, and a relaunch on the same data folder finds what that file's last run kept.
  const webview = `${data}.webview`;
  const xdg = {
    XDG_DATA_HOME: join(webview, "data"),
    XDG_CACHE_HOME: join(webview, "cache"),
    XDG_CONFIG_HOME: join(webview, "config"),
  };
  for (const dir of Object.values(xdg)) mkdirSync(dir, { recursive: true });
  const driver = spawn(DRIVER, ["--port", String(PORT), "--native-port", String(PORT + 1)], {
    env: { ...process.env, ...xdg, ...env, AVR_DATA_DIR: data, AVR_EXPORT_DIR: exportDir },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  await waitForPort(PORT, 15000);
  const browser = await remote({
    hostname: "127.0.0.1",
    port: PORT,
    logLevel: "error",
    capabilities: { "tauri:options": { application: APP_BIN } },
  });
  await browser.setTimeout({ implicit: 0 });
  if (!dataDir) {
    // A fresh data folder is a fresh app: the webview's local storage (text size, the step last viewed on case
    // 1, …) lives outside it and would otherwise carry over from the previous test file. The interface language
    // is chosen here, as a person does on the first screen (`lang: null` leaves that screen up).
    await browser.execute((l) => {
      localStorage.clear();
      if (l) localStorage.setItem("avr.lang", l);
    }, lang);
    await browser.refresh();
  }
  return {
    browser,
    dataDir: data,
    exportDir,
    // What is on the X screen, as a person would see it. WebKitWebDriver's own snapshot can hang when WebKitGTK
    // paints without compositing (as the app does on Linux), and it would not show what X shows anyway.
    async screenshot(name) {
      await browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
      const out = spawnSync("import", ["-window", "root", join(ARTIFACTS, `${name}.png`)], { encoding: "utf8" });
      if (out.error || out.status !== 0) {
        throw new Error(`screenshot ${name} failed (ImageMagick's import): ${out.error?.message ?? out.stderr}`);
      }
    },
    async close() {
      try {
        await browser.deleteSession();
      } finally {
        driver.kill();
        if (driver.exitCode === null) await new Promise((r) => driver.once("exit", r));
        await appGone();
      }
    },
  };
}

/** The next test starts only when this app has really exited (the app is single-instance). The pattern is
 *  anchored at the start of the command line: unanchored, it also matched any command that merely names the
 *  binary (a waiting `flock … sh -c "APP_BIN=… node --test …"`, another test run's wrapper) and killed it. */
async function appGone() {
  const app = `^${APP_BIN}( |$)`;
  for (let i = 0; i < 50; i++) {
    if (spawnSync("pgrep", ["-f", app]).status !== 0) return;
    if (i === 20) spawnSync("pkill", ["-KILL", "-f", app]);
    else spawnSync("pkill", ["-f", app]);
    await sleep(100);
  }
}

/** Wait until `fn` returns a truthy value, and return it. */
export async function until(browser, fn, message, timeout = 10000) {
  let value;
  await browser.waitUntil(
    async () => {
      value = await fn();
      return value;
    },
    { timeout, interval: 50, timeoutMsg: message },
  );
  return value;
}

// ---- Keyboard ------------------------------------------------------------------------------------------------

/** Press one key or a chord (`press(browser, Key.Shift, Key.Tab)`): every key goes down in order, then up. */
export async function press(browser, ...keys) {
  const action = browser.action("key");
  for (const k of keys) action.down(k);
  for (const k of [...keys].reverse()) action.up(k);
  await action.perform();
}

/** Type text into whatever has focus, one key at a time. */
export async function type(browser, text) {
  const action = browser.action("key");
  for (const ch of text) action.down(ch).up(ch);
  await action.perform();
}

/** What has focus: enough to say where it is in an assertion message. */
export async function focused(browser) {
  return browser.execute(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return { tag: "body", text: "", id: "", testid: "", value: "" };
    return {
      tag: a.tagName.toLowerCase(),
      id: a.id,
      testid: a.getAttribute("data-testid") ?? "",
      text: (a.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 80),
      value: a.getAttribute("data-value") ?? a.getAttribute("data-step") ?? "",
    };
  });
}

/** True when the focused element matches the CSS selector. */
export async function focusIs(browser, selector) {
  return browser.execute((sel) => !!document.activeElement?.matches(sel), selector);
}

/** Wait until focus is on an element matching `selector` (focus often moves a frame after the change). */
export async function waitForFocus(browser, selector, what) {
  await until(browser, () => focusIs(browser, selector), `focus is not on ${what} (${selector})`, 10000).catch(
    async (e) => {
      throw new Error(`${e.message}; it is on ${JSON.stringify(await focused(browser))}`);
    },
  );
}

/** Press Tab (or Shift+Tab) until focus is on `selector`; fail after `max` presses. Returns the presses used. */
export async function tabTo(browser, selector, { max = 40, back = false } = {}) {
  for (let i = 1; i <= max; i++) {
    if (back) await press(browser, Key.Shift, Key.Tab);
    else await press(browser, Key.Tab);
    if (await focusIs(browser, selector)) return i;
  }
  throw new Error(`${selector} not reached in ${max} ${back ? "Shift+Tab" : "Tab"} presses; focus is on ${JSON.stringify(await focused(browser))}`);
}

// ---- Accessibility (axe-core) ----------------------------------------------------------------------------------

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** WCAG 2.1 A and AA, and axe's best practices (landmarks, headings, region). */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
export const IMPACTS = ["critical", "serious", "moderate", "minor"];

/**
 * Run axe-core in the app's page, injected through WebDriver (the page's CSP does not apply to the driver), and
 * return its violations as `{ id, impact, help, nodes: [selector…] }`.
 */
export async function axe(browser, context = "html") {
  const injected = await browser.execute(() => typeof window.axe === "object");
  if (!injected) {
    await browser.execute(AXE_SOURCE);
    // The minified UMD file sets window.axe only when no module system is around, which holds in the page.
  }
  const json = await browser.executeAsync(
    (ctx, tags, done) => {
      window.axe
        .run(ctx, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
        .then((r) =>
          done(
            JSON.stringify({
              violations: r.violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                nodes: v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`),
              })),
              error: r.passes.length === 0 ? "no rule passed: axe checked nothing" : undefined,
            }),
          ),
        )
        .catch((e) => done(JSON.stringify({ error: String(e) })));
    },
    context,
    AXE_TAGS,
  );
  const parsed = JSON.parse(json);
  if (parsed.error) throw new Error(`axe failed: ${parsed.error}`);
  return parsed.violations;
}

/** Count violations (one per failing element) by impact. */
export function tally(violations) {
  const counts = { total: 0, critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) {
    counts[v.impact] += v.nodes.length;
    counts.total += v.nodes.length;
  }
  return counts;
}

export function describeViolations(violations) {
  return violations.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n}`).join("\n")}`).join("\n");
}
