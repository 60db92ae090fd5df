// The interface in French and Arabic in the real window: the first screen offers the four languages, French is
// chosen there, Arabic in Settings; Arabic lays the app out right to left (the case rail moves to the right of the
// step, the reader's chapter list to the right of the chapter) and axe stays clean. Screenshots of each screen
// land in tests/artifacts/ (i18n-*.png).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axe, describeViolations, launch, until } from "./harness.mjs";

const PASSPHRASE = "correct horse battery staple";
let app;

before(async () => {
  app = await launch({ lang: null });
});
after(async () => {
  await app?.close();
});

async function box(selector) {
  const el = await app.browser.$(selector);
  await el.waitForDisplayed({ timeout: 15000 });
  return app.browser.execute((sel) => {
    const r = document.querySelector(sel).getBoundingClientRect();
    return { left: r.left, right: r.right };
  }, selector);
}

async function assertAxeClean(screen) {
  const violations = await axe(app.browser);
  assert.deepEqual(violations, [], `axe on ${screen}:\n${describeViolations(violations)}`);
}

test("the first screen offers the four languages, each in its own words, and French is kept", async () => {
  const { browser } = app;
  await until(
    browser,
    async () => (await browser.$$("main[data-view=language] button[data-lang]").length) === 4,
    "the language choice did not appear",
    30000, // the first start of a fresh data folder builds the search index too
  );
  await app.screenshot("i18n-first-run");
  const names = await browser.$$("main[data-view=language] button[data-lang] strong").map((e) => e.getText());
  assert.deepEqual(names, ["English", "Français", "Español", "العربية"], "each language is named in itself");
  await assertAxeClean("the language choice");

  await (await browser.$('button[data-lang="fr"]')).click();
  const nav = await browser.$('nav a[data-nav="settings"]');
  await nav.waitForDisplayed();
  assert.equal(await nav.getText(), "Paramètres", "the navigation is in French");
  assert.equal(await browser.execute(() => document.documentElement.lang), "fr");
  await (await browser.$("article.chapter h1")).waitForDisplayed({ timeout: 15000 });
  await app.screenshot("i18n-fr-handbook");

  await (await browser.$('nav a[data-nav="cases"]')).click();
  const h1 = await browser.$("main h1");
  await until(browser, async () => (await h1.getText()) === "Protéger les dossiers par une phrase secrète", "the cases screen is not in French");
  await app.screenshot("i18n-fr-cases");
  await assertAxeClean("the French first run of case records");

  await browser.refresh();
  await (await browser.$('nav a[data-nav="settings"]')).waitForDisplayed({ timeout: 15000 });
  assert.equal(await (await browser.$('nav a[data-nav="settings"]')).getText(), "Paramètres", "the choice is kept");

  // Search in French finds the French edition's section on unaccompanied children, from French words.
  await (await browser.$('nav a[data-nav="search"]')).click();
  const input = await browser.$('[data-testid="search-input"]');
  await input.waitForDisplayed({ timeout: 15000 });
  await input.setValue("mineur non accompagné");
  const hits = await until(
    browser,
    async () => {
      const found = await browser.$$('[data-testid="search-hit"]').map((e) => e.getText());
      return found.length ? found : null;
    },
    "no result for a French query",
    20000, // the index may still be opening
  );
  assert.match(hits[0], /enfant|mineur/i, `the first result is the French section on children: ${hits[0]}`);
  await app.screenshot("i18n-fr-search");
  await assertAxeClean("French search");
});

