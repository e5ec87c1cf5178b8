// The network map's measures, each defined with a worked example in docs/network-map.md. Pure and
// unrounded: numbers and member ids, never sentences; a share is null when it would divide by zero.
// A tie is one pair of members (the map holds one tie per pair), so ties and linked pairs are the same.
import { MEMBER_KINDS, SECTORS, TIE_KINDS, isCoop } from './network-map';
import type { Member, MemberKind, NetworkMap, Sector, TieKind } from './network-map';
import { connectedParts, cutPoints, mapGraph } from './network-graph';
import { exchangeKey, offerIndex } from './network-matches';

export interface Diversity<C extends string> {
  counts: Record<C, number>;
  /** Members counted. */
  total: number;
  /** Categories holding at least one member. */
  present: number;
  /** Blau / Gini–Simpson index 1 − Σ p²: the chance two members drawn at random differ; null with no members. */
  blau: number | null;
  /** The largest category (all of them when tied, in list order) and its share of the members. */
  largest: { codes: C[]; count: number; share: number } | null;
}

export interface NetworkMeasures {
  members: number;
  coops: number;
  /** Members of a kind that is not a co-operative: support and public bodies, "other" organisations. */
  partners: number;
  ties: number;
  sectors: Diversity<Sector>;
  kinds: Diversity<MemberKind>;
  /** The same over co-operatives only: what "diversity of agents" asks about member co-ops. */
  coopSectors: Diversity<Sector>;
  coopKinds: Diversity<MemberKind>;
  /** Ties having each kind (a tie of two kinds counts under both). */
  tieKinds: Record<TieKind, number>;
  written: number;
  /** written ÷ ties */
  writtenShare: number | null;
  /** Ties of two or more kinds. */
  multiplex: number;
  /** multiplex ÷ ties */
  multiplexity: number | null;
  /** ties ÷ (n(n − 1) / 2), the share of possible pairs that are tied; null under two members. */
  density: number | null;
  /** Ties per member id. */
  degree: Record<string, number>;
  /** The member(s) with the most ties, and that number's share of all ties (max degree ÷ ties). */
  mostTies: { ids: string[]; ties: number; share: number } | null;
  /** Members whose loss would split their connected part, most members cut off first. */
  singlePoints: { id: string; cutOff: number }[];
  /** Members with no tie. */
  isolated: string[];
  /** Connected parts, counting each isolated member as a part. */
  parts: number;
  /** Ties between a co-operative and an outside partner; co-ops with at least one such tie. */
  outside: { ties: number; share: number | null; coopsLinked: number };
  /** Needs listed, and those another member offers (same category; "other" by the same words). */
  needs: { total: number; metInside: number; share: number | null };
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function diversity<C extends string>(codes: readonly C[], values: readonly C[]): Diversity<C> {
  const counts = Object.fromEntries(codes.map((c) => [c, 0])) as Record<C, number>;
  for (const v of values) counts[v] += 1;
  const total = values.length;
  const present = codes.filter((c) => counts[c] > 0);
  const max = Math.max(0, ...present.map((c) => counts[c]));
  return {
    counts,
    total,
    present: present.length,
    blau: total === 0 ? null : 1 - present.reduce((sum, c) => sum + (counts[c] / total) ** 2, 0),
    largest: total === 0 ? null : { codes: present.filter((c) => counts[c] === max), count: max, share: max / total },
  };
}

function needsMet(members: readonly Member[]): NetworkMeasures['needs'] {
  const offers = offerIndex(members);
  let total = 0;
  let metInside = 0;
  for (const m of members) {
    for (const need of m.needs) {
      total += 1;
      const key = exchangeKey(need);
      const by = key === undefined ? undefined : offers.get(key);
      if (by && by.some((o) => o.id !== m.id)) metInside += 1;
    }
  }
  return { total, metInside, share: share(metInside, total) };
}

export function measureNetwork(map: NetworkMap): NetworkMeasures {
  const { members, ties } = map;
  const coops = members.filter((m) => isCoop(m.kind));
  const kindOf = new Map(members.map((m) => [m.id, m.kind]));
  const graph = mapGraph(map);
  const degree: Record<string, number> = Object.fromEntries(graph.ids.map((id, i) => [id, graph.neighbours[i]!.length]));
  const maxDegree = Math.max(0, ...Object.values(degree));
  const tieKinds = Object.fromEntries(TIE_KINDS.map((k) => [k, 0])) as Record<TieKind, number>;
  let written = 0;
  let multiplex = 0;
  let outsideTies = 0;
  const coopsLinked = new Set<string>();
  for (const t of ties) {
    for (const k of t.kinds) tieKinds[k] += 1;
    if (t.written) written += 1;
    if (t.kinds.length >= 2) multiplex += 1;
    const a = kindOf.get(t.from);
    const b = kindOf.get(t.to);
    if (a === undefined || b === undefined || isCoop(a) === isCoop(b)) continue;
    outsideTies += 1;
    coopsLinked.add(isCoop(a) ? t.from : t.to);
  }
  const n = members.length;
  return {
    members: n,
    coops: coops.length,
    partners: n - coops.length,
    ties: ties.length,
    sectors: diversity(SECTORS, members.map((m) => m.sector)),
    kinds: diversity(MEMBER_KINDS, members.map((m) => m.kind)),
    coopSectors: diversity(SECTORS, coops.map((m) => m.sector)),
    coopKinds: diversity(MEMBER_KINDS, coops.map((m) => m.kind)),
    tieKinds,
    written,
    writtenShare: share(written, ties.length),
    multiplex,
    multiplexity: share(multiplex, ties.length),
    density: n < 2 ? null : ties.length / ((n * (n - 1)) / 2),
    degree,
    mostTies:
      ties.length === 0 ? null : { ids: graph.ids.filter((id) => degree[id] === maxDegree), ties: maxDegree, share: maxDegree / ties.length },
    singlePoints: cutPoints(graph)
      .map((c) => ({ id: graph.ids[c.node]!, cutOff: c.cutOff }))
      .sort((a, b) => b.cutOff - a.cutOff || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    isolated: graph.ids.filter((id) => degree[id] === 0),
    parts: connectedParts(graph).length,
    outside: { ties: outsideTies, share: share(outsideTies, ties.length), coopsLinked: coopsLinked.size },
    needs: needsMet(members),
  };
}
