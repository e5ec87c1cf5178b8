// THE CSV VOCABULARY of network maps: the English words that members' and ties' CSV files use for
// each coded list, and the other spellings an import accepts. These words are part of the file
// format (docs/network-map.md), so they stay English when the app is translated; an English screen
// may show them too, but other languages word the codes in their own messages modules.
import { EXCHANGE_CATEGORIES, MEMBER_KINDS, SECTORS, TIE_KINDS } from './network-map';
import type { ExchangeCategory, MemberKind, Sector, TieKind } from './network-map';

export const MEMBER_KIND_WORDS: Record<MemberKind, string> = {
  worker: 'worker',
  consumer: 'consumer',
  producer: 'producer/agricultural',
  housing: 'housing',
  'credit-union': 'credit union/financial',
  'multi-stakeholder': 'multi-stakeholder',
  secondary: 'secondary/federation',
  'support-body': 'support body',
  'public-body': 'public body',
  other: 'other',
};

export const TIE_KIND_WORDS: Record<TieKind, string> = {
  trade: 'trade',
  finance: 'finance/lending',
  'shared-service': 'shared service',
  governance: 'governance seat',
  referral: 'referral',
  staff: 'staff/secondment',
  education: 'education/training',
};

export const SECTOR_WORDS: Record<Sector, string> = {
  'food-farming': 'Food and farming',
  retail: 'Retail',
  housing: 'Housing',
  finance: 'Finance',
  energy: 'Energy',
  technology: 'Technology',
  'health-care': 'Health and care',
  education: 'Education',
  manufacturing: 'Manufacturing',
  services: 'Services',
  'culture-media': 'Culture and media',
  transport: 'Transport',
  other: 'Other',
};

export const CATEGORY_WORDS: Record<ExchangeCategory, string> = {
  bookkeeping: 'bookkeeping',
  legal: 'legal',
  it: 'IT',
  premises: 'premises',
  finance: 'finance',
  training: 'training',
  purchasing: 'purchasing',
  marketing: 'marketing',
  transport: 'transport',
  supplies: 'supplies',
  other: 'other',
};

/** How a cell's word is compared: case, spacing, hyphens and underscores do not matter. */
export const foldWord = (word: string): string => word.normalize('NFC').trim().toLowerCase().replace(/[\s_-]+/g, ' ');

export interface Vocabulary<C extends string> {
  words: Record<C, string>;
  /** The code a cell's word names, or undefined. */
  read(word: string): C | undefined;
  /** Every spelling read() accepts, folded, for documentation and tests. */
  accepted: ReadonlyMap<string, C>;
}

/**
 * Accepts each item's word, its code, each part of a word written with "/" and its first word alone
 * ("finance" for "finance/lending", "governance" for "governance seat") — the short forms only where
 * no other item of the list claims them.
 */
export function vocabulary<C extends string>(codes: readonly C[], words: Record<C, string>): Vocabulary<C> {
  const claims = new Map<string, Set<C>>();
  const claim = (spelling: string, code: C) => {
    const key = foldWord(spelling);
    if (key === '') return;
    if (!claims.has(key)) claims.set(key, new Set());
    claims.get(key)!.add(code);
  };
  const exact = new Map<string, C>();
  for (const code of codes) {
    exact.set(foldWord(words[code]), code);
    exact.set(foldWord(code), code);
    for (const part of words[code].split('/')) claim(part, code);
    claim(words[code].split(/[\s/]/)[0] ?? '', code);
  }
  const accepted = new Map<string, C>();
  for (const [key, owners] of claims) if (owners.size === 1) accepted.set(key, [...owners][0]!);
  for (const [key, code] of exact) accepted.set(key, code);
  return { words, accepted, read: (word) => accepted.get(foldWord(word)) };
}

export const MEMBER_KIND_VOCABULARY = vocabulary(MEMBER_KINDS, MEMBER_KIND_WORDS);
export const TIE_KIND_VOCABULARY = vocabulary(TIE_KINDS, TIE_KIND_WORDS);
export const SECTOR_VOCABULARY = vocabulary(SECTORS, SECTOR_WORDS);
export const CATEGORY_VOCABULARY = vocabulary(EXCHANGE_CATEGORIES, CATEGORY_WORDS);
