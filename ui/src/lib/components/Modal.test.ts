import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import ModalHarness from "./testing/ModalHarness.svelte";

async function openDialog(): Promise<HTMLElement> {
  const opener = screen.getByTestId("opener");
  opener.focus();
  await fireEvent.click(opener);
  await tick();
  await tick();
  return screen.getByTestId("dialog");
}

describe("Modal", () => {
  afterEach(() => cleanup());

  it("moves focus into the dialog and makes the page behind it inert", async () => {
    render(ModalHarness);
    const dialog = await openDialog();
    expect(dialog.contains(document.activeElement), "focus is inside the dialog after it opens").toBe(true);
    expect(screen.getByTestId("behind").closest("main")?.hasAttribute("inert"), "the page behind is inert").toBe(true);
    expect(screen.getByTestId("opener").hasAttribute("inert"), "the opener is inert while the dialog is open").toBe(true);
  });

  it("closes on Escape even when focus is on the body, and gives focus back to the opener", async () => {
    render(ModalHarness);
    await openDialog();
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    await fireEvent.keyDown(window, { key: "Escape" });
    await tick();
    expect(screen.queryByTestId("dialog"), "Escape closed the dialog").toBeNull();
    expect(document.activeElement, "focus is back on the button that opened the dialog").toBe(screen.getByTestId("opener"));
    expect(screen.getByTestId("behind").closest("main")?.hasAttribute("inert"), "the page is usable again").toBe(false);
  });

  it("keeps Tab inside the dialog in both directions", async () => {
    render(ModalHarness);
    await openDialog();
    const ok = screen.getByTestId("ok");
    ok.focus();
    await fireEvent.keyDown(window, { key: "Tab" });
    expect(document.activeElement, "Tab on the last control wraps to the first (the close button)").toBe(
      screen.getByRole("button", { name: "Close" }),
    );
    await fireEvent.keyDown(window, { key: "Tab", shiftKey: true });
    expect(document.activeElement, "Shift+Tab on the first control wraps to the last").toBe(ok);
  });

  it("remembers the opener even when a child focuses itself as it mounts", async () => {
    render(ModalHarness);
    await fireEvent.click(screen.getByTestId("child-focuses"));
    await openDialog();
    expect(document.activeElement, "the child's own focus is kept").toBe(screen.getByTestId("field"));
    await fireEvent.click(screen.getByRole("button", { name: "Close" }));
    await tick();
    expect(document.activeElement, "focus returns to the opener, not to the child that focused itself").toBe(
      screen.getByTestId("opener"),
    );
  });
});
