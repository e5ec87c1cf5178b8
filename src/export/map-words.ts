// The words for a network map's facts, shared by the map screen, the "From your network map" lines
// beside questions and the reports (PDF, print view, Markdown), so all say the same thing the same
// way. Core gives codes and unrounded numbers; they are worded and rounded here, through Intl.
// The English labels of kinds, sectors and categories are the CSV files' words (first letter
// capitalised), so what a user picks on screen is what a spreadsheet may type.
import type { EvidenceLine } from '../core/network-evidence';
import type { Match } from '../core/network-matches';
import type { NetworkMeasures } from '../core/network-measures';
import { MEMBER_KINDS, SECTORS } from '../core/network-map';
import { getLocale } from '../i18n/locale';
import { plural } from '../i18n/plural';
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
const KIND_NOUNS: Record<MemberKind, readonly [string, string]> = {
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

/** A category inside a sentence: "bookkeeping", but an acronym ("IT", "TI") stays as it is. */
const categoryWord = (c: ExchangeCategory) => (/^[A-Z]+$/.test(CATEGORY_LABELS[c]) ? CATEGORY_LABELS[c] : CATEGORY_LABELS[c].toLowerCase());
const tieKindWord = (k: TieKind) => TIE_KIND_LABELS[k].toLowerCase();

export const sectorOf = (m: Pick<Member, 'sector' | 'sectorOther'>): string =>
  m.sector === 'other' && m.sectorOther ? `${SECTOR_LABELS.other}: ${m.sectorOther}` : SECTOR_LABELS[m.sector];

/** One row of the measures table: the term (kept), its value, and what it means. */
export interface MeasureRow {
  term: string;
  value: string;
  note: string;
}

/**
 * Every sentence about a map's facts. Counts come as numbers (worded through plural(), which writes
 * them the reader's way); shares and names come already formatted.
 */
export const mapFactText = {
  kindNouns: KIND_NOUNS,
  fromYourMap: (lines: string) => `From your network map: ${lines}`,
  sectors: (count: number, largest: string) => `${plural(count, { one: '# sector', other: '# sectors' })}; the largest holds ${largest} of member co-ops`,
  kinds: (count: number, largest: string) => `${plural(count, { one: '# kind of co-op', other: '# kinds of co-op' })}; the largest holds ${largest} of member co-ops`,
  tiesInWriting: (written: string, total: number) => `${written} of ${plural(total, { one: '# tie is', other: '# ties are' })} in writing`,
  multiplexity: (multiplex: string, total: number) => `${multiplex} of ${plural(total, { one: '# tie is', other: '# ties are' })} of two or more kinds`,
  tiesOfKind: (count: string, total: number, kind: string) => `${count} of ${plural(total, { one: '# tie includes', other: '# ties include' })} ${kind}`,
  noneOfKind: (noun: string) => `no ${noun} on the map`,
  membersOfKind: (members: string, coopsTied: number) => `${members}, tied to ${plural(coopsTied, { one: '# co-op', other: '# co-ops' })}`,
  noSinglePoint: 'no member is a single point of failure',
  singlePoints: (count: number) => plural(count, { one: '# member is a single point of failure', other: '# members are single points of failure' }),
  mostTies: (names: string, many: number, ties: string, share: string) =>
    `${names} ${plural(many, { one: 'has', other: 'have' })} the most ties: ${ties}, ${share} of all ties`,
  needsMetInside: (met: string, total: number) => `${met} of ${plural(total, { one: '# need is', other: '# needs are' })} offered by another member`,
  outsidePartners: (partners: number, ties: number, coopsLinked: string, coops: number) =>
    `${plural(partners, { one: '# outside partner', other: '# outside partners' })}, ${plural(ties, { one: '# tie', other: '# ties' })} with them; ${coopsLinked} of ${plural(coops, { one: '# co-op has', other: '# co-ops have' })} one`,
  ofTies: (count: string, ties: string, share: string) => `${count} of ${ties} (${share})`,
  terms: {
    members: 'Members',
    ties: 'Ties',
    sectors: 'Sectors',
    sectorBlau: 'Diversity of sectors (Blau index)',
    kindBlau: 'Diversity of kinds (Blau index)',
    written: 'Ties in writing',
    multiplexity: 'Multiplexity',
    density: 'Density',
    mostTies: 'Most ties',
    singlePoints: 'Single points of failure',
    isolated: 'Isolated members',
    outside: 'Ties with outside partners',
    needs: 'Needs met inside the network',
  },
  membersNote: (coops: number, partners: number) =>
    `${plural(coops, { one: '# co-operative', other: '# co-operatives' })} and ${plural(partners, { one: '# outside partner', other: '# outside partners' })}`,
  tiesNote: 'Pairs of members tied in one or more ways.',
  sectorsNote: (largest: string, share: string) => `The largest, ${largest}, holds ${share} of members.`,
  noMembers: 'No members yet.',
  sectorBlauNote: 'The chance that two members drawn at random are in different sectors: 1 is many equal sectors, 0 is one sector.',
  kindBlauNote: 'The same for kinds of member: 1 is many equal kinds, 0 is one kind.',
  writtenNote: (ofTies: string) => `${ofTies} ties are in writing.`,
  multiplexityNote: (ofTies: string) => `The share of tied pairs tied in two or more ways: ${ofTies}.`,
  densityNote: 'The share of all possible pairs of members that are tied: 1 is everyone tied to everyone.',
  mostTiesNote: (ties: number, share: string) => `${plural(ties, { one: '# tie', other: '# ties' })} each, ${share} of all ties: what the network loses if it goes.`,
  noTies: 'No ties yet.',
  none: 'None',
  withoutMember: (name: string, cutOff: number) =>
    `without ${name}, ${plural(cutOff, { one: '# member loses', other: '# members lose' })} their path to the rest`,
  noSinglePointNote: 'No single member holds the network together.',
  isolatedNote: (parts: number) => `Members with no tie. The map has ${plural(parts, { one: '# connected part', other: '# connected parts' })}.`,
  outsideNote: (coopsLinked: number) =>
    `Ties between a co-operative and a support body, public body or other organisation; ${plural(coopsLinked, { one: '# co-op has', other: '# co-ops have' })} one.`,
  needsNote: 'Needs that another member offers.',
  matchSentence: (needer: string, need: string, offerer: string, offer: string) => `${needer} needs ${need}; ${offerer} offers ${offer}`,
  alreadyTied: (kinds: string) => `already tied: ${kinds}`,
  notYetTied: 'not yet tied',
  onlyOfferer: 'the only member offering it',
  oneOfOfferers: (n: string) => `one of ${n} members offering it`,
  members: (count: number) => plural(count, { one: '# member', other: '# members' }),
  ties: (count: number) => plural(count, { one: '# tie', other: '# ties' }),
};
const f = mapFactText;

const formatters = new Map<string, { whole: Intl.NumberFormat; percent: Intl.NumberFormat; index: Intl.NumberFormat; list: Intl.ListFormat }>();
function intl() {
  const locale = getLocale();
  let made = formatters.get(locale);
  if (!made) {
    made = {
      whole: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
      index: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      list: new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
    };
    formatters.set(locale, made);
  }
  return made;
}

/** The words and numbers of map facts, in the app's language when they are read. */
export function mapWords() {
  const n = (x: number) => intl().whole.format(x);
  const pct = (x: number) => intl().percent.format(x);
  const idx = (x: number | null) => (x === null ? '—' : intl().index.format(x));
  const listOf = (items: string[]) => intl().list.format(items);
  const names = (ids: readonly string[], nameOf: (id: string) => string) => listOf(ids.map(nameOf));
  const kindCount = (kind: MemberKind, count: number) => plural(count, { one: `# ${f.kindNouns[kind][0]}`, other: `# ${f.kindNouns[kind][1]}` });

  /** "From your network map: …" for one question, or '' when the map says nothing about it. */
  function evidence(lines: readonly EvidenceLine[], nameOf: (id: string) => string): string {
    const said = lines.map((line) => evidenceLine(line, nameOf));
    return said.length ? f.fromYourMap(said.join('; ')) : '';
  }

  function evidenceLine(line: EvidenceLine, nameOf: (id: string) => string): string {
    switch (line.code) {
      case 'sectors':
        return f.sectors(line.count, pct(line.largestShare));
      case 'kinds':
        return f.kinds(line.count, pct(line.largestShare));
      case 'ties-in-writing':
        return f.tiesInWriting(n(line.written), line.total);
      case 'multiplexity':
        return f.multiplexity(n(line.multiplex), line.total);
      case 'ties-of-kind':
        return f.tiesOfKind(n(line.count), line.total, tieKindWord(line.kind));
      case 'members-of-kind':
        return line.count === 0 ? f.noneOfKind(f.kindNouns[line.kind][0]) : f.membersOfKind(kindCount(line.kind, line.count), line.coopsTied);
      case 'single-points':
        return line.count === 0 ? f.noSinglePoint : f.singlePoints(line.count) + (line.count <= 3 ? ` (${names(line.ids, nameOf)})` : '');
      case 'most-ties':
        return f.mostTies(names(line.ids, nameOf), line.ids.length, n(line.ties), pct(line.share));
      case 'needs-met-inside':
        return f.needsMetInside(n(line.met), line.total);
      case 'outside-partners':
        return f.outsidePartners(line.partners, line.ties, n(line.coopsLinked), line.coops);
    }
  }

  /** The measures table, in plain words with the terms kept. */
  function measureRows(m: NetworkMeasures, nameOf: (id: string) => string): MeasureRow[] {
    const ofTies = (count: number, share: number | null) => (share === null ? n(count) : f.ofTies(n(count), n(m.ties), pct(share)));
    const t = f.terms;
    return [
      { term: t.members, value: n(m.members), note: f.membersNote(m.coops, m.partners) },
      { term: t.ties, value: n(m.ties), note: f.tiesNote },
      {
        term: t.sectors,
        value: n(m.sectors.present),
        note: m.sectors.largest ? f.sectorsNote(listOf(m.sectors.largest.codes.map((c) => SECTOR_LABELS[c])), pct(m.sectors.largest.share)) : f.noMembers,
      },
      { term: t.sectorBlau, value: idx(m.sectors.blau), note: f.sectorBlauNote },
      { term: t.kindBlau, value: idx(m.kinds.blau), note: f.kindBlauNote },
      { term: t.written, value: m.writtenShare === null ? '—' : pct(m.writtenShare), note: f.writtenNote(ofTies(m.written, m.writtenShare)) },
      { term: t.multiplexity, value: idx(m.multiplexity), note: f.multiplexityNote(ofTies(m.multiplex, m.multiplexity)) },
      { term: t.density, value: idx(m.density), note: f.densityNote },
      {
        term: t.mostTies,
        value: m.mostTies ? names(m.mostTies.ids, nameOf) : '—',
        note: m.mostTies ? f.mostTiesNote(m.mostTies.ties, pct(m.mostTies.share)) : f.noTies,
      },
      {
        term: t.singlePoints,
        value: m.singlePoints.length ? names(m.singlePoints.map((p) => p.id), nameOf) : f.none,
        note: m.singlePoints.length ? listOf(m.singlePoints.map((p) => f.withoutMember(nameOf(p.id), p.cutOff))) : f.noSinglePointNote,
      },
      { term: t.isolated, value: m.isolated.length ? names(m.isolated, nameOf) : f.none, note: f.isolatedNote(m.parts) },
      { term: t.outside, value: ofTies(m.outside.ties, m.outside.share), note: f.outsideNote(m.outside.coopsLinked) },
      {
        term: t.needs,
        value: m.needs.share === null ? '—' : f.ofTies(n(m.needs.metInside), n(m.needs.total), pct(m.needs.share)),
        note: f.needsNote,
      },
    ];
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
    return f.matchSentence(nameOf(match.needer), need, nameOf(match.offerer), offer);
  }

  /** Whether the two are tied yet, and how. */
  function matchTie(match: Match): string {
    return match.tied ? f.alreadyTied(listOf(match.tieKinds.map(tieKindWord))) : f.notYetTied;
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
    scarce: (match: Match) => (match.offerers === 1 ? f.onlyOfferer : f.oneOfOfferers(n(match.offerers))),
    tieKinds: (kinds: readonly TieKind[]) => capital(listOf(kinds.map(tieKindWord))),
    members: (count: number) => f.members(count),
    ties: (count: number) => f.ties(count),
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
    `Drawing of the network map${name ? ` of ${name}` : ''}: ${plural(members, { one: '# member', other: '# members' })} and ${plural(ties, { one: '# tie', other: '# ties' })}. The same facts are in the tables.`,
  memberTitle: (name: string, kind: string, ties: number) => `${name} — ${kind}, ${plural(ties, { one: '# tie', other: '# ties' })}`,
};
