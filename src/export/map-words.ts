// The words for a network map's facts, shared by the map screen, the "From your network map" lines
// beside questions and the reports (PDF, print view, Markdown), so all say the same thing the same
// way. Core gives codes and unrounded numbers; they are worded and rounded here, through Intl.
// The English labels of kinds, sectors and categories are the CSV files' words (first letter
// capitalised), so what a user picks on screen is what a spreadsheet may type.
import type { EvidenceLine } from '../core/network-evidence';
import type { Match } from '../core/network-matches';
import type { NetworkMeasures } from '../core/network-measures';
import { MEMBER_KINDS, SECTORS } from '../core/network-map';
import type { ExchangeCategory, Member, MemberKind, Sector, TieKind } from '../core/network-map';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const MEMBER_KIND_LABELS: Record<MemberKind, string> = {
  worker: 'Worker',
  consumer: 'Consumer',
  producer: 'Producer/agricultural',
  housing: 'Housing',
  'credit-union': 'Credit union/financial',
  'multi-stakeholder': 'Multi-stakeholder',
  secondary: 'Secondary/federation',
  'support-body': 'Support body',
  'public-body': 'Public body',
  other: 'Other',
};

/** Plural nouns for counting members of one kind ("3 support bodies"). */
const KIND_NOUNS: Record<MemberKind, [string, string]> = {
  worker: ['worker co-op', 'worker co-ops'],
  consumer: ['consumer co-op', 'consumer co-ops'],
  producer: ['producer or agricultural co-op', 'producer or agricultural co-ops'],
  housing: ['housing co-op', 'housing co-ops'],
  'credit-union': ['credit union or financial co-op', 'credit unions or financial co-ops'],
  'multi-stakeholder': ['multi-stakeholder co-op', 'multi-stakeholder co-ops'],
  secondary: ['secondary co-op or federation', 'secondary co-ops or federations'],
  'support-body': ['support body', 'support bodies'],
  'public-body': ['public body', 'public bodies'],
  other: ['other organisation', 'other organisations'],
};

export const TIE_KIND_LABELS: Record<TieKind, string> = {
  trade: 'Trade',
  finance: 'Finance/lending',
  'shared-service': 'Shared service',
  governance: 'Governance seat',
  referral: 'Referral',
  staff: 'Staff/secondment',
  education: 'Education/training',
};

