import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import RollbackWarning from "./RollbackWarning.svelte";

describe("RollbackWarning", () => {
  // jsdom has no layout: focusing the heading scrolls it into view, which is a no-op here.
  beforeEach(() => {
    Element.prototype.scrollIntoView = () => {};
  });
  afterEach(() => cleanup());

  it("says the records are older than the last ones seen, what was found, and to tell the supervisor", async () => {
    render(RollbackWarning, { props: { anchor: { kind: "behind", db_head: 41, anchor_head: 57 }, onread: () => {} } });
    await tick();
    const heading = screen.getByRole("heading", { level: 1 });
    expect(document.activeElement, "focus starts on the warning, so a screen reader reads it first").toBe(heading);
    const text = screen.getByTestId("rollback-warning").textContent ?? "";
    expect(text, "what it means, in plain words").toContain("older than the last ones this laptop saw");
    expect(text, "how it can happen").toContain("restored a backup");
    expect(screen.getByTestId("rollback-detail").textContent, "what was found, with the change numbers").toMatch(/41.*57/);
    expect(text, "what to do").toContain("tell your supervisor");
    expect(text, "and the command that checks the records").toContain("avr audit verify");
  });

  it("goes only when the officer says it was read", async () => {
    const onread = vi.fn();
    render(RollbackWarning, { props: { anchor: { kind: "diverged", at: 12 }, onread } });
    expect(screen.queryByRole("button", { name: /close|dismiss/i }), "no other way to close it").toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "I have read this warning" }));
    expect(onread, "reading it is recorded once").toHaveBeenCalledTimes(1);
  });
});
