// Smoke test of the installed .deb: the packaged binary starts and finds the bundled handbook on its own
// (no AVR_HANDBOOK_DIR), through Tauri's resource path.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launch, until } from "../e2e/harness.mjs";

let app;
before(async () => {
  delete process.env.AVR_HANDBOOK_DIR;
  app = await launch();
});
after(async () => {
  await app?.close();
});

test("the installed app starts and opens the bundled handbook", async () => {
  const { browser } = app;
  const count = await until(
    browser,
    async () => (await browser.$$(".sidebar .toc > li > a")).length,
    "no chapters: the bundled handbook was not found",
  );
  assert.ok(count >= 20, `only ${count} chapters`);
  await (await browser.$("article.chapter h1")).waitForDisplayed();
  await app.screenshot("installed-deb-starts");
});
