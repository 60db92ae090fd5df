// A handbook update installed from the window (issue 17): a test publisher key and a copy of handbook/ with a
// planted change (a sentence reworded in "Scope", a new section) packed as version 2099.1 by the real `avr`
// command line; the app (built with test hooks) trusts that key through AVR_TEST_PUBLISHER_KEY and "picks" the
// package from AVR_IMPORT_DIR. In Settings › Handbook the officer opens it, sees the preview (versions, publisher
// key, the changed section with the planted words marked as added and removed, the new section), installs it, and
// is told to restart; the app started again on the same data folder reads the new sentence in the reader. The
// preview passes axe-core, in English and in Arabic.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { ARTIFACTS, Key, ROOT, axe, describeViolations, focusIs, launch, press, tabTo, until, waitForFocus } from "./harness.mjs";

// The app's binary as the harness starts it (for the restart check, which looks for a new process).
const APP_BIN = resolve(ROOT, process.env.APP_BIN ?? "target/release/avr-field-handbook");

const VERSION = "2099.1";
const OLD_SENTENCE = "The chapters follow a person from the sea to home:";
const NEW_SENTENCE = "The chapters follow a person from the quay to a safe home:";
const NEW_SECTION = "Planted update check";

let app;
let work;
let env;
after(async () => {
  await app?.close();
});

/** The `avr` command line: the release build if there is one, else the debug build (built under the lock). */
function avrBin() {
  for (const p of ["target/release/avr", "target/debug/avr"]) {
    if (existsSync(join(ROOT, p))) return join(ROOT, p);
  }
  const built = spawnSync("flock", ["/tmp/avr-build.lock", "cargo", "build", "-p", "avr-cli"], { cwd: ROOT, stdio: "inherit" });
  assert.equal(built.status, 0, "cargo build -p avr-cli");
  return join(ROOT, "target/debug/avr");
}

function avr(...args) {
  const out = spawnSync(avrBin(), args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, AVR_LANG: "en" } });
  assert.equal(out.status, 0, `avr ${args.join(" ")}: ${out.stderr}${out.stdout}`);
  return out.stdout;
}

before(() => {
  work = mkdtempSync(join(tmpdir(), "avr-e2e-book-"));
  const src = join(work, "handbook");
  cpSync(join(ROOT, "handbook"), src, { recursive: true });
  const scope = join(src, "en", "01-scope.md");
  const text = readFileSync(scope, "utf8");
  assert.ok(text.includes(OLD_SENTENCE), "the scope chapter still has the sentence this test rewords");
  writeFileSync(
    scope,
    `${text.replace(OLD_SENTENCE, NEW_SENTENCE).trimEnd()}\n\n## ${NEW_SECTION} {#planted-update}\n\nThis section came with a handbook update.\n`,
  );
  writeFileSync(join(work, "notes.txt"), "Test release: the scope sentence reworded, one new section.\n");
  const key = join(work, "publisher.key");
  avr("handbook", "keygen", "-o", key);
  const packages = join(work, "packages");
  mkdirSync(packages);
  avr("--handbook-dir", src, "handbook", "pack", "--key", key, "--version", VERSION, "--notes", join(work, "notes.txt"), "-o", join(packages, `handbook-${VERSION}.avrbook`));
  env = { AVR_TEST_PUBLISHER_KEY: `${key}.pub`, AVR_IMPORT_DIR: packages };
});

async function openSettings(browser) {
  const link = await browser.$('nav a[data-nav="settings"]');
  await link.waitForDisplayed({ timeout: 20000 });
  await link.click();
  const open = await browser.$('[data-testid="book-open"]');
  await open.waitForDisplayed({ timeout: 15000 });
  return open;
}

async function noBlockingViolations(browser, where) {
  const violations = await axe(browser, '[data-testid="book-preview"]');
  const blocking = violations.filter((v) => v.impact === "critical" || v.impact === "serious");
  assert.deepEqual(blocking.map((v) => v.id), [], `${where}: no critical or serious findings\n${describeViolations(blocking)}`);
}

