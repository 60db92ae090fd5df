import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { t } from ".";
import { en } from "./en";

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith(".svelte") ? [join(dir, e.name)] : [],
  );
}

describe("messages", () => {
  it("fill placeholders and keep unknown ones visible", () => {
    expect(t("reader.lastReviewed", { date: "2026-11-28" })).toBe("Last reviewed 2026-11-28");
    expect(t("search.count", {})).toContain("{count}");
  });

  it("are never empty", () => {
    for (const [key, value] of Object.entries(en)) expect(value.trim(), key).not.toBe("");
  });

  it("are the only source of words in components (no literal UI text)", () => {
    const root = join(import.meta.dirname, "..", "..");
    for (const file of svelteFiles(root)) {
      const markup = readFileSync(file, "utf8")
        .replace(/<script[\s\S]*?<\/script>/g, "")
        .replace(/<style[\s\S]*?<\/style>/g, "")
        .replace(/<!--[\s\S]*?-->/g, "");
      // Drop {expressions}, innermost first, so nested braces go too.
      let text = markup;
      for (let prev = ""; prev !== text; ) [prev, text] = [text, text.replace(/\{[^{}]*\}/g, "")];
      const literals = [...text.matchAll(/>([^<>]*)</g)]
        .map((m) => (m[1] ?? "").trim())
        .filter((s) => /\p{L}{2,}/u.test(s));
      expect(literals, file).toEqual([]);
    }
  });
});
