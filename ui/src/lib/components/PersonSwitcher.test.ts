import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import PersonSwitcher, { type PersonChoice } from "./PersonSwitcher.svelte";

const people: PersonChoice[] = [
  { position: 0, label: "Yonas Tesfaye, principal applicant", held: false },
  { position: 1, label: "Saba Tesfaye (spouse), member 1", held: true },
  { position: 2, label: "Dawit Tesfaye (child), member 2", held: false },
];

const radio = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;

describe("PersonSwitcher", () => {
  afterEach(() => cleanup());

  it("is one labelled radio group naming every person, the chosen one checked", () => {
    render(PersonSwitcher, { people, selected: 1, onchange: () => {} });
    const group = screen.getByRole("group", { name: "Whose answers are you recording?" });
    expect(group, "the group is named by its question, for screen readers").toBeTruthy();
    const radios = screen.getAllByRole("radio") as HTMLInputElement[];
    expect(radios.length, "the principal applicant and both members").toBe(3);
    expect(new Set(radios.map((r) => r.name)).size, "one group: a single tab stop, arrows move within it").toBe(1);
    expect(radio("Saba Tesfaye").checked, "the member being recorded is checked").toBe(true);
    expect(radio("Yonas Tesfaye").checked).toBe(false);
  });

  it("says which person a stop holds on this step", () => {
    render(PersonSwitcher, { people, selected: 0, onchange: () => {} });
    const saba = radio("Saba Tesfaye").closest("label");
    expect(saba?.textContent, "Saba's choice carries the stop's tag").toContain("blocked here");
    expect(radio("Dawit Tesfaye").closest("label")?.textContent, "Dawit's does not").not.toContain("blocked here");
  });

  it("switches person on a choice and keeps focus on the radio when the choice comes back", async () => {
    const onchange = vi.fn();
    const { rerender } = render(PersonSwitcher, { people, selected: 0, onchange });
    const dawit = radio("Dawit Tesfaye");
    dawit.focus();
    dawit.checked = true;
    await fireEvent.change(dawit);
    expect(onchange.mock.calls, "choosing Dawit asks for his answers").toEqual([[2]]);
    await rerender({ people, selected: 2, onchange });
    expect(document.activeElement, "the radio is kept, not redrawn: focus stays where the officer is").toBe(dawit);
    expect(dawit.checked, "and it shows as chosen").toBe(true);
  });
});
