// "From your network map" lines beside the questions the map informs: codes with numbers, worded
// by the UI. Which question gets which line is one table, MAP_EVIDENCE, keyed by indicator id: when a
// rubric renames or adds an indicator, only that table changes. The answer stays the user's choice.
import { isCoop } from './network-map';
import type { MemberKind, NetworkMap, TieKind } from './network-map';
import { measureNetwork } from './network-measures';
import type { NetworkMeasures } from './network-measures';

export type EvidenceKey =
  | 'sectors'
  | 'kinds'
  | 'ties-in-writing'
  | 'multiplexity'
  | `ties-of-kind:${TieKind}`
  | `members-of-kind:${MemberKind}`
  | 'single-points'
  | 'most-ties'
  | 'needs-met-inside'
  | 'outside-partners';

export type EvidenceLine =
  /** Sectors (or co-op kinds) among the co-operatives, the largest one's share and the Blau index. */
  | { code: 'sectors' | 'kinds'; count: number; largestShare: number; diversity: number; coops: number }
  | { code: 'ties-in-writing'; written: number; total: number }
  | { code: 'multiplexity'; multiplex: number; total: number }
  | { code: 'ties-of-kind'; kind: TieKind; count: number; total: number }
  /** Members of one kind, and how many co-operatives have a tie with one of them. */
  | { code: 'members-of-kind'; kind: MemberKind; count: number; coopsTied: number }
  | { code: 'single-points'; count: number; ids: string[] }
  | { code: 'most-ties'; ids: string[]; ties: number; share: number }
  | { code: 'needs-met-inside'; met: number; total: number }
  | { code: 'outside-partners'; partners: number; ties: number; coopsLinked: number; coops: number };

/** Indicator id (rubrics/five-principles.json) → the lines shown beside it, in order. */
export const MAP_EVIDENCE: Readonly<Record<string, readonly EvidenceKey[]>> = {
  'inst-formal-agreements': ['ties-in-writing'],
  'inst-shared-entities': ['members-of-kind:secondary', 'ties-of-kind:shared-service', 'ties-of-kind:governance'],
  'inst-federation': ['members-of-kind:secondary'],
  'inst-multiplex-ties': ['multiplexity'],
  'div-sectors': ['sectors'],
  'div-membership-mix': ['kinds'],
  'div-support-partners': ['members-of-kind:support-body'],
  'gen-education': ['ties-of-kind:education'],
  'self-capital': ['ties-of-kind:finance', 'members-of-kind:credit-union'],
  'self-purchasing': ['needs-met-inside', 'ties-of-kind:trade'],
  'self-job-transfers': ['ties-of-kind:staff'],
  'self-shock-absorption': ['single-points', 'most-ties'],
  'emb-local-government': ['members-of-kind:public-body'],
  'emb-allies': ['outside-partners'],
};

export const mapInforms = (indicatorId: string): boolean => Object.hasOwn(MAP_EVIDENCE, indicatorId);

function coopsTiedToKind(map: NetworkMap, kind: MemberKind): number {
  const kindOf = new Map(map.members.map((m) => [m.id, m.kind]));
  const tied = new Set<string>();
  for (const t of map.ties) {
    for (const [end, other] of [[t.from, t.to], [t.to, t.from]] as const) {
      const otherKind = kindOf.get(other);
      if (kindOf.get(end) === kind && otherKind !== undefined && isCoop(otherKind)) tied.add(other);
    }
  }
  return tied.size;
}

/** One line, or null when the map holds nothing it could say (no co-ops, no ties, no needs). */
export function evidenceLine(map: NetworkMap, m: NetworkMeasures, key: EvidenceKey): EvidenceLine | null {
  const [code, arg] = key.split(':') as [string, string | undefined];
  switch (code) {
    case 'sectors':
    case 'kinds': {
      const d = code === 'sectors' ? m.coopSectors : m.coopKinds;
      if (!d.largest || d.blau === null) return null;
      return { code, count: d.present, largestShare: d.largest.share, diversity: d.blau, coops: d.total };
    }
    case 'ties-in-writing':
      return m.ties ? { code, written: m.written, total: m.ties } : null;
    case 'multiplexity':
      return m.ties ? { code, multiplex: m.multiplex, total: m.ties } : null;
    case 'ties-of-kind': {
      const kind = arg as TieKind;
      return m.ties ? { code, kind, count: m.tieKinds[kind], total: m.ties } : null;
    }
    case 'members-of-kind': {
      const kind = arg as MemberKind;
      return m.members ? { code, kind, count: m.kinds.counts[kind], coopsTied: coopsTiedToKind(map, kind) } : null;
    }
    case 'single-points':
      return m.ties ? { code, count: m.singlePoints.length, ids: m.singlePoints.map((p) => p.id) } : null;
    case 'most-ties':
      return m.mostTies ? { code, ids: m.mostTies.ids, ties: m.mostTies.ties, share: m.mostTies.share } : null;
    case 'needs-met-inside':
      return m.needs.total ? { code, met: m.needs.metInside, total: m.needs.total } : null;
    case 'outside-partners':
      return m.coops ? { code, partners: m.partners, ties: m.outside.ties, coopsLinked: m.outside.coopsLinked, coops: m.coops } : null;
    default:
      return null;
  }
}

/** The "From your network map" lines for one indicator; pass `measures` when showing many questions. */
export function mapEvidence(map: NetworkMap, indicatorId: string, measures?: NetworkMeasures): EvidenceLine[] {
  const keys = MAP_EVIDENCE[indicatorId];
  if (!keys || map.members.length === 0) return [];
  const m = measures ?? measureNetwork(map);
  return keys.map((key) => evidenceLine(map, m, key)).filter((line) => line !== null);
}
