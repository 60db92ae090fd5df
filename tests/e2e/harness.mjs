// Starts the real app under tauri-driver (which drives WebKitWebDriver) and hands back a WebdriverIO browser.
// Each test file gets its own data folder, so tests never see each other's bookmarks or cases.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

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

/** Launch the app with a fresh (or given) data folder. Call `close()` when done. */
export async function launch({ dataDir } = {}) {
  const data = dataDir ?? mkdtempSync(join(tmpdir(), "avr-e2e-"));
  // The test-only export destination: exports land here without the native save dialog.
  const exportDir = mkdtempSync(join(tmpdir(), "avr-e2e-export-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  // The driver and the app it starts write to a log file, never to our pipes: a process left behind must not
  // keep the test runner waiting for end-of-file.
  const log = openSync(join(ARTIFACTS, "tauri-driver.log"), "a");
  const driver = spawn(DRIVER, ["--port", String(PORT), "--native-port", String(PORT + 1)], {
    env: { ...process.env, AVR_DATA_DIR: data, AVR_EXPORT_DIR: exportDir },
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

/** The next test starts only when this app has really exited (the app is single-instance). */
async function appGone() {
  for (let i = 0; i < 50; i++) {
    if (spawnSync("pgrep", ["-f", APP_BIN]).status !== 0) return;
    if (i === 20) spawnSync("pkill", ["-KILL", "-f", APP_BIN]);
    else spawnSync("pkill", ["-f", APP_BIN]);
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
