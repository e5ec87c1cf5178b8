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
