import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launch, until } from "./harness.mjs";

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

/** Whether an element is wholly inside the visible reading pane. */
function visibleInPane(browser, id) {
  return browser.execute((elementId) => {
    const el = document.getElementById(elementId);
    const pane = document.querySelector(".reader-scroll");
    if (!el || !pane) return false;
    const e = el.getBoundingClientRect();
    const p = pane.getBoundingClientRect();
    return e.top >= p.top - 2 && e.bottom <= p.bottom + 2;
  }, id);
}

/** Distance in px from the top of the reading pane to the top of an element. */
function offsetInPane(browser, id) {
  return browser.execute((elementId) => {
    const el = document.getElementById(elementId);
    const pane = document.querySelector(".reader-scroll");
    if (!el || !pane) return null;
    return el.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  }, id);
}

test("an internal link opens the target chapter scrolled to its section", async () => {
  const { browser } = app;
  const link = await browser.$('article.chapter .prose a[href="#/read/asylum/referral"]');
  await link.waitForExist({ timeout: 10000 });
  await link.scrollIntoView();
  await link.click();
  await until(browser, async () => (await browser.$('article[data-chapter="asylum"]')).isExisting(), "asylum did not open");
  const top = await until(
    browser,
    async () => {
      const y = await offsetInPane(browser, "hb-referral");
      return y !== null && y >= -5 && y < 150 ? String(y) : null;
    },
    "the referral section was not scrolled into view",
  );
  assert.ok(Number(top) < 150);
  const current = await browser.$('.toc-sections a[aria-current="location"]');
  assert.equal(await current.getText(), await (await browser.$("#hb-referral")).getText());
  await app.screenshot("reader-internal-link");
});

test("a footnote opens its note and the note links back to the text", async () => {
  const { browser } = app;
  const ref = await browser.$("#hb-referral ~ p sup.fnref a");
  await ref.waitForExist();
  const refId = await (await ref.parentElement()).getAttribute("id");
  const href = await ref.getAttribute("href");
  const noteId = `hb-${href.split("/").pop()}`;
  await ref.click();
  await until(browser, () => visibleInPane(browser, noteId), "the footnote was not scrolled into view");
  const note = await browser.$(`#${noteId}`);
  assert.match(await note.getText(), /C\d+/, "the note cites a source key");
  await app.screenshot("reader-footnote");

  await (await note.$("a.fnback")).click();
  await until(browser, () => visibleInPane(browser, refId), "the back link did not return to the reference");
});

test("a bookmark is added for the current section and listed in the sidebar", async () => {
  const { browser } = app;
  await browser.url("tauri://localhost/#/read/children/best-interests");
  await until(browser, async () => (await browser.$('article[data-chapter="children"]')).isExisting(), "children did not open");
  const toggle = await browser.$('[data-testid="bookmark-toggle"]');
  // The toggle names the section it will bookmark (for screen readers); wait until that is the linked one.
  const label = () => browser.execute(() => document.querySelector('[data-testid="bookmark-toggle"]')?.textContent ?? "");
  await until(browser, async () => /section[\s\S]*best interests/i.test(await label()), "the toggle did not offer the section");
  await toggle.click();
  await until(browser, async () => (await toggle.getAttribute("aria-pressed")) === "true", "bookmark not set");
  const list = await browser.$('[data-testid="bookmarks"]');
  await list.waitForDisplayed();
  assert.match(await list.getText(), /Unaccompanied and separated children › .*best interests/i);
  await app.screenshot("reader-bookmark");
});
