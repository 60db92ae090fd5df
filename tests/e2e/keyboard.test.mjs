// The whole field journey with the keyboard only (no clicks, no element-targeted typing): open a chapter, search
// and open a result, create the case store and a case, answer a step, open and close the export dialog, lock
// and unlock. After each action the test asserts where focus is, because a screen reader user or a keyboard
// user is wherever focus is.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Key, focusIs, focused, launch, press, tabTo, type, until, waitForFocus } from "./harness.mjs";

const PASSPHRASE = "correct horse battery staple";
let app;

before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

const title = (browser) => browser.execute(() => document.title);
/** Saves of the arrival_mode answer in the case's timeline (a save can add other entries, such as flags). */
const timelineCount = (browser) =>
  browser.execute(() => [...document.querySelectorAll("ol.timeline li")].filter((li) => /field arrival_mode/.test(li.textContent)).length);

/** Wait for `n` saves of arrival_mode in the timeline; on failure, say what the case screen shows instead. */
async function timelineReaches(browser, n, message) {
  await until(browser, async () => (await timelineCount(browser)) === n, message).catch(async (e) => {
    const shown = await browser.execute(() => ({
      entries: [...document.querySelectorAll("ol.timeline li")].map((li) => li.textContent),
      error: document.querySelector('[data-testid="case-error"]')?.textContent ?? "",
      saved: document.querySelector('[data-testid="saved"]')?.textContent ?? "",
      checked: document.querySelector("[data-field] input:checked")?.getAttribute("data-value") ?? "",
    }));
    await app.screenshot("keyboard-timeline-stuck");
    throw new Error(`${e.message}: ${JSON.stringify(shown)}`);
  });
}

test("open a chapter from the contents", async () => {
  const { browser } = app;
  await (await browser.$("article.chapter h1")).waitForDisplayed({ timeout: 15000 });
  await waitForFocus(browser, "article.chapter h1", "the chapter heading at start-up");
  const last = await browser.execute(() => {
    const links = document.querySelectorAll(".sidebar .toc > li > a");
    return links[links.length - 1].getAttribute("href");
  });
  const id = last.split("/")[2];
  await tabTo(browser, `.sidebar .toc > li > a[href="${last}"]`, { back: true, max: 60 });
  await press(browser, Key.Enter);
  await waitForFocus(browser, `article[data-chapter="${id}"] h1`, "the opened chapter's heading");
  const heading = await (await browser.$("article.chapter h1")).getText();
  assert.match(await title(browser), new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} – AVR Field Handbook$`), "the window title names the chapter");
});

test("Ctrl+K opens search with focus in the box; Escape gives focus back", async () => {
  const { browser } = app;
  await press(browser, Key.Control, "k");
  await waitForFocus(browser, '[data-testid="search-dialog"] [data-testid="search-input"]', "the dialog's search box");
  assert.equal(
    await browser.execute(() => document.querySelector("main").closest("[inert]") !== null),
    true,
    "the page behind the dialog is inert",
  );
  await press(browser, Key.Escape);
  await until(browser, async () => !(await (await browser.$('[data-testid="search-dialog"]')).isExisting()), "Escape did not close the dialog");
  await waitForFocus(browser, "article.chapter h1", "the chapter heading that had focus before the dialog");
});

test("search and open a result with the keyboard", async () => {
  const { browser } = app;
  await press(browser, Key.Control, "k");
  await waitForFocus(browser, '[data-testid="search-dialog"] [data-testid="search-input"]', "the dialog's search box");
  await type(browser, "refoulement");
  await (await browser.$('[data-testid="search-hit"]')).waitForDisplayed({ timeout: 15000 });
  await press(browser, Key.ArrowDown);
  const target = await until(browser, () =>
    browser.execute(() => document.querySelector('[data-testid="search-hit"][aria-selected="true"]')?.getAttribute("data-target")),
  "no result is selected");
  const [chapter, section] = target.split("#");
  await press(browser, Key.Enter);
  await until(browser, async () => !(await (await browser.$('[data-testid="search-dialog"]')).isExisting()), "Enter did not close the dialog");
  // A hit on a chapter's opening text has no section: then the chapter's heading.
  const landing = section ? `article[data-chapter="${chapter}"] #hb-${section}` : `article[data-chapter="${chapter}"] h1`;
  await waitForFocus(browser, landing, "the section the result points to");
});

