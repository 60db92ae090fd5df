// What the handbook-update screen computes from a preview, kept out of the components so that it can be tested:
// which edition to show first, how many chapters and sections changed, and the publisher key as people read it.
import type { BookDiff } from "../../ipc/bindings/BookDiff";
import type { EditionDiff } from "../../ipc/bindings/EditionDiff";

export type Counts = { added: number; removed: number; changed: number };

/** Chapters and sections added, removed and changed in one edition (a section of an added or removed chapter
 *  counts with its chapter, not on its own). */
export function counts(ed: EditionDiff): { chapters: Counts; sections: Counts } {
  const chapters: Counts = { added: 0, removed: 0, changed: 0 };
  const sections: Counts = { added: 0, removed: 0, changed: 0 };
  for (const c of ed.chapters) {
    chapters[c.kind] += 1;
    for (const s of c.sections) sections[s.kind] += 1;
  }
  return { chapters, sections };
}

/** The edition to show in full: the interface language's, else English, else the first one that changed.
 *  `others` are the remaining editions that change anything, in the package's order. */
export function pickEdition(diff: BookDiff, lang: string): { shown: EditionDiff | null; others: EditionDiff[] } {
  const changed = diff.editions.filter((e) => e.chapters.length > 0);
  const shown =
    changed.find((e) => e.lang === lang) ?? changed.find((e) => e.lang === "en") ?? changed[0] ?? null;
  return { shown, others: changed.filter((e) => e !== shown) };
}

/** Nothing the reader, the workflows or the other files would show differently. */
export function isEmpty(diff: BookDiff): boolean {
  return diff.editions.every((e) => e.chapters.length === 0) && diff.workflows.length === 0 && diff.files.length === 0;
}

/** A minisign key id (16 hex digits) in groups of four, as it is read aloud and compared by phone. */
export function keyGroups(id: string): string {
  return (id.match(/.{1,4}/g) ?? []).join(" ");
}
