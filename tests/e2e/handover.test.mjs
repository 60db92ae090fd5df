// A case handed over between two installations in the real window (issue 17): Rome shows its office card;
// Lampedusa puts it on its trust list after comparing the fingerprint, hands a case over to it, and sees the case
// read-only; Rome picks the package, sees who sent it (not on its own trust list: it must tick that it compared
// the fingerprint) and what it carries, and saves it.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { launch, until } from "./harness.mjs";

const PASSPHRASE = "correct horse battery staple";
let app;
after(async () => {
  await app?.close();
});

async function go(browser, view) {
  const link = await browser.$(`nav a[data-nav="${view}"]`);
  await link.waitForDisplayed({ timeout: 20000 });
  await link.click();
}

/** A first run: the store made with this officer and office; ends on the case list. */
async function setUp(browser, officer, office) {
  await go(browser, "cases");
  await (await browser.$('[data-testid="vault-setup"]')).waitForDisplayed({ timeout: 15000 });
  await (await browser.$('[data-testid="passphrase"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="passphrase-confirm"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="staff-name"]')).setValue(officer);
  await (await browser.$('[data-testid="staff-office"]')).setValue(office);
  await (await browser.$('[data-testid="vault-setup"] button[type="submit"]')).click();
  await (await browser.$('[data-testid="new-case"]')).waitForDisplayed({ timeout: 20000 });
}

/** Text of an element even when it is inside a closed <details> (WebDriver's getText reads only what shows). */
async function textOf(browser, selector) {
  return browser.execute((sel) => document.querySelector(sel)?.textContent ?? "", selector);
}

