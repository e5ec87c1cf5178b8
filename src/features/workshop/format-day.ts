// Workshop dates are calendar days (YYYY-MM-DD): shown in the reader's language, never shifted by time zones.
const locale = typeof navigator !== 'undefined' ? navigator.language : 'en';
const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return dayFormat.format(new Date(y, m - 1, d));
}

/** A median or spread: whole levels as they are, halves with one decimal (2.5). */
export function formatLevel(value: number | null): string {
  return value === null ? '—' : decimal.format(value);
}
