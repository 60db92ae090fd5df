// The returnee's information sheet and voluntary declaration in the real window (issue 14 item 7). An officer
// working in French prints the sheet for a person who reads Arabic: the sheet is chosen in the export dialog by
// keyboard alone, the dialog is axe-clean, and the PDF carries the person's name and the sheet's and the
// declaration's headings in Arabic and in French, with no English on it. The dialog is also looked at in English
// and in Arabic. Screenshots and the PDF's pages as images land in tests/artifacts/ (returnee-sheet-*.png).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ARTIFACTS, Key, ROOT, axe, describeViolations, focusIs, focused, launch, press, tabTo, until, waitForFocus } from "./harness.mjs";

const PASSPHRASE = "correct horse battery staple";
const ARABIC_NAME = "يوسف حداد";
let app;
let caseNumber;

before(async () => {
  // This file makes its own store and case: it never relies on what another test file left behind.
  app = await launch({ lang: "fr" });
});
after(async () => {
  await app?.close();
});

/** One message of the sheet's catalog (`i18n/<lang>/returnee.ftl`), as the core prints it: single-line values. */
function catalog(lang) {
  const text = readFileSync(join(ROOT, "i18n", lang, "returnee.ftl"), "utf8");
  const messages = new Map();
  for (const line of text.split("\n")) {
    const m = /^(returnee-[a-z0-9-]+) = (.*)$/.exec(line);
    if (m) messages.set(m[1], m[2].trim());
  }
  return messages;
}

/** The headings a person looks for: the sheet's title, its four parts, and the declaration's title. */
const HEADINGS = [
  "returnee-title",
  "returnee-what-title",
  "returnee-next-title",
  "returnee-withdraw-title",
  "returnee-contact-title",
  "returnee-decl-title",
];

/** pdftotext's text, with runs of spaces and line ends made single spaces (a heading may wrap in a column) and
 *  without the embedding controls (U+202A-U+202E) pdftotext puts around each right-to-left run. */
function pdfText(path, ...args) {
  const out = spawnSync("pdftotext", [...args, path, "-"], { encoding: "utf8" });
  assert.equal(out.status, 0, `pdftotext (poppler-utils) reads ${path}: ${out.stderr}`);
  return out.stdout.replace(/[\u202A-\u202E]/g, "").replace(/\s+/g, " ");
}

/**
 * The Arabic runs of a sentence: its words between neutral punctuation. pdftotext lays a line that mixes
 * directions out in the page's visual order (the title "العودة الطوعية: معلومات لك" comes back as
 * "معلومات لك :العودة الطوعية"), so a sentence with a colon in it is found run by run; each run, and so each word
 * with its ligatures, must come back letter for letter.
 */