test("a case handed over from one data folder arrives in another, with its sender and what it carries", async () => {
  // Rome: a first run, and its office card.
  app = await launch();
  let { browser } = app;
  await browser.execute(() => {
    window.__errs = [];
    addEventListener("error", (e) => window.__errs.push(String(e.message)));
    addEventListener("unhandledrejection", (e) => window.__errs.push(String(e.reason?.stack ?? e.reason)));
  });
  await setUp(browser, "Omar Haddad", "Rome");
  const romeDir = app.dataDir;
  await go(browser, "settings");
  const card = await browser.$('[data-testid="office-card"]');
  await card.waitForExist({ timeout: 15000 }).catch(async (e) => {
    await app.screenshot("handover-failure");
    console.log("page errors:", await browser.execute(() => JSON.stringify(window.__errs)));
    throw e;
  });
  await until(browser, async () => (await textOf(browser, '[data-testid="card-text"]')).includes("avr-office-card"), "the card text never showed");
  const romeCard = await textOf(browser, '[data-testid="card-text"]');
  const romeFingerprint = (await textOf(browser, '[data-testid="card-fingerprint"]')).replace(/\s+/g, "");
  assert.match(romeFingerprint, /^[0-9a-f]{16}$/, `the fingerprint shows as 16 hex digits: ${romeFingerprint}`);
  assert.match(await textOf(browser, '[data-testid="card-valid"]'), /2028/, "the card says it is valid for two years");
  await (await browser.$('[data-testid="card-qr-toggle"]')).click();
  await (await browser.$('[data-testid="card-qr"]')).waitForDisplayed({ timeout: 5000 });
  await card.scrollIntoView();
  await app.screenshot("handover-office-card");
  await app.close();

  // Lampedusa: trusts Rome's card after comparing the fingerprint, opens a case and hands it over.
  app = await launch();
  browser = app.browser;
  await setUp(browser, "Lena Ortiz", "Lampedusa");
  const lampedusaExports = app.exportDir;
  await go(browser, "settings");
  const paste = await browser.$('[data-testid="trust-paste"]');
  await paste.waitForDisplayed({ timeout: 15000 });
  // Pasted as a person would: the whole card at once.
  await browser.execute((text) => {
    const box = document.querySelector('[data-testid="trust-paste"]');
    box.value = text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }, romeCard);
  await (await browser.$('[data-testid="trust-read"]')).click();
  const compare = await browser.$('[data-testid="trust-compare"]');
  await compare.waitForDisplayed({ timeout: 5000 });
  assert.equal(
    (await textOf(browser, '[data-testid="trust-compare-fingerprint"]')).replace(/\s+/g, ""),
    romeFingerprint,
    "the card read shows the fingerprint Rome's own screen shows, to compare by phone",
  );
  await compare.scrollIntoView();
  await app.screenshot("handover-trust-compare");
  await (await browser.$('[data-testid="trust-confirm"]')).click();
  const row = await browser.$('[data-testid="trusted-card"]');
  await row.waitForDisplayed({ timeout: 5000 });
  assert.match(await row.getText(), /Rome/, "the trust list shows Rome's office");
  assert.match(await row.getText(), /Omar Haddad/, "and its officer");

  await go(browser, "cases");
  await (await browser.$('[data-testid="new-case"]')).click();
  await (await browser.$('[data-testid="given-names"]')).setValue("Yusuf");
  await (await browser.$('[data-testid="family-name"]')).setValue("Haddad");
  await (await browser.$('[data-testid="create-case"]')).click();
  const number = await browser.$('[data-testid="case-number"]');
  await number.waitForDisplayed({ timeout: 15000 });
  const caseNumber = (await number.getText()).split(" ")[0];

  await (await browser.$('[data-testid="export-open"]')).click();
  await (await browser.$('[data-testid="export-mode-handover"]')).click();
  const recipient = await browser.$('[data-testid="handover-recipient"]');
  await recipient.waitForDisplayed({ timeout: 5000 });
  await recipient.click();
  await app.screenshot("handover-send");
  await (await browser.$('[data-testid="handover-run"]')).click();
  const sent = await browser.$('[data-testid="handover-sent"]');
  await sent.waitForDisplayed({ timeout: 15000 });
  assert.match(await sent.getText(), /Rome/, "the dialog says whom it was handed over to");
  const packages = readdirSync(lampedusaExports).filter((f) => f.endsWith(".avrcase"));
  assert.deepEqual(packages, [`${caseNumber}.avrcase`], "the package is saved under the case number, never a name");
  await (await browser.$('[data-testid="handover-close"]')).click();
  const handed = await browser.$('[data-testid="handed-over"]');
  await handed.waitForDisplayed({ timeout: 5000 });
  assert.match(await handed.getText(), /Rome/, "the case says to whom it was handed over");
  const editable = await browser.execute(
    () => [...document.querySelectorAll('[data-testid="step"] .fields input')].filter((i) => !i.matches(":disabled")).length,
  );
  assert.equal(editable, 0, "every answer field is disabled on the sender's copy");
  await app.screenshot("handover-read-only");
  await app.close();

  // Rome again: receives the package from Lampedusa's export folder.
  app = await launch({ dataDir: romeDir, env: { AVR_IMPORT_DIR: lampedusaExports } });
  browser = app.browser;
  await go(browser, "cases");
  await (await browser.$('[data-testid="vault-unlock"]')).waitForDisplayed({ timeout: 15000 });
  await (await browser.$('[data-testid="passphrase"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="vault-unlock"] button[type="submit"]')).click();
  await (await browser.$('[data-testid="receive-open"]')).waitForDisplayed({ timeout: 20000 });
  await (await browser.$('[data-testid="receive-open"]')).click();
  await (await browser.$('[data-testid="receive-pick"]')).click();
  const preview = await browser.$('[data-testid="receive-preview"]');
  await preview.waitForDisplayed({ timeout: 15000 });
  assert.equal(await (await browser.$('[data-testid="receive-sender"]')).getText(), "Lena Ortiz", "the sender is named");
  assert.equal(
    await (await browser.$('[data-testid="receive-trust"]')).getAttribute("data-trust"),
    "unknown",
    "Lampedusa is not on Rome's trust list",
  );
  assert.match(await preview.getText(), new RegExp(caseNumber), "the preview names the case");
  assert.match(await (await browser.$('[data-testid="receive-household"]')).getText(), /1 person/, "and the household");
  assert.match(await (await browser.$('[data-testid="receive-consents"]')).getText(), /0 given, 0 withdrawn/, "and the consents");
  const save = await browser.$('[data-testid="receive-save"]');
  assert.equal(await save.isEnabled(), false, "an unknown sender cannot be saved without the comparison ticked");
  await app.screenshot("handover-receive-preview");
  await (await browser.$('[data-testid="receive-compared"]')).click();
  await until(browser, () => save.isEnabled(), "ticking the comparison did not enable saving");
  await save.click();
  const received = await browser.$('[data-testid="case-number"]');
  await received.waitForDisplayed({ timeout: 15000 });
  assert.equal((await received.getText()).split(" ")[0], caseNumber, "the received case opens under its number");
  await app.screenshot("handover-received");
});
