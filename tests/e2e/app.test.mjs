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

test("the app starts on the handbook with every chapter listed", async () => {
  const { browser } = app;
  const chapters = await until(
    browser,
    async () => {
      const links = await browser.$$(".sidebar .toc > li > a");
      return links.length >= 20 ? links.length : 0;
    },
    "the chapter list did not appear",
  );
  assert.ok(chapters >= 20, `expected at least 20 chapters, saw ${chapters}`);
  const h1 = await browser.$("article.chapter h1");
  await h1.waitForDisplayed();
  assert.match(await h1.getText(), /Scope of this handbook/);
  await until(browser, async () => / – AVR Field Handbook$/.test(await browser.getTitle()), "the window title names the chapter, then the app");
  await app.screenshot("app-starts-on-handbook");
});

for (const [view, heading] of [
  ["search", "Search"],
  ["cases", "Protect case records with a passphrase"],
  ["settings", "Settings"],
  ["read", null],
]) {
  test(`the ${view} navigation target opens`, async () => {
    const { browser } = app;
    await (await browser.$(`nav a[data-nav="${view}"]`)).click();
    await until(browser, async () => (await browser.$(`main[data-view="${view}"]`)).isExisting(), `${view} did not open`);
    const link = await browser.$(`nav a[data-nav="${view}"]`);
    assert.equal(await link.getAttribute("aria-current"), "page");
    if (heading) assert.equal(await (await browser.$("main h1")).getText(), heading);
    else await (await browser.$("article.chapter h1")).waitForDisplayed();
    await app.screenshot(`nav-${view}`);
  });
}

test("settings show the handbook version hash and the data folder", async () => {
  const { browser } = app;
  await (await browser.$('nav a[data-nav="settings"]')).click();
  const version = await browser.$('[data-testid="handbook-version"]');
  await version.waitForDisplayed();
  assert.match(await version.getText(), /^[0-9a-f]{12}$/);
  assert.match(await (await browser.$('[data-testid="about"]')).getText(), new RegExp(app.dataDir.replace(/[/\\]/g, ".")));
  await app.screenshot("settings-about");
});
