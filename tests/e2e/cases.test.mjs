// Case records in the real window: first-run passphrase, a case, an answer that survives a restart, and a
// protection safeguard that blocks the return path until it is lifted the proper way.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { launch, until } from "./harness.mjs";

const PASSPHRASE = "correct horse battery staple";
let app;
after(async () => {
  await app?.close();
});

async function openCases(browser) {
  await (await browser.$('nav a[data-nav="cases"]')).click();
}

async function answerRadio(browser, field, value) {
  const input = await browser.$(`[data-field="${field}"] input[data-value="${value}"]`);
  await input.waitForExist();
  await input.click();
  await until(browser, async () => input.isSelected(), `${field}=${value} was not saved`);
}

async function openStep(browser, step) {
  await (await browser.$(`.rail button[data-step="${step}"]`)).click();
  await until(browser, async () => (await (await browser.$('[data-testid="step"]')).getAttribute("data-step")) === step, `step ${step} did not open`);
}

test("set a passphrase, open a case and answer a step; after a restart and unlock the answer is there", async () => {
  app = await launch();
  let { browser } = app;
  await openCases(browser);
  const setup = await browser.$('[data-testid="vault-setup"]');
  await setup.waitForDisplayed({ timeout: 15000 });
  await (await browser.$('[data-testid="passphrase"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="passphrase-confirm"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="staff-name"]')).setValue("Amina Diallo");
  await (await browser.$('[data-testid="staff-office"]')).setValue("Lampedusa");
  await app.screenshot("cases-first-run");
  await (await browser.$('[data-testid="vault-setup"] button[type="submit"]')).click();

  await (await browser.$('[data-testid="new-case"]')).waitForDisplayed({ timeout: 20000 });
  await (await browser.$('[data-testid="new-case"]')).click();
  await (await browser.$('[data-testid="given-names"]')).setValue("Yusuf");
  await (await browser.$('[data-testid="family-name"]')).setValue("Haddad");
  await (await browser.$('[data-testid="other-names"]')).setValue("يوسف حداد");
  await (await browser.$('[data-testid="create-case"]')).click();
  const number = await browser.$('[data-testid="case-number"]');
  await number.waitForDisplayed({ timeout: 15000 });
  const caseNumber = (await number.getText()).split(" ")[0];
  assert.match(caseNumber, /^AVR-\d{4}-\d{4}$/);

  await openStep(browser, "fear-of-return");
  await answerRadio(browser, "fear_of_return", "yes");
  await app.screenshot("case-answered");
  const dataDir = app.dataDir;
  await app.close();

  app = await launch({ dataDir });
  browser = app.browser;
  await openCases(browser);
  const unlock = await browser.$('[data-testid="vault-unlock"]');
  await unlock.waitForDisplayed({ timeout: 15000 });
  await (await browser.$('[data-testid="passphrase"]')).setValue("not the passphrase");
  await (await browser.$('[data-testid="vault-unlock"] button[type="submit"]')).click();
  await (await browser.$('[data-testid="unlock-error"]')).waitForDisplayed({ timeout: 15000 });
  await (await browser.$('[data-testid="passphrase"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="vault-unlock"] button[type="submit"]')).click();
  const list = await browser.$('[data-testid="case-list"]');
  await list.waitForDisplayed({ timeout: 20000 });
  const row = await list.$(`a=${caseNumber}`);
  await row.waitForDisplayed({ timeout: 20000 });
  await app.screenshot("cases-after-restart");
  await row.click();
  await openStep(browser, "fear-of-return");
  const yes = await browser.$('[data-field="fear_of_return"] input[data-value="yes"]');
  assert.equal(await yes.isSelected(), true, "the saved answer is there after the restart");

  // Nothing personal outside the encrypted store: not in localStorage (not even the step last viewed), not in any
  // file the app wrote.
  const stored = await browser.execute(() => JSON.stringify(Object.entries(globalThis.localStorage)));
  assert.ok(!/Haddad|caseStep|fear-of-return/.test(stored), `localStorage holds nothing about the case: ${stored}`);
  const leaks = [];
  const scan = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) scan(path);
      else if (readFileSync(path).includes("Haddad")) leaks.push(path);
    }
  };
  scan(dataDir);
  assert.deepEqual(leaks, [], "no file in the data folder holds the family name in plain text");
});

