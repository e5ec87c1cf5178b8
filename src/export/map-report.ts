// The network map's facts as every report states them (PDF, Markdown): the summary line, the measures
// in the map screen's words, and the top matches, so the formats cannot drift apart.
import type { NetworkMap } from '../core/network-map';
import { findMatches } from '../core/network-matches';
import { measureNetwork } from '../core/network-measures';
import { mapWords } from './map-words';
import type { MeasureRow } from './map-words';
import { mapReportText as t, REPORT_MATCHES } from './map-report-text';

const words = mapWords();

export interface MapReportFacts {
  summary: string;
  measures: MeasureRow[];
  /** The top matches as sentences, each saying whether the two are tied yet. */
  matches: string[];
  /** Said when there are more matches than the report lists (or none at all); '' otherwise. */
  matchesNote: string;
  nameOf: (id: string) => string;
}

export function mapReportFacts(map: NetworkMap): MapReportFacts {
  const m = measureNetwork(map);
  // Names are one line in a report: a line break that came in with a file is a space.
  const names = new Map(map.members.map((x) => [x.id, x.name.replace(/\s*[\r\n]+\s*/g, ' ')]));
  const nameOf = (id: string) => names.get(id) ?? '';
  const all = findMatches(map);
  return {
    summary: t.summary(m.members, m.ties, m.coops, m.partners),
    measures: words.measureRows(m, nameOf),
    matches: all.slice(0, REPORT_MATCHES).map((match) => `${words.matchSentence(match, nameOf)} — ${words.matchTie(match)}.`),
    matchesNote: all.length === 0 ? t.matchesNone : all.length > REPORT_MATCHES ? t.moreMatches(REPORT_MATCHES, all.length) : '',
    nameOf,
  };
}
