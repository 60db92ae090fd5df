import { describe, expect, it } from "vitest";
import { highlightTerms } from "./highlight";

describe("highlighting search terms in a section", () => {
  it("marks every word that starts with a stem, ignoring case and accents", () => {
    const root = document.createElement("div");
    root.innerHTML = "<p>Réfugiés and refugee status; the Refuge is not a <a href='#/read/x'>refugee camp</a>.</p>";
    const n = highlightTerms(root, ["refug"]);
    expect(n).toBe(4);
    expect([...root.querySelectorAll("mark")].map((m) => m.textContent)).toEqual([
      "Réfugiés",
      "refugee",
      "Refuge",
      "refugee",
    ]);
    expect(root.querySelector("a")?.getAttribute("href")).toBe("#/read/x");
  });

  it("leaves text alone when no term is given", () => {
    const root = document.createElement("div");
    root.innerHTML = "<p>Children</p>";
    expect(highlightTerms(root, [])).toBe(0);
    expect(root.innerHTML).toBe("<p>Children</p>");
  });
});
