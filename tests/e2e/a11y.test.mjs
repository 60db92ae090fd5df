// axe-core on every screen of the real window: the reader (and every chapter), search, the Ctrl+K dialog,
// settings, first run, the case list, a case blocked by a safeguard, the export dialog and the lock screen, then
// the reader and the cases at 200% text. Prints one line for the whole run,
//   accessibility: N violations (critical C, serious S, moderate M)
// (a violation is one failing element), writes the details to artifacts/a11y.json, and fails on any critical or
// serious violation.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ARTIFACTS, Key, axe, describeViolations, launch, press, tally, until, waitForFocus } from "./harness.mjs";

const PASSPHRASE = "correct horse battery staple";
const results = new Map();
let app;

before(async () => {
  app = await launch();
});

after(async () => {
  await app?.close();
  const all = [...results.values()].flat();
  const sum = tally(all);
  for (const [screen, violations] of results) {
    const c = tally(violations);
    console.log(
      `  axe ${screen}: ${c.total} (critical ${c.critical}, serious ${c.serious}, moderate ${c.moderate}, minor ${c.minor})` +
        (violations.length ? ` ${[...new Set(violations.map((v) => `${v.id} ${v.impact}`))].join(", ")}` : ""),
    );
  }
  writeFileSync(join(ARTIFACTS, "a11y.json"), JSON.stringify(Object.fromEntries(results), null, 2));
  console.log(
    `accessibility: ${sum.total} violations (critical ${sum.critical}, serious ${sum.serious}, moderate ${sum.moderate})`,
  );
});

// A11Y_SURVEY=1 records every screen without failing on the first finding (to measure an older build).
const SURVEY = process.env.A11Y_SURVEY === "1";

/** Scan the page as it is now, keep the result for the summary, and fail on critical or serious findings. */
async function check(screen, context) {
  const violations = await axe(app.browser, context);
  results.set(screen, [...(results.get(screen) ?? []), ...violations]);
  if (SURVEY) return;
  const blocking = violations.filter((v) => v.impact === "critical" || v.impact === "serious");
  assert.deepEqual(
    blocking.map((v) => v.id),
    [],
    `${screen}: no critical or serious accessibility violations\n${describeViolations(blocking)}`,
  );
}

async function nav(view) {
  const { browser } = app;
  await (await browser.$(`nav a[data-nav="${view}"]`)).click();
  await until(browser, async () => (await browser.$(`main[data-view="${view}"]`)).isExisting(), `${view} did not open`);
}

test("axe is really checking: a planted unlabelled field is found", async () => {
  const { browser } = app;
  await (await browser.$("article.chapter h1")).waitForDisplayed({ timeout: 15000 });
  await browser.execute(() => {
    const input = document.createElement("input");
    input.id = "axe-canary";
    document.querySelector("main").append(input);
  });
  const violations = await axe(browser);
  await browser.execute(() => document.getElementById("axe-canary")?.remove());
  const label = violations.find((v) => v.id === "label");
  assert.ok(label && label.nodes.some((n) => n.includes("#axe-canary")), `axe reports the planted field: ${JSON.stringify(violations)}`);
});

test("the reader", async () => {
  const { browser } = app;
  await (await browser.$("article.chapter h1")).waitForDisplayed({ timeout: 15000 });
  await check("reader");
});

test("every chapter of the handbook", async () => {
  const { browser } = app;
  const ids = await browser.execute(() =>
    [...document.querySelectorAll(".sidebar .toc > li > a")].map((a) => a.getAttribute("href").split("/")[2]),
  );
  assert.ok(ids.length >= 20, `the chapter list is there (${ids.length})`);
  const failures = [];
  for (const id of ids) {
    await browser.execute((h) => (location.hash = h), `#/read/${id}`);
    await until(browser, async () => (await browser.$(`article[data-chapter="${id}"]`)).isExisting(), `${id} did not open`);
    // Only the chapter itself: the frame around it is the "reader" screen above.
    const violations = await axe(browser, "article.chapter");
    results.set("chapters", [...(results.get("chapters") ?? []), ...violations]);
    for (const v of violations) if (v.impact === "critical" || v.impact === "serious") failures.push(`${id}: ${v.id} (${v.nodes.length})`);
  }
  if (!SURVEY) assert.deepEqual(failures, [], "no chapter has a critical or serious violation");
});

