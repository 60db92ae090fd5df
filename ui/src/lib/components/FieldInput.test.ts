import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import FieldInput from "./FieldInput.svelte";
import type { FieldState } from "../ipc/bindings/FieldState";

const field: FieldState = {
  id: "arrival_mode",
  label: "How did the person arrive?",
  help: "",
  kind: "single",
  options: [
    { value: "rescued", label: "Rescued at sea" },
    { value: "intercepted", label: "Intercepted at sea" },
    { value: "stowaway", label: "Found as a stowaway" },
  ],
  required: true,
  value: null,
  errors: ["Record how the person came to us."],
} as FieldState;

const radio = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe("FieldInput", () => {
  afterEach(() => cleanup());

  it("saves a radio choice once when the arrows stop, not once per option passed", async () => {
    const onanswer = vi.fn();
    render(FieldInput, { field, onanswer });
    // Arrow keys move the checked radio (the browser does that); each move fires change.
    for (const [key, label] of [
      ["ArrowDown", "Intercepted at sea"],
      ["ArrowDown", "Found as a stowaway"],
      ["ArrowUp", "Intercepted at sea"],
    ] as const) {
      await fireEvent.keyDown(radio(label), { key });
      radio(label).checked = true;
      await fireEvent.change(radio(label));
    }
    expect(onanswer, "nothing is saved while the arrows move").not.toHaveBeenCalled();
    await fireEvent.focusOut(radio("Intercepted at sea"), { relatedTarget: document.body });
    expect(onanswer.mock.calls, "leaving the group saves the choice the arrows stopped on, once").toEqual([["intercepted"]]);
  });

  it("saves a click at once", async () => {
    const onanswer = vi.fn();
    render(FieldInput, { field, onanswer });
    radio("Rescued at sea").checked = true;
    await fireEvent.change(radio("Rescued at sea"));
    expect(onanswer.mock.calls).toEqual([["rescued"]]);
  });

  it("saves on Enter after the arrows", async () => {
    const onanswer = vi.fn();
    render(FieldInput, { field, onanswer });
    await fireEvent.keyDown(radio("Intercepted at sea"), { key: "ArrowDown" });
    radio("Intercepted at sea").checked = true;
    await fireEvent.change(radio("Intercepted at sea"));
    await fireEvent.keyDown(radio("Intercepted at sea"), { key: "Enter" });
    expect(onanswer.mock.calls).toEqual([["intercepted"]]);
  });

  it("is required for assistive technology, and shows no error before anything is answered", () => {
    render(FieldInput, { field, onanswer: () => {} });
    const group = screen.getByRole("radiogroup");
    expect(group.getAttribute("aria-required")).toBe("true");
    expect(group.hasAttribute("aria-invalid"), "an untouched field is not invalid yet").toBe(false);
    expect(screen.queryByText("Record how the person came to us."), "no error on arrival").toBeNull();
    expect(document.querySelector('[role="alert"]'), "nothing is shouted on arrival").toBeNull();
  });

  it("marks an answered field with an error invalid and points to the error", async () => {
    const { rerender } = render(FieldInput, { field, onanswer: () => {} });
    await rerender({ field: { ...field, value: "stowaway", errors: ["Say where on the ship."] } });
    await tick();
    const group = screen.getByRole("radiogroup");
    expect(group.getAttribute("aria-invalid")).toBe("true");
    const error = screen.getByText("Say where on the ship.");
    expect(group.getAttribute("aria-describedby")).toContain(error.id);
  });
});
