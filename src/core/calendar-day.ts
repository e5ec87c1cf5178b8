// Calendar days (YYYY-MM-DD) as people mean them: the day where the app runs, never shifted by time zones.

/** The calendar date of `now` where the app runs, as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local day of an ISO date-time, or null when it is not one. */
export function dayOf(isoDateTime: string): string | null {
  const time = Date.parse(isoDateTime);
  return Number.isNaN(time) ? null : localDate(new Date(time));
}

/** Whether a text is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
