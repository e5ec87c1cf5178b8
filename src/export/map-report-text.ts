// The words of the network map's part of a report (PDF and Markdown); the facts themselves are worded
// by export/map-words.ts, as on screen. Each language translates it (src/i18n).
import { plural } from '../i18n/plural';

export const mapReportText = {
  title: 'Network map',
  summary: (members: number, ties: number, coops: number, partners: number) =>
    `${plural(members, { one: '# member', other: '# members' })} (${plural(coops, { one: '# co-operative', other: '# co-operatives' })}, ${plural(partners, { one: '# outside partner', other: '# outside partners' })}) and ${plural(ties, { one: '# tie', other: '# ties' })}.`,
  drawingNote: 'Each shape is a member, coloured and shaped by its kind; each line is a tie.',
  measures: 'Measures',
  colMeasure: 'Measure',
  colValue: 'Value',
  colMeaning: 'What it means',
  matches: 'Top matches',
  matchesNone: 'No member needs what another offers yet.',
  moreMatches: (shown: number, total: number) => `The ${shown} shown of ${total} matches; the map screen lists them all.`,
};

/** The most matches a report lists: enough to act on, a page at most. */
export const REPORT_MATCHES = 10;