test("a handbook update is previewed with what changed, installed, and read after a restart", async () => {
  // An app left running by an earlier test file would hold the single-instance name, and the restarted app would
  // give way to it: start from none.
  spawnSync("pkill", ["-f", `^${APP_BIN}`]);
  await new Promise((r) => setTimeout(r, 500));
  app = await launch({ env });
  let { browser } = app;
  const open = await openSettings(browser);
  assert.match(await (await browser.$('[data-testid="book-in-use-version"]')).getText(), /^2026\./, "the bundled handbook is in use");
  await open.scrollIntoView();
  let t0 = Date.now();
  await open.click();

  const preview = await browser.$('[data-testid="book-preview"]');
  await preview.waitForDisplayed({ timeout: 30000 }).catch(async (e) => {
    await app.screenshot("handbook-update-failure");
    throw new Error(`${e.message}: ${await browser.execute(() => document.querySelector('[data-testid="book-error"]')?.textContent ?? "")}`);
  });
  await waitForFocus(browser, "#book-preview-title", "the preview's heading");
  console.log(`click to preview shown (verify, unpack, load, compare): ${Date.now() - t0} ms`);
  assert.match(await (await browser.$('[data-testid="book-from-to"]')).getText(), new RegExp(`2026\\.\\d+ to version ${VERSION}`), "from the bundled version to the new one");
  assert.match(
    (await (await browser.$('[data-testid="book-publisher"]')).getText()).replace(/\s+/g, ""),
    /^[0-9A-F]{16}$/,
    "the publisher key id shows (16 hex digits)",
  );
  assert.match(await (await browser.$('[data-testid="book-notes"]')).getText(), /scope sentence reworded/, "the release notes show");

  const scope = await browser.$('[data-testid="book-chapter"][data-chapter="scope"]');
  assert.equal(await scope.getAttribute("data-kind"), "changed", "the scope chapter is listed as changed");
  const changed = await browser.$('[data-testid="book-chapter"][data-chapter="scope"] [data-testid="book-section"][data-section="what-it-covers"]');
  assert.equal(await changed.getAttribute("data-kind"), "changed", "the section with the reworded sentence is changed");
  const marked = await browser.execute(() => {
    const words = document.querySelector('[data-section="what-it-covers"] [data-testid="book-words"]');
    const visible = (sel) => [...(words?.querySelectorAll(sel) ?? [])].map((e) => [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("")).join("|");
    return { ins: visible("ins"), del: visible("del"), spoken: words?.querySelector("ins .visually-hidden")?.textContent ?? "" };
  });
  assert.match(marked.ins, /quay/, `"quay" is marked as added: ${JSON.stringify(marked)}`);
  assert.match(marked.ins, /safe/, `"safe" is marked as added: ${JSON.stringify(marked)}`);
  assert.match(marked.del, /sea/, `"sea" is marked as removed: ${JSON.stringify(marked)}`);
  assert.match(marked.spoken, /added/, "an insertion is named for screen readers, not only underlined");
  const added = await browser.$('[data-testid="book-chapter"][data-chapter="scope"] [data-testid="book-section"][data-section="planted-update"]');
  assert.equal(await added.getAttribute("data-kind"), "added", "the new section is listed as added");
  await noBlockingViolations(browser, "the handbook update preview");
  await (await browser.$("#book-preview-title")).scrollIntoView();
  await app.screenshot("handbook-update-preview-top");
  await changed.scrollIntoView();
  await app.screenshot("handbook-update-preview");

  // The same preview in Arabic, right to left, with text at 200%: the interface words change, the English
  // edition's words stay left to right, and nothing is wider than the window.
  await browser.execute(() => {
    localStorage.setItem("avr.lang", "ar");
    localStorage.setItem("avr.fontScale", "2");
  });
  await browser.refresh();
  await (await openSettings(browser)).click();
  await preview.waitForDisplayed({ timeout: 30000 });
  assert.equal(await browser.execute(() => document.documentElement.dir), "rtl", "Arabic lays the page out right to left");
  await noBlockingViolations(browser, "the preview in Arabic");
  const overflow = await browser.execute(() => {
    const box = document.querySelector('[data-testid="book-preview"]').getBoundingClientRect();
    return box.left < 0 || box.right > innerWidth;
  });
  assert.equal(overflow, false, "at 200% text the preview stays inside the window");
  await (await browser.$("#book-preview-title")).scrollIntoView();
  await app.screenshot("handbook-update-preview-ar-top");
  await (await browser.$('[data-section="what-it-covers"]')).scrollIntoView();
  await app.screenshot("handbook-update-preview-ar");
  await browser.execute(() => {
    localStorage.setItem("avr.lang", "en");
    localStorage.setItem("avr.fontScale", "1");
  });
  await browser.refresh();
  await (await openSettings(browser)).click();
  await preview.waitForDisplayed({ timeout: 30000 });

  // Close without installing: focus goes back to the button. From there on, the keyboard only.
  await (await browser.$('[data-testid="book-cancel"]')).click();
  await waitForFocus(browser, '[data-testid="book-open"]', "the install button after closing the preview");
  await press(browser, Key.Enter);
  await preview.waitForDisplayed({ timeout: 30000 });
  await waitForFocus(browser, "#book-preview-title", "the preview's heading, opened from the keyboard");
  await tabTo(browser, '[data-testid="book-install"]');
  t0 = Date.now();
  await press(browser, Key.Enter);
  const done = await browser.$('[data-testid="book-done"]');
  await done.waitForDisplayed({ timeout: 30000 });
  console.log(`Enter on Install to confirmation shown (checks again, installs, records): ${Date.now() - t0} ms`);
  assert.match(await done.getText(), new RegExp(`${VERSION.replace(".", "\\.")} is installed`), "the install is confirmed");
  assert.ok(await focusIs(browser, '[data-testid="book-done"]'), "focus moves to the confirmation, not lost with the preview");
  assert.match(await done.getText(), /install history/, "the store is locked: recorded in the install history only");
  await (await browser.$('[data-testid="book-restart-needed"]')).waitForDisplayed({ timeout: 5000 });
  assert.equal(await (await browser.$('[data-testid="book-active"]')).getText(), VERSION, "the new version is active");
  assert.match(await (await browser.$('[data-testid="book-history"]')).getText(), new RegExp(`installed ${VERSION.replace(".", "\\.")}`), "the history lists the install");
  await (await browser.$('[data-testid="book-restart-needed"]')).scrollIntoView();
  await app.screenshot("handbook-update-installed");

  // The restart button ends this process and starts the app again (outside the driver's session).
  const pids = () => new Set(spawnSync("pgrep", ["-f", APP_BIN]).stdout.toString().split(/\s+/).filter(Boolean));
  const before = pids();
  assert.ok(before.size > 0, "the app is running");
  // The process may end before the click is answered: the driver's session ends with it.
  await (await browser.$('[data-testid="book-restart"]')).click().catch(() => {});
  for (let i = 0; i < 100 && ![...pids()].some((p) => !before.has(p)); i++) await new Promise((r) => setTimeout(r, 200));
  const started = [...pids()].filter((p) => !before.has(p));
  assert.ok(started.length > 0, "the restart button started a new app process");
  // Still running a moment later: not a second instance that gave way to the old one.
  await new Promise((r) => setTimeout(r, 3000));
  assert.ok(started.some((p) => pids().has(p)), "the new app process keeps running after the old one ended");
  spawnSync("import", ["-window", "root", join(ARTIFACTS, "handbook-update-restarted.png")]);
  const dataDir = app.dataDir;
  await app.close().catch(() => {});
  app = undefined;

  // Started again (what the restart button does): the installed handbook is loaded and the reader shows it.
  app = await launch({ dataDir, env });
  browser = app.browser;
  await browser.execute(() => {
    location.hash = "#/read/scope/what-it-covers";
  });
  await until(
    browser,
    async () => (await browser.execute(() => document.querySelector('article[data-chapter="scope"]')?.textContent ?? "")).includes("from the quay to a safe home"),
    "the reader does not show the new sentence after the restart",
    20000,
  );
  const gone = await browser.execute(() => document.querySelector('article[data-chapter="scope"]')?.textContent.includes("from the sea to home"));
  assert.equal(gone, false, "the old sentence is gone");
  assert.ok(
    await browser.execute(() => !!document.getElementById("hb-planted-update")),
    "the new section is in the chapter",
  );
  await app.screenshot("handbook-update-reader");
  const open2 = await openSettings(browser);
  assert.equal(await (await browser.$('[data-testid="book-in-use-version"]')).getText(), VERSION, "Settings says the installed version is in use");
  assert.equal(await browser.$('[data-testid="book-restart-needed"]').isExisting(), false, "and no restart is pending");
  await open2.scrollIntoView();
  await app.close();
  app = undefined;
});

test("a package changed after signing is refused with the file it names, and nothing is shown to install", async () => {
  const tampered = join(work, "tampered");
  mkdirSync(tampered);
  const bytes = readFileSync(join(env.AVR_IMPORT_DIR, `handbook-${VERSION}.avrbook`));
  const at = bytes.indexOf("from the quay to a safe home");
  assert.ok(at > 0, "the planted sentence is in the package (a plain tar)");
  bytes[at + "from the ".length] ^= 0x20; // "quay" becomes "Quay"
  writeFileSync(join(tampered, "handbook-tampered.avrbook"), bytes);
  app = await launch({ env: { ...env, AVR_IMPORT_DIR: tampered } });
  const { browser } = app;
  const open = await openSettings(browser);
  await open.scrollIntoView();
  await open.click();
  const error = await browser.$('[data-testid="book-error"]');
  await error.waitForDisplayed({ timeout: 30000 });
  assert.match(await error.getText(), /en\/01-scope\.md is not the file the publisher signed/, "the refusal names the changed file");
  assert.equal(await browser.$('[data-testid="book-preview"]').isExisting(), false, "nothing is offered for installing");
  await waitForFocus(browser, '[data-testid="book-open"]', "the button, after the refusal");
  await error.scrollIntoView({ block: "center" });
  await app.screenshot("handbook-update-refused");
  await app.close();
  app = undefined;
});

