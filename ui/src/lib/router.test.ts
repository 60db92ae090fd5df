import { describe, expect, it } from "vitest";
import { parseRoute, readHref } from "./router.svelte";

describe("routes", () => {
  it("open a chapter at a section with the search terms to highlight", () => {
    expect(parseRoute("#/read/asylum/non-refoulement?hl=refoul,asylum")).toEqual({
      view: "read",
      chapter: "asylum",
      anchor: "non-refoulement",
      highlight: ["refoul", "asylum"],
    });
  });

  it("fall back to the handbook for an empty or unknown hash", () => {
    expect(parseRoute("")).toMatchObject({ view: "read", chapter: "" });
    expect(parseRoute("#/nowhere")).toMatchObject({ view: "read" });
  });

  it("round-trip through readHref", () => {
    const href = readHref("children", "best-interests", ["child"]);
    expect(parseRoute(href)).toMatchObject({ chapter: "children", anchor: "best-interests", highlight: ["child"] });
  });

  it("carry a search query", () => {
    expect(parseRoute("#/search?q=place%20of%20safety")).toEqual({ view: "search", query: "place of safety" });
  });
});
