import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { tick } from "svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BookPreview } from "../../ipc/bindings/BookPreview";
import type { BookVersions } from "../../ipc/bindings/BookVersions";
import HandbookUpdates from "./HandbookUpdates.svelte";

const versions = (over: Partial<BookVersions> = {}): BookVersions => ({
  in_use: "2026.1",
  in_use_installed: false,
  active: null,
  previous: null,
  in_use_made_at: null,
  in_use_notes: null,
  restart_needed: false,
  history: [],
  audited: false,
  ...over,
});

const preview = (downgrade = false): BookPreview => ({
  diff: {
    from_version: "2026.1",
    to_version: downgrade ? "2025.9" : "2026.2",
    notes: "A new referral contact.",
    editions: [
      {
        lang: "en",
        chapters: [
          {
            id: "scope",
            title: "Scope",
            kind: "changed",
            sections: [
              {
                id: "what-it-covers",
                title: "What this handbook covers",
                kind: "changed",
                words: [
                  { kind: "same", text: "from the " },
                  { kind: "removed", text: "sea" },
                  { kind: "added", text: "quay" },
                  { kind: "same", text: " to home" },
                ],
              },
            ],
          },
        ],
      },
    ],
    workflows: [],
    files: [],
  },
  publisher: "ABCDEF0123456789",
  made_at: Date.UTC(2026, 11, 3),
  files: 131,
  bytes: 2251264,
  downgrade,
  millis: 600,
});

let calls: { cmd: string; args: Record<string, unknown> }[] = [];
function backend(answers: Record<string, (args: Record<string, unknown>) => unknown>) {
  calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    return answers[cmd]?.((args ?? {}) as Record<string, unknown>) ?? null;
  });
}
const called = (cmd: string) => calls.filter((c) => c.cmd === cmd);

async function settle() {
  for (let i = 0; i < 5; i++) {
    await tick();
    await new Promise((r) => setTimeout(r, 0));
  }
}

beforeEach(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  cleanup();
  clearMocks();
});

describe("Settings › Handbook", () => {
  it("shows what a package changes before installing it, with focus on the preview", async () => {
    backend({
      book_versions: () => versions(),
      book_open: () => preview(),
      book_install: () => ({ version: "2026.2", previous: null, audited: true, millis: 700 }),
    });
    render(HandbookUpdates);
    await settle();
    await fireEvent.click(screen.getByTestId("book-open"));
    await settle();
    expect(called("book_open")[0]?.args, "a newer package is opened without allowing a downgrade").toEqual({ allowDowngrade: false });
    expect(document.activeElement?.id, "focus moves to the preview's heading").toBe("book-preview-title");
    const words = screen.getByTestId("book-words");
    expect(words.querySelector("ins")?.textContent, "the added word is in <ins>, named for screen readers").toMatch(/added text:.*quay/);
    expect(words.querySelector("del")?.textContent, "the removed word is in <del>").toMatch(/removed text:.*sea/);
    expect(screen.getByTestId("book-publisher").textContent, "the key is shown in groups of four").toContain("ABCD");
    expect(called("book_install"), "nothing is installed by looking").toHaveLength(0);
    await fireEvent.click(screen.getByTestId("book-install"));
    await settle();
    expect(called("book_install")[0]?.args, "installed as a normal upgrade").toEqual({ allowDowngrade: false });
    expect(screen.getByTestId("book-done").textContent, "the install is confirmed and said to be audited").toMatch(/2026\.2 is installed.*audit log/s);
    expect(document.activeElement, "focus goes to the confirmation, not lost with the preview").toBe(screen.getByTestId("book-done"));
  });

  it("refuses an older package until it is asked for, and installs it only after the confirmation is ticked", async () => {
    backend({
      book_versions: () => versions(),
      book_open: () => {
        throw { code: "Conflict", message: "Version 2025.9 is not newer than 2026.1, the version in use." };
      },
      book_inspect: () => preview(true),
      book_install: () => ({ version: "2025.9", previous: null, audited: false, millis: 700 }),
    });
    render(HandbookUpdates);
    await settle();
    await fireEvent.click(screen.getByTestId("book-open"));
    await settle();
    expect(screen.getByTestId("book-error").textContent, "the core's refusal is shown as it is").toMatch(/not newer/);
    expect(document.activeElement, "focus stays on the button").toBe(screen.getByTestId("book-open"));
    await fireEvent.click(screen.getByTestId("book-show-older"));
    await settle();
    expect(called("book_inspect")[0]?.args, "looked at with the downgrade allowed").toEqual({ allowDowngrade: true });
    const install = screen.getByTestId("book-install") as HTMLButtonElement;
    expect(install.disabled, "a downgrade cannot be installed before it is confirmed").toBe(true);
    await fireEvent.click(screen.getByTestId("book-downgrade-confirm"));
    await settle();
    expect(install.disabled, "ticking the confirmation allows it").toBe(false);
    await fireEvent.click(install);
    await settle();
    expect(called("book_install")[0]?.args, "installed with the downgrade allowed").toEqual({ allowDowngrade: true });
  });

  it("rolls back only after a confirmation, and offers a restart when the next start loads another handbook", async () => {
    backend({
      book_versions: () => versions({ active: "2026.2", previous: "2026.1.5", restart_needed: true }),
      book_rollback: () => versions({ active: "2026.1.5", restart_needed: true, audited: true }),
    });
    render(HandbookUpdates);
    await settle();
    expect(screen.getByTestId("book-restart-needed"), "a restart is offered").toBeTruthy();
    await fireEvent.click(screen.getByTestId("book-rollback"));
    await settle();
    expect(called("book_rollback"), "asking is not rolling back").toHaveLength(0);
    expect(document.activeElement, "focus goes to the safe answer").toBe(screen.getByTestId("book-rollback-no"));
    await fireEvent.click(screen.getByTestId("book-rollback-no"));
    await settle();
    expect(document.activeElement, "and back to the button when declined").toBe(screen.getByTestId("book-rollback"));
    await fireEvent.click(screen.getByTestId("book-rollback"));
    await settle();
    await fireEvent.click(screen.getByTestId("book-rollback-yes"));
    await settle();
    expect(called("book_rollback"), "rolled back once confirmed").toHaveLength(1);
    expect(screen.getByTestId("book-done").textContent, "the version now active is named").toMatch(/2026\.1\.5/);
  });
});
