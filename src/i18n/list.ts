// A list in running text the language's way: "a, b and c", « a, b et c », "a, b y c".
import { getLocale } from './language';

export function listOf(items: readonly string[]): string {
  return new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(items);
}
