import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import { catalogs, formatDate, LANGS, stripBidi, t, tIn } from ".";
import { prefs } from "../prefs.svelte";

const SRC = join(import.meta.dirname, "..", "..");

function files(dir: string, ext: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name), ext)
      : ext.some((x) => e.name.endsWith(x)) && !e.name.endsWith(".test.ts")
        ? [join(dir, e.name)]
        : [],
  );
}

/** Message ids a catalog defines (terms, `-x`, are not callable from components). */
function ids(lang: string): Set<string> {
  const text = catalogs[lang] ?? "";
  return new Set([...text.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1] ?? ""));
}

const sources = files(SRC, [".svelte", ".ts"]).filter((f) => !f.includes("bindings"));
const code = sources.map((f) => readFileSync(f, "utf8")).join("\n");

afterEach(() => prefs.setLang("en"));

describe("catalogs", () => {
  it("exist for the four languages and parse without errors", () => {
    for (const lang of LANGS) {
      expect(catalogs[lang], `i18n/${lang}/ui.ftl is bundled`).toBeTruthy();
      // The parser keeps going past an error and records it as a Junk entry.
      const junk = new FluentResource(catalogs[lang] ?? "").body.filter((e) => !("id" in e));
      expect(junk, `i18n/${lang}/ui.ftl has syntax errors`).toEqual([]);
    }
  });

  it("define every English message in every language, and nothing English lacks", () => {
    const en = ids("en");
    for (const lang of LANGS) {
      const other = ids(lang);
      expect([...en].filter((k) => !other.has(k)), `${lang} lacks these messages`).toEqual([]);
      expect([...other].filter((k) => !en.has(k)), `${lang} has messages English does not`).toEqual([]);
    }
  });

  it("hold only messages a component uses, and every key a component asks for", () => {
    const en = ids("en");
    // Keys chosen at run time from a prefix: `t(\`status-${s}\`)` uses every `status-…` message.
    const families = [...code.matchAll(/`([a-zA-Z][\w-]*-)\$\{/g)].map((m) => m[1] ?? "");
    const literals = new Set([...code.matchAll(/"([a-zA-Z][\w-]*)"/g)].map((m) => m[1] ?? ""));
    const unused = [...en].filter((k) => !literals.has(k) && !families.some((f) => k.startsWith(f)));
    expect(unused, "messages no component uses (remove or use them)").toEqual([]);
    const asked = [
      ...[...code.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => m[1] ?? ""),
      ...[...code.matchAll(/\btIn\([^,]+,\s*"([^"]+)"/g)].map((m) => m[1] ?? ""),
      ...[...code.matchAll(/label: "([^"]+)"/g)].map((m) => m[1] ?? ""),
    ];
    expect(asked.filter((k) => !en.has(k)), "keys that no catalog defines").toEqual([]);
  });
});

describe("messages", () => {
  it("fill placeables, and show a key nobody defined rather than nothing", () => {
    expect(t("reader-lastReviewed", { date: "2026-11-28" })).toBe("Last reviewed 2026-11-28");
    expect(t("no-such-key")).toBe("no-such-key");
  });

  it("follow the chosen language, falling back to English", () => {
    prefs.setLang("fr");
    expect(t("nav-settings")).toBe("Paramètres");
    prefs.setLang("ar");
    expect(t("nav-settings")).toBe("الإعدادات");
  });

  it("use Arabic's six plural forms where a count shows", () => {
    const forms = [0, 1, 2, 3, 11, 100].map((n) => stripBidi(tIn("ar", "search-count", { count: n })));
    expect(new Set(forms.map((f) => f.replace(/\d+/g, "#"))).size, forms.join(" | ")).toBeGreaterThanOrEqual(4);
    expect(forms[0], "zero is a sentence, not '0 …'").not.toMatch(/\d/);
    expect(forms[2], "two is the dual, not '2 …'").not.toMatch(/\d/);
  });

  it("isolate placeables in Arabic only, and a copied case number searches the same", () => {
    const ar = tIn("ar", "case-windowTitle", { number: "AVR-2026-0042" });
    expect(ar).toContain("\u2068AVR-2026-0042\u2069");
    expect(stripBidi(ar)).toContain("AVR-2026-0042");
    expect(tIn("fr", "case-windowTitle", { number: "AVR-2026-0042" })).not.toContain("\u2068");
  });

  it("format dates for the interface language", () => {
    prefs.setLang("fr");
    expect(formatDate("2026-11-28")).toMatch(/28 nov/);
    prefs.setLang("ar");
    expect(formatDate("2026-11-28"), "Arabic keeps Western digits").toMatch(/2026/);
  });
});

describe("components", () => {
  it("write no words of their own (text, aria-label, title, placeholder, alt all come from t())", () => {
    // Marks that are not words in any language: arrows, symbols and the app's sample case number.
    const allowed = new Set(["A−", "A+", "⌕", "×", "·", "›", "‹", "…", "%"]);
    const problems: string[] = [];
    // `testing/` holds harnesses for unit tests, never shown in the app.
    for (const file of sources.filter((f) => f.endsWith(".svelte") && !f.includes("/testing/"))) {
      const markup = readFileSync(file, "utf8")
        .replace(/<script[\s\S]*?<\/script>/g, "")
        .replace(/<style[\s\S]*?<\/style>/g, "")
        .replace(/<!--[\s\S]*?-->/g, "");
      // Literal attributes a person reads or hears.
      for (const m of markup.matchAll(/\b(aria-label|title|placeholder|alt|aria-description)="([^"{]*)"/g)) {
        if (/\p{L}{2,}/u.test(m[2] ?? "")) problems.push(`${file}: ${m[1]}="${m[2]}"`);
      }
      // Drop {expressions}, innermost first, so nested braces go too; then read what is between tags.
      let text = markup;
      for (let prev = ""; prev !== text; ) [prev, text] = [text, text.replace(/\{[^{}]*\}/g, "")];
      for (const m of text.matchAll(/>([^<>]*)</g)) {
        const s = (m[1] ?? "").trim();
        if (s && !allowed.has(s) && /\p{L}{2,}/u.test(s)) problems.push(`${file}: "${s}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
