// The case records lock when the desktop locks the screen, wherever the person is in the app. The app listens on
// D-Bus for the screen savers' `ActiveChanged`; here the bus is a private session bus this test starts, and the
// signal is the one GNOME's screen shield sends.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { after, before, test } from "node:test";
import { launch, until } from "./harness.mjs";

const PASSPHRASE = "correct horse battery staple";
let bus;
let address;
let app;

before(async () => {
  bus = spawn("dbus-daemon", ["--session", "--nofork", "--print-address=1"], { stdio: ["ignore", "pipe", "ignore"] });
  address = await new Promise((resolve, reject) => {
    let out = "";
    bus.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve(out.split("\n")[0].trim());
    });
    bus.once("error", reject);
    setTimeout(() => reject(new Error("dbus-daemon printed no address within 5 s")), 5000);
  });
  app = await launch({ env: { DBUS_SESSION_BUS_ADDRESS: address } });
});

after(async () => {
  await app?.close();
  bus?.kill();
});

function lockTheScreen() {
  const out = spawnSync(
    "gdbus",
    ["emit", "--session", "--object-path", "/org/gnome/ScreenSaver", "--signal", "org.gnome.ScreenSaver.ActiveChanged", "true"],
    { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address }, encoding: "utf8" },
  );
  assert.equal(out.status, 0, `gdbus could not send the signal: ${out.stderr}`);
}

test("locking the screen while the handbook is open locks the case records", async () => {
  const { browser } = app;
  await (await browser.$('nav a[data-nav="cases"]')).click();
  await (await browser.$('[data-testid="vault-setup"]')).waitForDisplayed({ timeout: 15000 });
  await (await browser.$('[data-testid="passphrase"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="passphrase-confirm"]')).setValue(PASSPHRASE);
  await (await browser.$('[data-testid="staff-name"]')).setValue("Amina Diallo");
  await (await browser.$('[data-testid="staff-office"]')).setValue("Lampedusa");
  await (await browser.$('[data-testid="vault-setup"] button[type="submit"]')).click();
  await (await browser.$('[data-testid="new-case"]')).waitForDisplayed({ timeout: 20000 });

  await (await browser.$('nav a[data-nav="read"]')).click();
  await (await browser.$("article.chapter h1")).waitForDisplayed({ timeout: 15000 });
  lockTheScreen();
  // The lock happens in the core while the reader stays open; give the signal and the lock a moment.
  await browser.pause(1500);
  await (await browser.$('nav a[data-nav="cases"]')).click();
  const unlock = await browser.$('[data-testid="vault-unlock"]');
  await until(
    browser,
    async () => unlock.isDisplayed(),
    "the case records were still open after the screen locked",
    10000,
  );
  await app.screenshot("session-lock-locked");
  assert.equal(
    await (await browser.$('[data-testid="new-case"]')).isExisting(),
    false,
    "no case can be opened until the passphrase is given again",
  );
});
