import { describe, expect, it } from "vitest";
import { counts, isEmpty, keyGroups, pickEdition } from "./book";
import type { BookDiff } from "../../ipc/bindings/BookDiff";
import type { EditionDiff } from "../../ipc/bindings/EditionDiff";

const edition = (lang: string, n = 1): EditionDiff => ({
  lang,
  chapters: Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    title: `Chapter ${i}`,
    kind: "changed",
    sections: [
      { id: "a", title: "A", kind: "changed", words: [] },
      { id: "b", title: "B", kind: "added", words: [] },
    ],
  })),
});

const diff = (editions: EditionDiff[]): BookDiff => ({
  from_version: "2026.1",
  to_version: "2026.2",
  notes: "",
  editions,
  workflows: [],
  files: [],
});

describe("a handbook update's preview", () => {
  it("shows the interface language's edition first, else English, and lists the other editions that change", () => {
    const d = diff([edition("en"), edition("fr"), { lang: "es", chapters: [] }, edition("ar")]);
    const fr = pickEdition(d, "fr");
    expect(fr.shown?.lang, "a French officer sees the French edition's changes").toBe("fr");
    expect(fr.others.map((e) => e.lang), "an edition with no change is not listed").toEqual(["en", "ar"]);
    expect(pickEdition(d, "es").shown?.lang, "Spanish changes nothing here: English is shown").toBe("en");
    expect(pickEdition(diff([]), "en").shown, "nothing changed: nothing to show").toBeNull();
  });

  it("counts chapters and sections by what happened to them", () => {
    expect(counts(edition("en", 2)), "two changed chapters, each with a changed and an added section").toEqual({
      chapters: { added: 0, removed: 0, changed: 2 },
      sections: { added: 2, removed: 0, changed: 2 },
    });
  });

  it("says when a package changes nothing", () => {
    expect(isEmpty(diff([{ lang: "en", chapters: [] }])), "no chapter, workflow or file").toBe(true);
    expect(isEmpty(diff([edition("en")])), "a changed chapter is a change").toBe(false);
  });

  it("groups the publisher key by four for reading aloud", () => {
    expect(keyGroups("ABCDEF0123456789")).toBe("ABCD EF01 2345 6789");
  });
});
