// The app's current language and the locale Intl formats in: state with no imports, so the messages
// modules, plural() and the formatters can read it without reaching the language loader.
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Accented, bracketed English made from the English catalogue: for tests that look for untranslated text. */
export const PSEUDO = 'en-XA';
export type AnyLanguage = Language | typeof PSEUDO;

let current: AnyLanguage = 'en';

export const getLanguage = (): AnyLanguage => current;

/** Only setLanguage (./language.ts) calls this, once the words are in place. */
export function setCurrent(next: AnyLanguage) {
  current = next;
}

export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The locale for Intl formatters: the browser's own variant when it speaks this language (fr-CA, es-MX, en-GB). */
export function getLocale(): string {
  const base = current === PSEUDO ? 'en' : current;
  return browserLanguages().find((tag) => tag.toLowerCase().split('-')[0] === base) ?? base;
}
