// What a screen reader user needs from a single-page app that a browser gives a multi-page site for free:
// a spoken note when the screen changes or something is saved, focus on the new screen's heading, and a window
// title that names where you are.
import { t } from "./i18n";

/** Two polite live regions, in the page from the start (App renders them). Messages alternate between them so
 *  the same text twice in a row ("Saved", "Saved") is spoken twice: a region whose text does not change is
 *  silent. */
export const LIVE_IDS = ["live-a", "live-b"] as const;
let turn = 0;
let lastAt = 0;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string): void {
  if (typeof document === "undefined" || !text) return;
  const now = Date.now();
  const current = document.getElementById(turn === 0 ? LIVE_IDS[1] : LIVE_IDS[0]);
  // Two messages from one action ("Saved", then the answer's error) are spoken together, not one over the other.
  if (now - lastAt < 300 && current?.textContent) {
    current.textContent = `${current.textContent} ${text}`;
    lastAt = now;
    return;
  }
  lastAt = now;
  const [on, off] = turn === 0 ? LIVE_IDS : [LIVE_IDS[1], LIVE_IDS[0]];
  turn = 1 - turn;
  const offEl = document.getElementById(off);
  const onEl = document.getElementById(on);
  if (offEl) offEl.textContent = "";
  if (onEl) onEl.textContent = text;
  // Emptied again after a while, so reading the page with a virtual cursor does not meet stale messages.
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => {
    for (const id of LIVE_IDS) {
      const el = document.getElementById(id);
      if (el) el.textContent = "";
    }
  }, 7000);
}

/** The window title for a screen: "<screen> – AVR Field Handbook". */
export function setTitle(screen: string): void {
  if (typeof document === "undefined") return;
  document.title = screen ? t("app-windowTitle", { screen }) : t("app-title");
}

/** The name a heading gives its screen: `data-screen-title` when the heading carries personal data (a case's
 *  name must not reach the window title, which shows in task bars and screen shares), else its text. */
export function screenName(heading: HTMLElement): string {
  return (heading.dataset.screenTitle ?? heading.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Focus an element that is not in the tab order (a heading, a region) without scrolling past it. */
export function focusStatic(el: HTMLElement | null | undefined, scroll = true): void {
  if (!el) return;
  if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
  el.focus({ preventScroll: true });
  if (scroll) el.scrollIntoView({ block: "nearest" });
}

/** True when focus is somewhere a person put it inside `root` (not on the body, not on a removed node). */
export function focusInside(root: Element): boolean {
  const a = document.activeElement;
  return !!a && a !== document.body && a !== root && a.isConnected && root.contains(a);
}

/**
 * Watch `main` for a new screen: a new element as its first `h1` means the screen changed (another view, the
 * lock screen, a case). Then, unless the new screen already put focus somewhere inside itself (the search box
 * does), focus the heading; name the screen in the window title; and announce it.
 */
export function watchScreens(main: HTMLElement): () => void {
  let current: HTMLElement | null = null;
  let pending = 0;
  const check = () => {
    pending = 0;
    const h1 = main.querySelector<HTMLElement>("h1");
    if (!h1 || h1 === current) {
      // The same heading whose text changed (another chapter in the reader): the title follows it.
      if (h1) setTitle(screenName(h1));
      return;
    }
    const first = current === null;
    current = h1;
    const name = screenName(h1);
    setTitle(name);
    if (!first) announce(name);
    // A dialog open above the page keeps focus; the page behind it is inert.
    if (document.documentElement.classList.contains("modal-open")) return;
    if (!focusInside(main)) focusStatic(h1, false);
  };
  const observer = new MutationObserver(() => {
    // After the frame: the new screen's own code (the reader's jump to a section, the search box) runs first.
    if (!pending) pending = requestAnimationFrame(check);
  });
  observer.observe(main, { childList: true, subtree: true, characterData: true });
  check();
  return () => {
    observer.disconnect();
    if (pending) cancelAnimationFrame(pending);
  };
}
