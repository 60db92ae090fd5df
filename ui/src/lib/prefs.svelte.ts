// Display preferences (not personal data), kept in the webview's local storage.
const KEY = "avr.fontScale";
/** Text size as a factor of the platform's default font size: the whole app is in rem, so this scales it all. */
export const FONT_STEPS = [1, 1.1, 1.25, 1.5, 1.75, 2] as const;

function load(): number {
  const saved = Number(globalThis.localStorage?.getItem(KEY));
  return FONT_STEPS.includes(saved as (typeof FONT_STEPS)[number]) ? saved : 1;
}

const LOCK_KEY = "avr.lockMinutes";
export const LOCK_CHOICES = [2, 5, 10, 15, 30] as const;

function loadLock(): number {
  const saved = Number(globalThis.localStorage?.getItem(LOCK_KEY));
  return LOCK_CHOICES.includes(saved as (typeof LOCK_CHOICES)[number]) ? saved : 10;
}

const LANG_KEY = "avr.lang";
const LANG_CODES = ["en", "fr", "es", "ar"] as const;
type LangCode = (typeof LANG_CODES)[number];

/** The interface language chosen before, or null on the first run (the app then asks). */
function loadLang(): LangCode | null {
  const saved = globalThis.localStorage?.getItem(LANG_KEY);
  return LANG_CODES.includes(saved as LangCode) ? (saved as LangCode) : null;
}

class Prefs {
  /** The interface language; English until one is chosen. */
  lang = $state<LangCode>(loadLang() ?? "en");
  /** False until the person has picked a language (the first screen offers the four). */
  langChosen = $state(loadLang() !== null);

  setLang(lang: LangCode): void {
    this.lang = lang;
    this.langChosen = true;
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  }

  fontScale = $state(load());
  /** Minutes without input after which the case records lock themselves. */
  lockMinutes = $state(loadLock());

  setLockMinutes(minutes: number): void {
    this.lockMinutes = minutes;
    globalThis.localStorage?.setItem(LOCK_KEY, String(minutes));
  }

  step(direction: 1 | -1): void {
    const i = FONT_STEPS.indexOf(this.fontScale as (typeof FONT_STEPS)[number]);
    this.setFontScale(FONT_STEPS[Math.min(FONT_STEPS.length - 1, Math.max(0, i + direction))] ?? 1);
  }

  reset(): void {
    this.setFontScale(1);
  }

  private setFontScale(next: number): void {
    this.fontScale = next;
    globalThis.localStorage?.setItem(KEY, String(next));
  }
}

export const prefs = new Prefs();
