import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import SearchPanel from "./SearchPanel.svelte";
import type { SearchResponse } from "../ipc/bindings/SearchResponse";

const response: SearchResponse = {
  total: 2,
  did_you_mean: "non refoulement",
  closest_chapters: [],
  highlight: ["refoul"],
  hits: [
    {
      chapter_id: "asylum",
      chapter_title: "Asylum",
      section_id: "non-refoulement",
      section_title: "Non-refoulement",
      lang: "en",
      fallback: false,
      heading_path: ["Asylum", "Non-refoulement"],
      snippet_html: "<b>Non</b>-<b>refoulement</b> is the rule",
      tags: ["protection"],
      tag_labels: ["Protection"],
      score: 3,
    },
    {
      chapter_id: "interception",
      chapter_title: "Interception",
      section_id: "access-to-asylum",
      section_title: "Access",
      lang: "en",
      fallback: false,
      heading_path: ["Interception", "Access"],
      snippet_html: "pending claims",
      tags: ["protection", "sea"],
      tag_labels: ["Protection", "Mer"],
      score: 2,
    },
  ],
};

describe("search panel", () => {
  beforeEach(() => {
    // jsdom has no layout; the panel scrolls the active result into view.
    Element.prototype.scrollIntoView = () => {};
    mockIPC((cmd) => {
      if (cmd === "search") return { ...response, total: 2 };
      if (cmd === "search_status") return { ready: true, sections: 150 };
      return null;
    }, { shouldMockEvents: true });
  });
  afterEach(() => {
    cleanup();
    clearMocks();
  });

  it("shows results as you type, moves with the arrow keys and opens the section with Enter", async () => {
    render(SearchPanel, { props: {} });
    const input = screen.getByTestId("search-input");
    await fireEvent.input(input, { target: { value: "non refoulment" } });
    const hits = await screen.findAllByTestId("search-hit");
    expect(hits).toHaveLength(2);
    expect(hits[0]?.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByTestId("did-you-mean").textContent).toBe("non refoulement");

    await fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(screen.getAllByTestId("search-hit")[1]?.getAttribute("aria-selected")).toBe("true");

    await fireEvent.keyDown(input, { key: "Enter" });
    expect(location.hash).toBe("#/read/interception/access-to-asylum?hl=refoul");
  });

  it("offers topic chips taken from the results, named by their label rather than their id", async () => {
    render(SearchPanel, { props: {} });
    await fireEvent.input(screen.getByTestId("search-input"), { target: { value: "asylum" } });
    await screen.findAllByTestId("search-hit");
    const chips = screen.getAllByRole("button", { pressed: false }).filter((b) => b.dataset.tag);
    const shown = chips.map((b) => [b.dataset.tag, b.textContent]);
    expect(shown, "each chip reads as the edition's label of its tag").toContainEqual(["protection", "Protection"]);
    expect(shown, "the id `sea` never shows: its label does").toContainEqual(["sea", "Mer"]);
  });
});