test("Arabic, chosen in Settings, lays the app out right to left with numbers left to right", async () => {
  const { browser } = app;
  await (await browser.$('nav a[data-nav="settings"]')).click();
  await (await browser.$('[data-testid="language-choice"] input[value="ar"]')).click();
  await until(browser, async () => (await browser.execute(() => document.documentElement.dir)) === "rtl", "dir is not rtl");
  assert.equal(await browser.execute(() => document.documentElement.lang), "ar");
  assert.equal(await (await browser.$("main h1")).getText(), "الإعدادات", "the heading is translated");
  await app.screenshot("i18n-ar-settings");
  await assertAxeClean("Arabic settings");

  // The reader: the chapter list sits to the right of the chapter.
  await (await browser.$('nav a[data-nav="read"]')).click();
  await (await browser.$("article.chapter h1")).waitForDisplayed({ timeout: 15000 });
  const [sidebar, article] = [await box(".sidebar"), await box("article.chapter")];
  assert.ok(sidebar.left >= article.right - 1, `the chapter list is right of the chapter: ${JSON.stringify({ sidebar, article })}`);
  await app.screenshot("i18n-ar-handbook");

  // A case: the progress rail sits to the right of the step; the case number reads left to right.
  await (await browser.$('nav a[data-nav="cases"]')).click();
  await (await browser.$('[data-testid="vault-setup"]')).waitForDisplayed({ timeout: 15000 });
  await (await browser.$('[data-testid="passphrase"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="passphrase-confirm"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="staff-name"]')).setValue("أمينة ديالو");
  await (await browser.$('[data-testid="staff-office"]')).setValue("طرابلس");
  await (await browser.$('[data-testid="vault-setup"] button[type="submit"]')).click();
  await (await browser.$('[data-testid="new-case"]')).waitForDisplayed({ timeout: 20000 });
  await app.screenshot("i18n-ar-case-list");
  await (await browser.$('[data-testid="new-case"]')).click();
  await (await browser.$('[data-testid="given-names"]')).setValue("يوسف");
  await (await browser.$('[data-testid="family-name"]')).setValue("حداد");
  await (await browser.$('[data-testid="create-case"]')).click();
  const number = await browser.$('[data-testid="case-number"] [dir="ltr"]');
  await number.waitForDisplayed({ timeout: 15000 });
  assert.match(await number.getText(), /^AVR-\d{4}-\d{4}$/, "the case number is whole and left to right");
  // The workflow's own words come from the core in the interface's language: the step, its question, the stops.
  const arabic = /[\u0600-\u06FF]/;
  const title = await (await browser.$("#step-title")).getText();
  assert.match(title, arabic, `the step title is in Arabic, not "${title}"`);
  const stops = await browser.$$('[data-testid="case-stop"]').map((e) => e.getText());
  assert.ok(stops.length > 0, "a new case shows the stops still holding it");
  for (const stop of stops) assert.match(stop, arabic, `the stop "${stop}" is named in Arabic`);
  const [rail, step] = [await box("nav.rail"), await box('[data-testid="step"]')];
  assert.ok(rail.left >= step.right - 1, `the rail is right of the step: ${JSON.stringify({ rail, step })}`);
  await app.screenshot("i18n-ar-case");
  await assertAxeClean("an Arabic case");

  // A stop's detail (rule, reason, what lifts it) reads in Arabic: a fear of return holds counselling.
  await (await browser.$('.rail button[data-step="fear-of-return"]')).click();
  const fear = await browser.$('[data-field="fear_of_return"] input[data-value="yes"]');
  await fear.waitForExist({ timeout: 15000 });
  await fear.click();
  await until(browser, async () => fear.isSelected(), "the fear of return was not saved");
  await (await browser.$('.rail button[data-step="counselling-session"]')).click();
  const guard = await browser.$('[data-safeguard="asylum-claim-open"]');
  await guard.waitForDisplayed({ timeout: 15000 });
  const detail = await guard.$$("dt, dd").map((e) => e.getText());
  assert.ok(detail.length >= 6, `the stop shows its rule, reason and lift: ${detail}`);
  for (const line of detail) assert.match(line, arabic, `"${line}" is in Arabic`);
  await app.screenshot("i18n-ar-safeguard");
  await assertAxeClean("an Arabic stop");

  // The export dialog speaks Arabic and offers the export in another language.
  await (await browser.$('[data-testid="export-open"]')).click();
  const dialog = await browser.$('[data-testid="export-dialog"]');
  await dialog.waitForDisplayed({ timeout: 15000 });
  const heading = await (await dialog.$("h2")).getText();
  assert.match(heading, arabic, `the export dialog's heading is Arabic: ${heading}`);
  assert.ok(await (await browser.$('[data-testid="export-lang"]')).isExisting(), "the export language can be chosen");
  await app.screenshot("i18n-ar-export");
  await assertAxeClean("the Arabic export dialog");
});