test("search with results", async () => {
  const { browser } = app;
  await nav("search");
  await (await browser.$('[data-testid="search-input"]')).setValue("refoulement");
  await (await browser.$('[data-testid="search-hit"]')).waitForDisplayed({ timeout: 15000 });
  await check("search");
});

test("the Ctrl+K search dialog", async () => {
  const { browser } = app;
  await nav("read");
  await press(browser, Key.Control, "k");
  const dialog = await browser.$('[data-testid="search-dialog"]');
  await dialog.waitForDisplayed();
  await (await dialog.$('[data-testid="search-input"]')).setValue("child");
  await (await dialog.$('[data-testid="search-hit"]')).waitForDisplayed({ timeout: 15000 });
  await check("ctrl-k dialog");
  await press(browser, Key.Escape);
  await until(browser, async () => !(await dialog.isExisting()), "Escape did not close the dialog");
});

test("settings", async () => {
  await nav("settings");
  await check("settings");
});

test("first run, the case list, a case blocked by a safeguard, the export dialog, the lock screen", async () => {
  const { browser } = app;
  await nav("cases");
  await (await browser.$('[data-testid="vault-setup"]')).waitForDisplayed({ timeout: 15000 });
  await check("first run");

  await (await browser.$('[data-testid="passphrase"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="passphrase-confirm"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="staff-name"]')).setValue("Amina Diallo");
  await (await browser.$('[data-testid="staff-office"]')).setValue("Lampedusa");
  await (await browser.$('[data-testid="vault-setup"] button[type="submit"]')).click();
  await (await browser.$('[data-testid="new-case"]')).waitForDisplayed({ timeout: 20000 });
  await (await browser.$('[data-testid="new-case"]')).click();
  await (await browser.$('[data-testid="given-names"]')).setValue("Yusuf");
  await (await browser.$('[data-testid="family-name"]')).setValue("Haddad");
  await (await browser.$('[data-testid="create-case"]')).click();
  await (await browser.$('[data-testid="case-number"]')).waitForDisplayed({ timeout: 15000 });

  // A fear of return blocks counselling: the safeguard is on screen, with the handbook panel open beside it.
  await (await browser.$('.rail button[data-step="fear-of-return"]')).click();
  const yes = await browser.$('[data-field="fear_of_return"] input[data-value="yes"]');
  await yes.waitForExist();
  await yes.click();
  await until(browser, async () => yes.isSelected(), "the answer was not saved");
  await (await browser.$('.rail button[data-step="counselling-session"]')).click();
  const guard = await browser.$('[data-safeguard="asylum-claim-open"]');
  await guard.waitForDisplayed();
  await (await guard.$('button[data-ref^="asylum#"]')).click();
  await (await browser.$('[data-testid="handbook-panel"]')).waitForDisplayed();
  await check("case with a safeguard");

  await (await browser.$('[data-testid="export-open"]')).click();
  await (await browser.$('[data-testid="export-dialog"]')).waitForDisplayed();
  await check("export dialog");
  // Closed with its close button here (Escape is the keyboard journey's business).
  await (await browser.$('[data-testid="export-dialog"] .dialog-head button')).click();
  await until(browser, async () => !(await (await browser.$('[data-testid="export-dialog"]')).isExisting()), "the dialog did not close");

  await (await browser.$("a.back")).click();
  await (await browser.$('[data-testid="case-list"]')).waitForDisplayed({ timeout: 15000 });
  await check("case list");

  await (await browser.$("button=Lock now")).click();
  await (await browser.$('[data-testid="vault-unlock"]')).waitForDisplayed({ timeout: 15000 });
  await check("lock screen");
  await (await browser.$('[data-testid="passphrase"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="vault-unlock"] button[type="submit"]')).click();
  await (await browser.$('[data-testid="case-list"]')).waitForDisplayed({ timeout: 20000 });
});

