import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { tick } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { ExportDone } from "../ipc/bindings/ExportDone";
import ExportDialog from "./ExportDialog.svelte";

const written = (over: Partial<ExportDone> = {}): ExportDone => ({
  path: "/home/officer/AVR-2026-0001-checklist.pdf",
  folder: "/home/officer",
  bytes: 48_000,
  millis: 120,
  undrawable: [],
  ...over,
});

async function exportWith(done: ExportDone) {
  mockIPC((cmd) => (cmd === "export_case" ? done : null));
  render(ExportDialog, { caseId: 1, onclose: () => {}, onexported: () => {} });
  await fireEvent.click(screen.getByTestId("export-run"));
  for (let i = 0; i < 5; i++) {
    await tick();
    await new Promise((r) => setTimeout(r, 0));
  }
}

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("ExportDialog", () => {
  it("says which characters the PDF printed as their code", async () => {
    await exportWith(written({ undrawable: [{ code: "U+1F64F", places: ["Notes"] }] }));
    expect(screen.getByTestId("export-done")).toBeTruthy();
    expect(screen.getByTestId("export-undrawable").textContent?.trim()).toBe(
      "1 character could not be drawn and is printed as its code: U+1F64F",
    );
  });

  it("says nothing about characters when every one was drawn", async () => {
    await exportWith(written());
    expect(screen.getByTestId("export-done")).toBeTruthy();
    expect(screen.queryByTestId("export-undrawable")).toBeNull();
  });
});