test("a fear of return blocks counselling with the rule, the reason and the section; an edit of the answer does not lift it and the list names it; the asylum outcome does", async () => {
  const { browser } = app;
  await openStep(browser, "counselling-session");
  const guard = await browser.$('[data-safeguard="asylum-claim-open"]');
  await guard.waitForDisplayed();
  const text = await guard.getText();
  assert.match(text, /Rule/);
  assert.match(text, /What lifts it/);
  await (await guard.$('button[data-ref^="asylum#"]')).click();
  const panel = await browser.$('[data-testid="handbook-panel"]');
  await panel.waitForDisplayed();
  await until(browser, async () => /refoulement/i.test(await panel.getText()), "the cited section did not open");
  await app.screenshot("case-blocked-by-safeguard");

  // Editing the answer that triggered the stop does not lift it, and the screen says why.
  await openStep(browser, "fear-of-return");
  await answerRadio(browser, "fear_of_return", "no");
  await openStep(browser, "counselling-session");
  const still = await browser.$('[data-safeguard="asylum-claim-open"]');
  await still.waitForDisplayed();
  const latch = await still.$('[data-testid="latch"]');
  assert.match(await latch.getText(), /Triggered on [A-Z][a-z]{2} \d{1,2}, \d{4} by Amina Diallo/, "the stop says when (as a date in words, not the stored ISO form) and by whom");
  assert.match(await latch.getText(), /does not lift it/, "and that editing the answer does not lift it");
  await app.screenshot("case-stop-survives-an-edit");

  // The case list names the stop by its title, never by an id.
  await (await browser.$('a.back')).click();
  const stop = await browser.$('[data-testid="case-list"] [data-testid="list-stop"]');
  await stop.waitForDisplayed({ timeout: 15000 });
  const titles = await browser.$$('[data-testid="list-stop"]').map((e) => e.getText());
  assert.ok(titles.includes("Fear of return or asylum claim open"), `the list shows the stop's title: ${titles}`);
  assert.ok(!titles.some((t) => /^[a-z-]+$/.test(t)), `never an id: ${titles}`);
  await app.screenshot("case-list-stop-titles");
  await (await (await browser.$('[data-testid="case-list"]')).$("a*=AVR-")).click();
  await (await browser.$('[data-testid="case-number"]')).waitForDisplayed({ timeout: 15000 });

  await openStep(browser, "fear-of-return");
  await answerRadio(browser, "asylum_outcome", "no_protection_need");
  await openStep(browser, "counselling-session");
  await until(
    browser,
    async () => !(await (await browser.$('[data-safeguard="asylum-claim-open"]')).isExisting()),
    "the asylum safeguard still blocks after a final decision",
  );
  await app.screenshot("case-safeguard-lifted");
});

test("the case exports to a PDF checklist that carries the case number, the steps and the Arabic-script name", async () => {
  const { browser } = app;
  const caseNumber = (await (await browser.$('[data-testid="case-number"]')).getText()).split(" ")[0];
  await (await browser.$('[data-testid="export-open"]')).click();
  const dialog = await browser.$('[data-testid="export-dialog"]');
  await dialog.waitForDisplayed();
  assert.equal(await (await dialog.$('input[data-format="pdf"]')).isSelected(), true, "PDF is the default");
  await app.screenshot("export-dialog");
  // Hover first, as a hand on a mouse does: WebKitGTK's driver otherwise releases the press on the backdrop.
  const run = await dialog.$('[data-testid="export-run"]');
  await run.moveTo();
  await run.click();
  const done = await browser.$('[data-testid="export-done"]');
  const failed = await browser.$('[data-testid="export-error"]');
  await until(browser, async () => (await done.isDisplayed()) || (await failed.isDisplayed()), "the export did not finish", 30000).catch(async (e) => {
    await app.screenshot("export-stuck");
    throw e;
  });
  assert.equal(await failed.isExisting(), false, `no export error: ${(await failed.isExisting()) ? await failed.getText() : ""}`);
  const path = await (await browser.$('[data-testid="export-path"]')).getText();
  assert.equal(path, join(app.exportDir, `${caseNumber}-checklist.pdf`));
  assert.ok(existsSync(path), "the file is where the dialog says");
  assert.deepEqual(readdirSync(app.exportDir), [`${caseNumber}-checklist.pdf`], "no temp file is left");
  assert.equal(readFileSync(path).subarray(0, 5).toString(), "%PDF-");
  const text = spawnSync("pdftotext", [path, "-"], { encoding: "utf8" });
  assert.equal(text.status, 0, "pdftotext (poppler-utils) reads the file");
  assert.match(text.stdout, new RegExp(caseNumber));
  assert.match(text.stdout, /Fear of return/);
  assert.match(text.stdout, /يوسف/);
  await app.screenshot("export-done");

  // The export is in the case's timeline.
  const close = await dialog.$("button=Close");
  await close.moveTo();
  await close.click();
  await until(browser, async () => !(await (await browser.$('[data-testid="export-dialog"]')).isExisting()), "the dialog did not close");
  const timeline = await browser.$("ol.timeline");
  assert.match(await timeline.getHTML(), /pdf/);
});