export const SECTOR_LABELS: Record<Sector, string> = {
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

export const CATEGORY_LABELS: Record<ExchangeCategory, string> = {
  bookkeeping: 'Bookkeeping',
  legal: 'Legal',
  it: 'IT',
  premises: 'Premises',
  finance: 'Finance',
  training: 'Training',
  purchasing: 'Purchasing',
  marketing: 'Marketing',
  transport: 'Transport',
  supplies: 'Supplies',
  other: 'Other',
};

/** A category inside a sentence: "bookkeeping", but "IT" stays "IT". */
const categoryWord = (c: ExchangeCategory) => (c === 'it' ? 'IT' : CATEGORY_LABELS[c].toLowerCase());
const tieKindWord = (k: TieKind) => TIE_KIND_LABELS[k].toLowerCase();

export const sectorOf = (m: Pick<Member, 'sector' | 'sectorOther'>): string =>
  m.sector === 'other' && m.sectorOther ? `${SECTOR_LABELS.other}: ${m.sectorOther}` : SECTOR_LABELS[m.sector];

/** One row of the measures table: the term (kept), its value, and what it means. */
export interface MeasureRow {
  term: string;
  value: string;
  note: string;
}

/** The words and numbers of map facts in one locale: the screen's language, or 'en' for reports. */
export function mapWords(locale: string) {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const index = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const n = (x: number) => whole.format(x);
  const pct = (x: number) => percent.format(x);
  const idx = (x: number | null) => (x === null ? '—' : index.format(x));
  const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;
  const names = (ids: readonly string[], nameOf: (id: string) => string) => list.format(ids.map(nameOf));

  const kindCount = (kind: MemberKind, count: number) => plural(count, ...KIND_NOUNS[kind]);

  /** "From your network map: …" for one question, or '' when the map says nothing about it. */
  function evidence(lines: readonly EvidenceLine[], nameOf: (id: string) => string): string {
    const said = lines.map((line) => evidenceLine(line, nameOf));
    return said.length ? `From your network map: ${said.join('; ')}` : '';
  }

  function evidenceLine(line: EvidenceLine, nameOf: (id: string) => string): string {
    switch (line.code) {
      case 'sectors':
        return `${plural(line.count, 'sector', 'sectors')}; the largest holds ${pct(line.largestShare)} of member co-ops`;
      case 'kinds':
        return `${plural(line.count, 'kind of co-op', 'kinds of co-op')}; the largest holds ${pct(line.largestShare)} of member co-ops`;
      case 'ties-in-writing':
        return `${n(line.written)} of ${plural(line.total, 'tie is', 'ties are')} in writing`;
      case 'multiplexity':
        return `${n(line.multiplex)} of ${plural(line.total, 'tie is', 'ties are')} of two or more kinds`;
      case 'ties-of-kind':
        return `${n(line.count)} of ${plural(line.total, 'tie includes', 'ties include')} ${tieKindWord(line.kind)}`;
      case 'members-of-kind':
        return line.count === 0
          ? `no ${KIND_NOUNS[line.kind][0]} on the map`
          : `${kindCount(line.kind, line.count)}, tied to ${plural(line.coopsTied, 'co-op', 'co-ops')}`;
      case 'single-points':
        return line.count === 0
          ? 'no member is a single point of failure'
          : `${plural(line.count, 'member is a single point of failure', 'members are single points of failure')}` +
              (line.count <= 3 ? ` (${names(line.ids, nameOf)})` : '');
      case 'most-ties':
        return `${names(line.ids, nameOf)} ${line.ids.length === 1 ? 'has' : 'have'} the most ties: ${n(line.ties)}, ${pct(line.share)} of all ties`;
      case 'needs-met-inside':
        return `${n(line.met)} of ${plural(line.total, 'need is', 'needs are')} offered by another member`;
      case 'outside-partners':
        return `${plural(line.partners, 'outside partner', 'outside partners')}, ${plural(line.ties, 'tie', 'ties')} with them; ${n(line.coopsLinked)} of ${plural(line.coops, 'co-op has', 'co-ops have')} one`;
    }
  }

  /** The measures table, in plain words with the terms kept. */
  function measureRows(m: NetworkMeasures, nameOf: (id: string) => string): MeasureRow[] {
    const ofTies = (count: number, share: number | null) => (share === null ? n(count) : `${n(count)} of ${n(m.ties)} (${pct(share)})`);
    const rows: MeasureRow[] = [
      {
        term: 'Members',
        value: n(m.members),
        note: `${plural(m.coops, 'co-operative', 'co-operatives')} and ${plural(m.partners, 'outside partner', 'outside partners')}`,
      },
      { term: 'Ties', value: n(m.ties), note: 'Pairs of members tied in one or more ways.' },
      {
        term: 'Sectors',
        value: n(m.sectors.present),
        note: m.sectors.largest
          ? `The largest, ${list.format(m.sectors.largest.codes.map((c) => SECTOR_LABELS[c]))}, holds ${pct(m.sectors.largest.share)} of members.`
          : 'No members yet.',
      },
      {
        term: 'Diversity of sectors (Blau index)',
        value: idx(m.sectors.blau),
        note: `The chance that two members drawn at random are in different sectors: 1 is many equal sectors, 0 is one sector.`,
      },
      {
        term: 'Diversity of kinds (Blau index)',
        value: idx(m.kinds.blau),
        note: 'The same for kinds of member: 1 is many equal kinds, 0 is one kind.',
      },
      { term: 'Ties in writing', value: m.writtenShare === null ? '—' : pct(m.writtenShare), note: `${ofTies(m.written, m.writtenShare)} ties are in writing.` },
      {
        term: 'Multiplexity',
        value: idx(m.multiplexity),
        note: `The share of tied pairs tied in two or more ways: ${ofTies(m.multiplex, m.multiplexity)}.`,
      },
      {
        term: 'Density',
        value: idx(m.density),
        note: 'The share of all possible pairs of members that are tied: 1 is everyone tied to everyone.',
      },
      {
        term: 'Most ties',
        value: m.mostTies ? names(m.mostTies.ids, nameOf) : '—',
        note: m.mostTies
          ? `${plural(m.mostTies.ties, 'tie', 'ties')} each, ${pct(m.mostTies.share)} of all ties: what the network loses if it goes.`
          : 'No ties yet.',
      },
      {
        term: 'Single points of failure',
        value: m.singlePoints.length ? names(m.singlePoints.map((p) => p.id), nameOf) : 'None',
        note: m.singlePoints.length
          ? list.format(m.singlePoints.map((p) => `without ${nameOf(p.id)}, ${plural(p.cutOff, 'member loses', 'members lose')} their path to the rest`))
          : 'No single member holds the network together.',
      },
      {
        term: 'Isolated members',
        value: m.isolated.length ? names(m.isolated, nameOf) : 'None',
        note: `Members with no tie. The map has ${plural(m.parts, 'connected part', 'connected parts')}.`,
      },
      {
        term: 'Ties with outside partners',
        value: ofTies(m.outside.ties, m.outside.share),
        note: `Ties between a co-operative and a support body, public body or other organisation; ${plural(m.outside.coopsLinked, 'co-op has', 'co-ops have')} one.`,
      },
      {
        term: 'Needs met inside the network',
        value: m.needs.share === null ? '—' : `${n(m.needs.metInside)} of ${n(m.needs.total)} (${pct(m.needs.share)})`,
        note: 'Needs that another member offers.',
      },
    ];
    return rows;
  }

  /** Counts by sector or kind: the label, the count and its share, largest first (present ones only). */
  function counts<C extends string>(counts: Record<C, number>, codes: readonly C[], label: (c: C) => string, total: number) {
    return codes
      .filter((c) => counts[c] > 0)
      .sort((a, b) => counts[b] - counts[a])
      .map((c) => ({ label: label(c), count: n(counts[c]), share: total ? pct(counts[c] / total) : '—' }));
  }

  /** "Riverbank Bakery needs bookkeeping; Ledger Workers’ Co-op offers bookkeeping". */
  function matchSentence(match: Match, nameOf: (id: string) => string): string {
    const what = categoryWord(match.category);
    const need = match.needText ? `${what} (${match.needText})` : what;
    const offer = match.offerText ? `${what} (${match.offerText})` : what;
    return `${nameOf(match.needer)} needs ${need}; ${nameOf(match.offerer)} offers ${offer}`;
  }

  /** Whether the two are tied yet, and how. */
  function matchTie(match: Match): string {
    return match.tied ? `already tied: ${list.format(match.tieKinds.map(tieKindWord))}` : 'not yet tied';
  }

  return {
    n,
    pct,
    idx,
    evidence,
    measureRows,
    sectorCounts: (m: NetworkMeasures) => counts(m.sectors.counts, SECTORS, (c) => SECTOR_LABELS[c], m.sectors.total),
    kindCounts: (m: NetworkMeasures) => counts(m.kinds.counts, MEMBER_KINDS, (c) => MEMBER_KIND_LABELS[c], m.kinds.total),
    matchSentence,
    matchTie,
    scarce: (match: Match) => (match.offerers === 1 ? 'the only member offering it' : `one of ${n(match.offerers)} members offering it`),
    tieKinds: (kinds: readonly TieKind[]) => capital(list.format(kinds.map(tieKindWord))),
    members: (count: number) => plural(count, 'member', 'members'),
    ties: (count: number) => plural(count, 'tie', 'ties'),
  };
}

export type MapWords = ReturnType<typeof mapWords>;

/** The words of the drawing and its legend, on screen and on paper. */
export const drawingWords = {
  legendTitle: 'Legend',
  kindsTitle: 'Kinds of member (colour and shape)',
  written: 'Tie in writing',
  notWritten: 'Tie not in writing (dashed)',
  multiplex: 'Tied in more ways: a thicker line',
  sized: 'Larger shape: more members or workers',
  drawingOf: (name: string, members: number, ties: number) =>
    `Drawing of the network map${name ? ` of ${name}` : ''}: ${members} members and ${ties} ties. The same facts are in the tables.`,
  memberTitle: (name: string, kind: string, ties: number) => `${name} — ${kind}, ${ties === 1 ? '1 tie' : `${ties} ties`}`,
};
