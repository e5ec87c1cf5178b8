// Plurals by the language's own rules (Intl.PluralRules): French counts 0 and 1 as singular,
// English only 1. `#` in a form stands for the number, written the reader's way.
import { getLocale } from './locale';

export interface PluralForms {
  one: string;
  other: string;
  /** French and Spanish use it for round millions ("1 000 000 de"); falls back to other. */
  many?: string;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (!value) map.set(locale, (value = make()));
  return value;
}

export function plural(n: number, forms: PluralForms): string {
  const locale = getLocale();
  const rule = cached(rules, locale, () => new Intl.PluralRules(locale)).select(n);
  const form = rule === 'one' ? forms.one : rule === 'many' ? (forms.many ?? forms.other) : forms.other;
  return form.replace('#', cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(n));
}