test("create the case store and a case", async () => {
  const { browser } = app;
  await tabTo(browser, 'nav a[data-nav="cases"]', { back: true, max: 150 });
  await press(browser, Key.Enter);
  await waitForFocus(browser, "main h1", "the first-run heading");
  assert.match(await title(browser), /^Protect case records/, "the window title names the screen");

  await tabTo(browser, '[data-testid="passphrase"]', { max: 3 });
  await type(browser, PASSPHRASE);
  await press(browser, Key.Tab);
  assert.ok(await focusIs(browser, '[data-testid="passphrase-confirm"]'), "Tab goes to the confirmation");
  await type(browser, PASSPHRASE);
  await press(browser, Key.Tab);
  await type(browser, "Amina Diallo");
  await press(browser, Key.Tab);
  assert.ok(await focusIs(browser, '[data-testid="staff-office"]'), "then to the office");
  await type(browser, "Lampedusa");
  await press(browser, Key.Enter);
  await waitForFocus(browser, ".page-head h1", "the case list's heading, once the store exists");

  await tabTo(browser, '[data-testid="new-case"]', { max: 3 });
  await press(browser, Key.Enter);
  await tabTo(browser, '[data-testid="given-names"]', { max: 3 });
  await type(browser, "Yusuf");
  await press(browser, Key.Tab);
  await type(browser, "Haddad");
  await press(browser, Key.Enter);
  await waitForFocus(browser, '[data-testid="case-number"]', "the new case's heading");
  assert.match(await title(browser), /^Case AVR-\d{4}-\d{4} – AVR Field Handbook$/, "the title has the case number and no name");
});

test("answer a step: the first answer is two keys from the heading, and arrow keys save only once", async () => {
  const { browser } = app;
  await press(browser, Key.Tab);
  assert.ok(await focusIs(browser, '[data-testid="skip-to-questions"]'), `Tab from the heading reaches "Skip to the questions" (focus: ${JSON.stringify(await focused(browser))})`);
  await press(browser, Key.Enter);
  await waitForFocus(browser, '[data-field="arrival_mode"] input[data-value="rescued"]', "the first answer of the step");

  const before = await timelineCount(browser);
  await press(browser, Key.Space);
  await timelineReaches(browser, before + 1, "Space did not save the choice");
  assert.match(await (await browser.$('[data-testid="saved"]')).getText(), /^Saved at /);

  await press(browser, Key.ArrowDown);
  await press(browser, Key.ArrowDown);
  await press(browser, Key.ArrowUp);
  await waitForFocus(browser, '[data-field="arrival_mode"] input[data-value="intercepted"]', "the option the arrows landed on");
  const ring = await browser.execute(() => {
    const s = getComputedStyle(document.activeElement);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.deepEqual(ring, { style: "solid", width: 3 }, "the focus ring is still drawn after arrow keys");
  await app.screenshot("keyboard-radio-focus");
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await timelineCount(browser), before + 1, "moving with the arrows saved nothing yet");

  await press(browser, Key.Tab);
  await timelineReaches(browser, before + 2, "leaving the group did not save the choice");
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await timelineCount(browser), before + 2, "one save for the arrows, not one per option passed");
  assert.equal(await (await browser.$('[data-field="arrival_mode"] input[data-value="intercepted"]')).isSelected(), true);
});

test("the step rail is one tab stop; arrows move along it and Enter opens a step with focus on its heading", async () => {
  const { browser } = app;
  await tabTo(browser, ".rail button.rail-step", { back: true, max: 12 });
  assert.ok(await focusIs(browser, '.rail button[aria-current="step"]'), "the rail's tab stop is the current step");
  await press(browser, Key.ArrowDown);
  assert.ok(await focusIs(browser, '.rail button[data-step="immediate-needs"]'), "ArrowDown moves to the next step");
  assert.ok(await focusIs(browser, ":focus-visible"), "a button focused by the arrow keys shows the focus ring");
  await press(browser, Key.Enter);
  await waitForFocus(browser, "#step-title", "the opened step's heading");
  assert.equal(await (await browser.$('[data-testid="step"]')).getAttribute("data-step"), "immediate-needs");
  const presses = await tabTo(browser, "[data-field] input, [data-field] textarea", { max: 8 });
  assert.ok(presses <= 6, `the step's first answer is ${presses} Tab presses from its heading`);
});