test("at 200% text the reader and the cases reflow and keep every control on screen", async () => {
  const { browser } = app;
  // Ctrl+= five times: 100 → 110 → 125 → 150 → 175 → 200%.
  for (let i = 0; i < 5; i++) await press(browser, Key.Control, "=");
  const size = await browser.execute(() => getComputedStyle(document.documentElement).fontSize);
  const base = await browser.execute(() => {
    const probe = document.createElement("div");
    probe.style.fontSize = "medium";
    document.body.append(probe);
    const px = getComputedStyle(probe).fontSize;
    probe.remove();
    return px;
  });
  assert.equal(parseFloat(size), 2 * parseFloat(base), `Ctrl+= ×5 doubles the root font size (${size}, platform ${base})`);

  /** Controls wider than the window or off its right edge: what 200% text must not produce. */
  const offscreen = () =>
    browser.execute(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll("button, a[href], input, select, textarea")]
        .filter((el) => el.getClientRects().length && !el.closest("[inert], .skip-link, .skip-inline, .visually-hidden"))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.right > width + 1 || r.left < -1;
        })
        .map((el) => `${el.tagName} ${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}`);
    });

  await nav("cases");
  await (await browser.$('[data-testid="case-list"]')).waitForDisplayed({ timeout: 15000 });
  await app.screenshot("zoom-200-cases");
  assert.deepEqual(await offscreen(), [], "every control of the case list is within the window at 200%");
  await check("case list at 200%");

  await (await browser.$('[data-testid="case-list"] a')).click();
  await (await browser.$('[data-testid="case-number"]')).waitForDisplayed({ timeout: 15000 });
  await app.screenshot("zoom-200-case");
  assert.deepEqual(await offscreen(), [], "every control of the case screen is within the window at 200%");

  await nav("read");
  await (await browser.$("article.chapter h1")).waitForDisplayed({ timeout: 15000 });
  const toggle = await browser.$('[data-testid="contents-toggle"]');
  assert.equal(await toggle.isDisplayed(), true, "at 200% the contents are behind a toggle");
  await app.screenshot("zoom-200-reader");
  await toggle.click();
  await (await browser.$("#reader-contents")).waitForDisplayed();
  await waitForFocus(browser, "#reader-contents a", "the first link of the opened contents");
  await app.screenshot("zoom-200-reader-contents");
  await check("reader at 200%");
  await press(browser, Key.Escape);
  await waitForFocus(browser, '[data-testid="contents-toggle"]', "the contents button, after Escape closed the contents");
  assert.equal(await (await browser.$("#reader-contents")).isDisplayed(), false, "Escape closed the contents");

  // The narrowest window the app allows (720 px) at 200% text is 360 CSS px wide: close to WCAG's 320.
  await browser.setWindowSize(720, 800);
  await nav("cases");
  await (await browser.$('[data-testid="case-list"]')).waitForDisplayed({ timeout: 15000 });
  assert.deepEqual(await offscreen(), [], "every control of the case list is within a 720 px window at 200%");
  await app.screenshot("zoom-200-narrow-cases");
  await (await browser.$('[data-testid="case-list"] a')).click();
  await (await browser.$('[data-testid="case-number"]')).waitForDisplayed({ timeout: 15000 });
  assert.deepEqual(await offscreen(), [], "every control of the case screen is within a 720 px window at 200%");
  await app.screenshot("zoom-200-narrow-case");
  await browser.setWindowSize(1200, 800);
  await press(browser, Key.Control, "0");
  assert.equal(
    parseFloat(await browser.execute(() => getComputedStyle(document.documentElement).fontSize)),
    parseFloat(base),
    "Ctrl+0 returns to the platform's size",
  );
});

for (const [theme, gtk] of [
  ["high contrast", "HighContrast"],
  ["dark", "Adwaita:dark"],
]) {
  test(`the ${theme} theme (GTK_THEME=${gtk}): reader, search and first run`, async () => {
    await app.close();
    app = await launch({ env: { GTK_THEME: gtk } });
    const { browser } = app;
    await (await browser.$("article.chapter h1")).waitForDisplayed({ timeout: 15000 });
    const media = await browser.execute(() => ({
      more: matchMedia("(prefers-contrast: more)").matches,
      dark: matchMedia("(prefers-color-scheme: dark)").matches,
    }));
    assert.ok(gtk === "HighContrast" ? media.more : media.dark, `the page follows the platform's theme: ${JSON.stringify(media)}`);
    await app.screenshot(`theme-${gtk.replace(":", "-")}-reader`);
    await check(`reader (${theme})`);
    await nav("search");
    await (await browser.$('[data-testid="search-input"]')).setValue("refoulement");
    await (await browser.$('[data-testid="search-hit"]')).waitForDisplayed({ timeout: 15000 });
    await check(`search (${theme})`);
    await nav("cases");
    await (await browser.$('[data-testid="vault-setup"]')).waitForDisplayed({ timeout: 15000 });
    await app.screenshot(`theme-${gtk.replace(":", "-")}-first-run`);
    await check(`first run (${theme})`);
  });
}