function arabicRuns(sentence) {
  return sentence
    .split(/[^\u0600-\u060B\u060D-\u061A\u061C-\u061E\u0620-\u06FF ]+/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
}

/** The Arabic-script words of a text, punctuation around them left out (for sentences wrapped over lines). */
function arabicWords(text) {
  return new Set(text.split(/[^\u0600-\u060B\u060D-\u061A\u061C-\u061E\u0620-\u06FF]+/).filter((w) => w.length > 0));
}

/** Page `n` of a PDF as tests/artifacts/<name>.png, to look at. */
function pageImage(path, n, name) {
  const out = spawnSync("pdftoppm", ["-png", "-r", "60", "-f", String(n), "-l", String(n), "-singlefile", path, join(ARTIFACTS, name)], {
    encoding: "utf8",
  });
  assert.equal(out.status, 0, `pdftoppm renders page ${n}: ${out.stderr}`);
  assert.ok(existsSync(join(ARTIFACTS, `${name}.png`)), `${name}.png is written`);
}

async function assertAxeClean(screen) {
  const violations = await axe(app.browser);
  assert.deepEqual(violations, [], `axe on ${screen}:\n${describeViolations(violations)}`);
}

/** Open the export dialog on the case shown, from the keyboard (the Export button is reached by Shift+Tab). */
async function openExportByKeyboard(browser) {
  await tabTo(browser, '[data-testid="export-open"]', { back: true, max: 60 });
  await press(browser, Key.Enter);
  await waitForFocus(browser, '[data-testid="export-dialog"], [data-testid="export-dialog"] *', "the export dialog");
}

/** From anywhere in the dialog: Tab to the "what to do" radios, then the arrow keys to the returnee's sheet. */
async function chooseSheetByKeyboard(browser) {
  await tabTo(browser, '[data-testid="export-dialog"] input[name="export-mode"]:checked', { max: 10 });
  for (let i = 0; i < 4 && !(await browser.execute(() => document.activeElement?.dataset.testid === "export-mode-sheet")); i++) {
    await press(browser, Key.ArrowDown);
  }
  await waitForFocus(browser, '[data-testid="export-mode-sheet"]:checked', "the sheet for the returnee, chosen");
  await (await browser.$('[data-testid="sheet-lang"]')).waitForDisplayed({ timeout: 5000 });
}

/** The returnee's language, chosen from the keyboard in the focused list: arrows until its value is `lang`. */
async function chooseReturneeLangByKeyboard(browser, lang) {
  await tabTo(browser, '[data-testid="sheet-lang"]', { max: 5 });
  const value = () => browser.execute(() => document.querySelector('[data-testid="sheet-lang"]').value);
  const options = await browser.execute(() => [...document.querySelectorAll('[data-testid="sheet-lang"] option')].map((o) => o.value));
  const key = options.indexOf(lang) > options.indexOf(await value()) ? Key.ArrowDown : Key.ArrowUp;
  for (let i = 0; i < options.length && (await value()) !== lang; i++) await press(browser, key);
  assert.equal(await value(), lang, `the arrow keys on the language list reach ${lang}`);
}

test("an officer working in French chooses the returnee's sheet by keyboard, in Arabic, and the dialog is axe-clean", async () => {
  const { browser } = app;
  await (await browser.$('nav a[data-nav="cases"]')).click();
  await (await browser.$('[data-testid="vault-setup"]')).waitForDisplayed({ timeout: 20000 });
  await (await browser.$('[data-testid="passphrase"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="passphrase-confirm"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="staff-name"]')).setValue("Amina Diallo");
  await (await browser.$('[data-testid="staff-office"]')).setValue("Tunis");
  await (await browser.$('[data-testid="vault-setup"] button[type="submit"]')).click();
  await (await browser.$('[data-testid="new-case"]')).waitForDisplayed({ timeout: 20000 });
  await (await browser.$('[data-testid="new-case"]')).click();
  await (await browser.$('[data-testid="given-names"]')).setValue("Yusuf");
  await (await browser.$('[data-testid="family-name"]')).setValue("Haddad");
  await (await browser.$('[data-testid="other-names"]')).setValue(ARABIC_NAME);
  await (await browser.$('[data-testid="create-case"]')).click();
  const number = await browser.$('[data-testid="case-number"]');
  await number.waitForDisplayed({ timeout: 15000 });
  caseNumber = (await number.getText()).split(" ")[0];
  assert.match(caseNumber, /^AVR-\d{4}-\d{4}$/, "the new case has its number");

  await openExportByKeyboard(browser);
  await chooseSheetByKeyboard(browser);
  await chooseReturneeLangByKeyboard(browser, "ar");
  const note = await browser.$('[data-testid="sheet-columns"]');
  await note.waitForDisplayed({ timeout: 5000 });
  assert.match(await note.getText(), /Français/, "the dialog says French is printed beside the person's language");
  assert.equal(
    await browser.execute(() => document.querySelector('[data-testid="sheet-declaration"]').checked),
    true,
    "the declaration is added by default",
  );
  await app.screenshot("returnee-sheet-dialog-fr");
  await assertAxeClean("the export dialog on the returnee's sheet, in French");

  // Export from the keyboard: Tab to the button, Enter. In a test build the file lands in AVR_EXPORT_DIR.
  await tabTo(browser, '[data-testid="sheet-run"]', { max: 15 });
  await press(browser, Key.Enter);
  const done = await browser.$('[data-testid="sheet-done"]');
  const failed = await browser.$('[data-testid="sheet-error"]');
  await until(browser, async () => (await done.isDisplayed()) || (await failed.isDisplayed()), "the sheet's export did not finish", 30000).catch(
    async (e) => {
      await app.screenshot("returnee-sheet-stuck");
      throw new Error(`${e.message}; focus is on ${JSON.stringify(await focused(browser))}`);
    },
  );
  assert.equal(await failed.isExisting(), false, `no export error: ${(await failed.isExisting()) ? await failed.getText() : ""}`);
  // The keyboard goes on from there: focus stays on the button just pressed (not dropped to the page's body while
  // the export ran), and Tab reaches the button that opens the folder.
  assert.ok(await focusIs(browser, '[data-testid="sheet-run"]'), `focus stays on Export: it is on ${JSON.stringify(await focused(browser))}`);
  await tabTo(browser, '[data-testid="sheet-done"] button', { max: 15 });
  await app.screenshot("returnee-sheet-done-fr");
});

test("the PDF carries the person's name and the sheet's and declaration's headings in Arabic and French, and no English", async () => {
  const file = `${caseNumber}-returnee-sheet-ar-fr.pdf`;
  assert.deepEqual(readdirSync(app.exportDir), [file], "one file, named by the case number and the two languages, no temp file");
  const path = join(app.exportDir, file);
  assert.equal(readFileSync(path).subarray(0, 5).toString(), "%PDF-", "the file is a PDF");
  const text = pdfText(path);

  assert.ok(text.includes(caseNumber), `the sheet names the case number ${caseNumber}`);
  assert.match(text, /Yusuf Haddad/, "the sheet names the person as entered");
  assert.ok(text.includes(ARABIC_NAME), `and in their own script, extracted exactly: ${ARABIC_NAME}`);
  assert.match(text, /Amina Diallo/, "the officer who follows the case is named as the contact");
  assert.match(text, /Tunis/, "and the office");

  const [ar, fr, en] = [catalog("ar"), catalog("fr"), catalog("en")];
  for (const key of HEADINGS) {
    for (const run of arabicRuns(ar.get(key))) {
      assert.ok(text.includes(run), `the Arabic heading ${key} "${ar.get(key)}" is on the sheet: "${run}" extracts exactly`);
    }
    assert.ok(text.includes(fr.get(key)), `the French heading ${key} "${fr.get(key)}" is beside it`);
    assert.ok(!text.includes(en.get(key)), `the English heading ${key} "${en.get(key)}" is not, since neither language is English`);
  }
  // The right to withdraw, word for word in both languages: the sentence the person must not miss.
  const words = arabicWords(text);
  for (const word of arabicWords(ar.get("returnee-withdraw-1"))) {
    assert.ok(words.has(word), `the right to withdraw reads in Arabic, word for word: "${word}"`);
  }
  assert.ok(text.includes(fr.get("returnee-withdraw-1")), "and in French");
  // No English anywhere: none of English's common words (none of which is a French word) appears.
  const english = text.match(/\b(the|and|you|your|what|who|next|voluntary|return|sheet|officer|interpreter|signature of)\b/gi);
  assert.equal(english, null, `no English words on an Arabic and French sheet: ${english}`);

  // The sheet comes first; the declaration starts a page of its own (a paper that stands alone once signed),
  // with the signature lines in both languages.
  const info = spawnSync("pdfinfo", [path], { encoding: "utf8" }).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  assert.ok(pages >= 2, `the sheet and the declaration are on separate pages: ${pages} pages`);
  const page = (n) => pdfText(path, "-f", String(n), "-l", String(n));
  const first = page(1);
  assert.ok(first.includes(fr.get("returnee-what-title")) && !first.includes(fr.get("returnee-decl-title")), "page one is the sheet");
  const declFrom = [...Array(pages).keys()].map((i) => i + 1).find((n) => page(n).includes(fr.get("returnee-decl-title")));
  assert.ok(declFrom > 1, "the declaration starts after the sheet");
  assert.ok(!page(declFrom).includes(fr.get("returnee-contact-title")), "on a page of its own");
  const last = page(pages);
  for (const key of ["returnee-sign-staff", "returnee-sign-interpreter"]) {
    const lastWords = arabicWords(last);
    for (const word of arabicWords(ar.get(key))) assert.ok(lastWords.has(word), `the last page has ${key} in Arabic: "${word}"`);
    assert.ok(last.includes(fr.get(key)), `and in French: ${fr.get(key)}`);
  }
  assert.ok(last.includes("Yusuf Haddad"), "the person's signature line names them");

  pageImage(path, 1, "returnee-sheet-ar-fr-page1");
  pageImage(path, declFrom, "returnee-sheet-ar-fr-declaration");

  // The Arabic column is on the right half of the page and the French on the left: an Arabic page reads right to
  // left. pdftotext's -bbox lists each word's glyphs in drawing order, left to right, so an Arabic word is looked
  // for reversed.
  const bbox = spawnSync("pdftotext", ["-f", "1", "-l", "1", "-bbox", path, "-"], { encoding: "utf8" }).stdout;
  const width = Number(/<page width="([0-9.]+)"/.exec(bbox)?.[1]);
  const xOf = (word) => Number(new RegExp(`<word xMin="([0-9.]+)"[^>]*>${word}</word>`).exec(bbox)?.[1]);
  const arabicWord = ar.get("returnee-next-title").split(" ")[0];
  const arabicX = xOf([...arabicWord].reverse().join(""));
  const frenchX = xOf(fr.get("returnee-next-title").split(" ").at(-1));
  assert.ok(arabicX > width / 2, `the Arabic heading "${arabicWord}" is on the right half (x=${arabicX} of ${width})`);
  assert.ok(frenchX < width / 2, `the French heading is on the left half (x=${frenchX} of ${width})`);
});

test("the dialog in English and in Arabic: the sheet is offered in words of the interface, and axe stays clean", async () => {
  const { browser } = app;
  for (const lang of ["en", "ar"]) {
    await browser.execute((l) => localStorage.setItem("avr.lang", l), lang);
    await browser.refresh();
    await (await browser.$('nav a[data-nav="cases"]')).waitForDisplayed({ timeout: 20000 });
    await (await browser.$('nav a[data-nav="cases"]')).click();
    const unlock = await browser.$('[data-testid="vault-unlock"]');
    const list = await browser.$('[data-testid="case-list"]');
    await until(browser, async () => (await unlock.isDisplayed()) || (await list.isDisplayed()), "the cases screen did not open", 20000);
    if (await unlock.isDisplayed()) {
      await (await browser.$('[data-testid="passphrase"]')).setValue(PASSPHRASE);
      await (await browser.$('[data-testid="vault-unlock"] button[type="submit"]')).click();
    }
    const row = await (await browser.$('[data-testid="case-list"]')).$(`a*=${caseNumber}`);
    await row.waitForDisplayed({ timeout: 20000 });
    await row.click();
    await (await browser.$('[data-testid="case-number"]')).waitForDisplayed({ timeout: 15000 });
    assert.equal(await browser.execute(() => document.documentElement.dir), lang === "ar" ? "rtl" : "ltr", `${lang} sets the page's direction`);

    await openExportByKeyboard(browser);
    await chooseSheetByKeyboard(browser);
    const label = await (await browser.$('[data-testid="export-mode-sheet"]')).parentElement();
    const words = await label.getText();
    if (lang === "ar") assert.match(words, /[\u0600-\u06FF]/, `the choice is named in Arabic: ${words}`);
    else assert.match(words, /returnee/i, `the choice is named in English: ${words}`);
    // The person reads French here: the officer's language (the interface's) goes beside it.
    await chooseReturneeLangByKeyboard(browser, "fr");
    await (await browser.$('[data-testid="sheet-columns"]')).waitForDisplayed({ timeout: 5000 });
    await app.screenshot(`returnee-sheet-dialog-${lang}`);
    await assertAxeClean(`the export dialog on the returnee's sheet, in ${lang}`);
    await press(browser, Key.Escape);
    await until(browser, async () => !(await (await browser.$('[data-testid="export-dialog"]')).isExisting()), "Escape did not close the dialog");
  }
});
