// Numbers and dates as people read them, through Intl; scores are rounded only here.
const locale = typeof navigator !== 'undefined' ? navigator.language : 'en';

const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const wholeNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

export const formatDate = (iso: string): string => dateFormat.format(new Date(iso));
export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));
export const formatScore = (score: number): string => wholeNumber.format(Math.round(score));
export const formatPercent = (share: number): string => percent.format(share);

const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

/** A calendar day (YYYY-MM-DD, e.g. a workshop's date) in the reader's language, never shifted by time zones. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return dayFormat.format(new Date(y, m - 1, d));
}

/** A median or spread: whole levels as they are, halves with one decimal (2.5). */
export function formatLevel(value: number | null): string {
  return value === null ? '—' : decimal.format(value);
}

const bytesFormat = (unit: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1, unitDisplay: unit === 'byte' ? 'long' : 'short' });

/** A count (a length, a limit) with the reader's digit grouping: 20,000. */
export const formatCount = (n: number): string => wholeNumber.format(n);

/** A file size: 12.3 MB, 64 kB, 512 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return bytesFormat('megabyte').format(bytes / (1024 * 1024));
  if (bytes >= 1024) return bytesFormat('kilobyte').format(Math.round(bytes / 1024));
  return bytesFormat('byte').format(bytes);
}
