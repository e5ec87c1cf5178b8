// The app's language: chosen in the header, remembered on this device, first taken from the
// browser's preferred languages. English is built in; the other catalogues load on demand
// (./load.ts) and are put in place before the screen is drawn again in the new language.
import { browserLanguages, getLanguage, LANGUAGES, PSEUDO, setCurrent } from './locale';
import type { AnyLanguage, Language } from './locale';

export { getLanguage, getLocale, LANGUAGES, PSEUDO } from './locale';
export type { AnyLanguage, Language } from './locale';

const KEY = 'fivefold:language';

function stored(): AnyLanguage | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === PSEUDO || (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as AnyLanguage) : null;
  } catch {
    return null; // storage blocked: the browser's languages decide each time
  }
}

/** The first of the browser's preferred languages that the app speaks; English when none. */
export function fromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const found = LANGUAGES.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}

const listeners = new Set<() => void>();

export function initialLanguage(): AnyLanguage {
  return (typeof window === 'undefined' ? null : stored()) ?? fromBrowser(browserLanguages());
}

/** Puts the language's words in place (loading them if need be), then redraws in it. */
export async function setLanguage(next: AnyLanguage, remember = true): Promise<void> {
  if (remember) {
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Not kept for next time; this visit still follows the choice.
    }
  }
  const { loadLanguage } = await import('./load');
  await loadLanguage(next);
  setCurrent(next);
  if (typeof document !== 'undefined') document.documentElement.lang = next === PSEUDO ? 'en' : next;
  listeners.forEach((l) => l());
}

/** Before the first screen: the remembered or browser language, ready. English needs nothing loaded. */
export function startLanguage(): Promise<void> {
  // A language chosen in another tab of the app is followed here too, so open tabs never disagree.
  window.addEventListener('storage', (e) => {
    if (e.key !== KEY) return;
    const next = stored();
    if (next && next !== getLanguage()) void setLanguage(next, false);
  });
  const first = initialLanguage();
  return first === 'en' ? Promise.resolve() : setLanguage(first, false).catch(() => undefined);
}

export function subscribeLanguage(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