test("Next step moves focus to the next step's heading, in view", async () => {
  const { browser } = app;
  // The step after this one in the rail (which steps show depends on the answers so far).
  const expected = await browser.execute(() => {
    const steps = [...document.querySelectorAll(".rail button.rail-step")].map((b) => b.getAttribute("data-step"));
    return steps[steps.indexOf(document.querySelector('[data-testid="step"]').getAttribute("data-step")) + 1];
  });
  await tabTo(browser, '[data-testid="next-step"]', { max: 40 });
  await press(browser, Key.Enter);
  await waitForFocus(browser, "#step-title", "the next step's heading");
  assert.equal(await (await browser.$('[data-testid="step"]')).getAttribute("data-step"), expected);
  const spoken = await until(browser, () => browser.execute(() => ["live-a", "live-b"].map((id) => document.getElementById(id)?.textContent).join(" ").trim()), "nothing was announced");
  assert.match(spoken, /^Step \d+ of \d+$/, "the polite live region says which step this is");
  assert.equal(
    await browser.execute(() => document.querySelectorAll('[data-field] .error, [aria-invalid="true"], [role="alert"]:not(:empty)').length),
    0,
    "arriving at an untouched step shows and announces no errors",
  );
  assert.equal(await (await browser.$("#step-title")).isDisplayed({ withinViewport: true }), true, "the heading is scrolled into view");
});

test("the handbook panel takes focus when opened and gives it back when closed", async () => {
  const { browser } = app;
  await tabTo(browser, "button[data-ref]", { max: 10 });
  const ref = await browser.execute(() => document.activeElement.getAttribute("data-ref"));
  await press(browser, Key.Enter);
  await waitForFocus(browser, '[data-testid="handbook-panel"] h2', "the panel's heading");
  await tabTo(browser, '[data-testid="handbook-panel"] .panel-head button', { max: 3 });
  await press(browser, Key.Enter);
  await waitForFocus(browser, `button[data-ref="${ref}"]`, "the reference that opened the panel");
});

test("the export dialog: focus moves in, Tab stays in, Escape closes and focus returns", async () => {
  const { browser } = app;
  await tabTo(browser, '[data-testid="export-open"]', { back: true, max: 40 });
  await press(browser, Key.Enter);
  await waitForFocus(browser, '[data-testid="export-dialog"]', "the dialog, which is announced by its title");
  await press(browser, Key.Tab);
  await press(browser, Key.Tab);
  assert.ok(await focusIs(browser, '[data-testid="export-dialog"] [data-testid="export-mode-copy"]:checked'), "two Tabs in: what to do (an export, not a handover)");
  await press(browser, Key.Tab);
  assert.ok(await focusIs(browser, '[data-testid="export-dialog"] input[data-format="pdf"]:checked'), "one more Tab: the chosen format");
  for (let i = 0; i < 12; i++) {
    await press(browser, Key.Tab);
    assert.ok(await focusIs(browser, '[data-testid="export-dialog"] *'), `Tab ${i + 1} stays in the dialog (focus: ${JSON.stringify(await focused(browser))})`);
  }
  await press(browser, Key.Escape);
  await until(browser, async () => !(await (await browser.$('[data-testid="export-dialog"]')).isExisting()), "Escape did not close the dialog");
  await waitForFocus(browser, '[data-testid="export-open"]', "the Export button that opened the dialog");
});

test("lock and unlock", async () => {
  const { browser } = app;
  await tabTo(browser, "a.back", { back: true, max: 10 });
  await press(browser, Key.Enter);
  await waitForFocus(browser, ".page-head h1", "the case list's heading");
  await tabTo(browser, ".page-head .row button:last-child", { max: 4 });
  await press(browser, Key.Enter);
  await waitForFocus(browser, "main h1", "the lock screen's heading");
  assert.match(await title(browser), /^Case records are locked/);
  await tabTo(browser, '[data-testid="passphrase"]', { max: 3 });
  await type(browser, PASSPHRASE);
  await press(browser, Key.Enter);
  await waitForFocus(browser, ".page-head h1", "the case list's heading after unlocking");
  await app.screenshot("keyboard-unlocked");
  await tabTo(browser, '[data-testid="case-list"] a', { max: 20 });
  await press(browser, Key.Enter);
  await waitForFocus(browser, '[data-testid="case-number"]', "the opened case's heading");
});
