/// <reference types="vite/client" />
// The interface's words, from the same Project Fluent catalogs as the core (`i18n/<lang>/ui.ftl` at the top of
// the repository, bundled by Vite as text). `t(key, args)` follows the language in `prefs` and is reactive: a
// component that calls it in its markup re-renders when the language changes.
//
// Isolation marks (U+2068 … U+2069 around each placeable) are on for Arabic only. In right-to-left text they
// keep a case number, a file name or a count from being reordered with the words around it ("AVR-2026-0042."
// would otherwise show its full stop on the wrong side). In English, French and Spanish nothing left-to-right is
// embedded in a right-to-left run, so they would only add invisible characters to copied text and to tests.
// Copying from the Arabic interface can carry the marks, so the case and handbook search boxes strip them
// (`stripBidi`) before searching.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { prefs } from "../prefs.svelte";

export const LANGS = ["en", "fr", "es", "ar"] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in that language, for the language choice. */
export const LANG_NAMES: Record<Lang, string> = { en: "English", fr: "Français", es: "Español", ar: "العربية" };

export function dirOf(lang: Lang): "ltr" | "rtl" {
  return lang === "ar" ? "rtl" : "ltr";
}

const sources = import.meta.glob("../../../../i18n/*/ui.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The catalog text of each language, by code. */
export const catalogs: Record<string, string> = Object.fromEntries(
  Object.entries(sources).map(([path, text]) => [path.split("/").at(-2) ?? "", text]),
);

function bundle(lang: string): FluentBundle {
  // Arabic numbers in Western digits, as in the dates below and the app's case numbers.
  const b = new FluentBundle(lang === "ar" ? "ar-u-nu-latn" : lang, { useIsolating: lang === "ar" });
  const errors = b.addResource(new FluentResource(catalogs[lang] ?? ""));
  for (const e of errors) console.error(`i18n/${lang}/ui.ftl: ${e.message}`);
  return b;
}

// Each catalog is parsed the first time it is needed (at start: the interface language and English), not all four
// before the first paint.
const bundles: Record<string, FluentBundle> = {};
function bundleOf(lang: string): FluentBundle | undefined {
  if (!(lang in catalogs)) return undefined;
  return (bundles[lang] ??= bundle(lang));
}

/** A key of the interface catalog (`i18n/en/ui.ftl`); the vitest suite checks every literal key exists. */
export type MessageKey = string;

function format(b: FluentBundle | undefined, key: string, args: Record<string, FluentVariable>): string | null {
  const message = b?.getMessage(key);
  if (!b || !message?.value) return null;
  return b.formatPattern(message.value, args);
}

/** The message `key` in the interface language, English when that language lacks it, the key itself when
 * English lacks it too. */
export function t(key: MessageKey, args: Record<string, string | number> = {}): string {
  return format(bundleOf(prefs.lang), key, args) ?? format(bundleOf("en"), key, args) ?? key;
}

/** Bidi controls removed: what a search box should look for when text was copied from the Arabic interface. */
export function stripBidi(text: string): string {
  return text.replace(/[\u200e\u200f\u2066-\u2069\u202a-\u202e]/g, "");
}

/** A date (`YYYY-MM-DD`, or milliseconds) in the interface language, read the way its readers expect. */
export function formatDate(value: string | number, withTime = false): string {
  const d = typeof value === "number" ? new Date(value) : new Date(`${value}T00:00:00`);
  if (Number.isNaN(d.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale(), {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(d);
}

/** A number in the interface language (Arabic keeps Western digits, as IOM's Arabic forms do). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale()).format(n);
}

function locale(): string {
  return prefs.lang === "ar" ? "ar-u-nu-latn" : prefs.lang;
}

/** The message `key` in a given language (for the language choice, which shows each in its own). */
export function tIn(lang: Lang, key: MessageKey, args: Record<string, string | number> = {}): string {
  return format(bundleOf(lang), key, args) ?? format(bundleOf("en"), key, args) ?? key;
}

/** A time of day (milliseconds) in the interface language. */
export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(locale(), { timeStyle: "short" }).format(new Date(ms));
}
