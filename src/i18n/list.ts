// A list in running text the language's way: "a, b and c", « a, b et c », "a, b y c".
import { getLocale } from './locale';

export function listOf(items: readonly string[]): string {
  // British usage for English (no comma before "and"), as the app's English is written.
  const locale = getLocale().startsWith('en') ? 'en-GB' : getLocale();
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** A choice in running text: "a, b or c", « a, b ou c », "a, b o c". */
export function eitherOf(items: readonly string[]): string {
  const locale = getLocale().startsWith('en') ? 'en-GB' : getLocale();
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
}
