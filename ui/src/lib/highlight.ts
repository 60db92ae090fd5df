// Marks search terms in rendered handbook HTML. Terms are stems from the search engine ("refoul"), so a word
// matches when its folded, lowercased form starts with a term. Only text nodes are touched, with DOM APIs.

export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function highlightTerms(root: HTMLElement, terms: string[]): number {
  const stems = terms.map(fold).filter((t) => t.length >= 2);
  if (stems.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let marked = 0;
  const word = /[\p{L}\p{N}]+/gu;
  for (const node of nodes) {
    const text = node.data;
    const ranges: Array<[number, number]> = [];
    for (const m of text.matchAll(word)) {
      const w = fold(m[0]);
      if (stems.some((s) => w.startsWith(s))) ranges.push([m.index, m.index + m[0].length]);
    }
    if (ranges.length === 0) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      frag.append(text.slice(at, start));
      const mark = document.createElement("mark");
      mark.className = "search-hit";
      mark.textContent = text.slice(start, end);
      frag.append(mark);
      at = end;
      marked++;
    }
    frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  return marked;
}
