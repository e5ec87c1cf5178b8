// Numbers and dates as people read them, through Intl in the chosen language; scores are rounded only here.
import { getLocale } from '../i18n/locale';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** One formatter per locale and options, made when first needed (the language can change). */
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, make: (locale: string) => T): T {
  const locale = getLocale();
  const key = `${kind} ${locale}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = make(locale)));
  return found as T;
}

const date = (style: 'medium' | 'long', time?: 'short') =>
  formatter(`d${style}${time ?? ''}`, (l) => new Intl.DateTimeFormat(l, { dateStyle: style, ...(time && { timeStyle: time }) }));
const number = (kind: string, options: Intl.NumberFormatOptions) => formatter(kind, (l) => new Intl.NumberFormat(l, options));

export const formatDate = (iso: string): string => date('medium').format(new Date(iso));
export const formatDateTime = (iso: string): string => date('medium', 'short').format(new Date(iso));
export const formatScore = (score: number): string => number('whole', { maximumFractionDigits: 0 }).format(Math.round(score));
export const formatPercent = (share: number): string => number('percent', { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A calendar day (YYYY-MM-DD, e.g. a workshop's date) in the reader's language, never shifted by time zones. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return date('long').format(new Date(y, m - 1, d));
}

/** A median or spread: whole levels as they are, halves with one decimal (2.5, or 2,5 in French). */
export function formatLevel(value: number | null): string {
  return value === null ? '—' : number('decimal', { maximumFractionDigits: 1 }).format(value);
}

const bytesFormat = (unit: string) =>
  number(`unit-${unit}`, { style: 'unit', unit, maximumFractionDigits: 1, unitDisplay: unit === 'byte' ? 'long' : 'short' });

/** A count (a length, a limit) with the reader's digit grouping: 20,000. */
export const formatCount = (n: number): string => number('whole', { maximumFractionDigits: 0 }).format(n);

/** A file size: 12.3 MB, 64 kB, 512 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return bytesFormat('megabyte').format(bytes / (1024 * 1024));
  if (bytes >= 1024) return bytesFormat('kilobyte').format(Math.round(bytes / 1024));
  return bytesFormat('byte').format(bytes);
}
