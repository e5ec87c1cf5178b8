// The words of the network map's part of a report (PDF and Markdown); the facts themselves are worded
// by export/map-words.ts, as on screen. Reports are in English, like report-text.ts.
export const mapReportText = {
  title: 'Network map',
  summary: (members: number, ties: number, coops: number, partners: number, n: (x: number) => string) =>
    `${n(members)} ${members === 1 ? 'member' : 'members'} (${n(coops)} ${coops === 1 ? 'co-operative' : 'co-operatives'}, ${n(partners)} outside ${partners === 1 ? 'partner' : 'partners'}) and ${n(ties)} ${ties === 1 ? 'tie' : 'ties'}.`,
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
