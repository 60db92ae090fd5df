import { en, type MessageKey } from "./en";

export type { MessageKey };
type Catalog = Record<MessageKey, string>;

const catalogs: Record<string, Catalog> = { en };
let current: Catalog = en;

export function setLocale(lang: string): void {
  current = catalogs[lang] ?? en;
}

/** The message for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = current[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
