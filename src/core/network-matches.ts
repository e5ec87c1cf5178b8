// Co-op-to-co-op matches: where one member needs what another offers, in the same category. The
// ranking rule is defined here once, for the screen, the report and the exports alike:
//   1. pairs not yet tied first: those are the openings the map reveals, which people may not know of;
//   2. then matches between two co-operatives before those involving an outside partner;
//   3. then the scarcer offers first (fewest members offering that category): a need only one member
//      can meet is the one most worth a phone call;
//   4. then by the needer's name, the offerer's name and the category, so the order is stable.
// An "other" need meets an "other" offer only when their words are the same (ignoring case and spacing).
// A need lists at most MATCHES_PER_NEED offerers (the best ranked); `offerers` says how many there are.
import { isCoop, nameKey, pairKey } from './network-map';
import type { Exchange, ExchangeCategory, Member, NetworkMap, TieKind } from './network-map';
import { foldWord } from './network-map-labels';

export interface Match {
  needer: string;
  offerer: string;
  category: ExchangeCategory;
  /** The two already have a tie (of any kind); tieKinds says which. */
  tied: boolean;
  tieKinds: TieKind[];
  /** Both are co-operatives (not support or public bodies, nor "other" organisations). */
  coopToCoop: boolean;
  /** How many members offer what is needed: 1 means only this offerer can meet it inside the network. */
  offerers: number;
  needText?: string;
  offerText?: string;
}

/** What makes a need and an offer "the same thing"; undefined for an "other" with no words. */
export function exchangeKey(e: Exchange): string | undefined {
  if (e.category !== 'other') return e.category;
  return e.text ? `other:${foldWord(e.text)}` : undefined;
}

/** Who offers each thing: exchange key → members offering it, each once, in map order. */
export function offerIndex(members: readonly Member[]): Map<string, Member[]> {
  const index = new Map<string, Member[]>();
  for (const m of members) {
    for (const key of new Set(m.offers.map(exchangeKey))) {
      if (key === undefined) continue;
      if (!index.has(key)) index.set(key, []);
      index.get(key)!.push(m);
    }
  }
  return index;
}

export const MATCHES_PER_NEED = 10;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every need that another member's offer meets, one match per needer, offerer and thing, ranked. */
export function findMatches(map: NetworkMap, perNeed: number = MATCHES_PER_NEED): Match[] {
  // Sort keys once: comparing names in the sort itself would normalise them thousands of times.
  const sortName = new Map(map.members.map((m) => [m.id, nameKey(m.name).toLowerCase()]));
  const name = (id: string) => sortName.get(id)!;
  const byRankedName = (a: Member, b: Member) =>
    Number(isCoop(b.kind)) - Number(isCoop(a.kind)) || compare(name(a.id), name(b.id)) || compare(a.id, b.id);
  const offers = offerIndex(map.members);
  for (const list of offers.values()) list.sort(byRankedName);
  const tieKinds = new Map(map.ties.map((t) => [pairKey(t.from, t.to), t.kinds]));
  const matches: Match[] = [];
  for (const needer of map.members) {
    const seen = new Set<string>();
    for (const need of needer.needs) {
      const key = exchangeKey(need);
      if (key === undefined || seen.has(key)) continue;
      seen.add(key);
      const all = offers.get(key) ?? [];
      const count = all.length - (all.includes(needer) ? 1 : 0);
      // Untied offerers rank first, so the scan stops once it has enough of them; tied ones are
      // at most the needer's ties, which keeps a huge map's matching linear.
      const untied: Member[] = [];
      const tied: Member[] = [];
      for (const o of all) {
        if (untied.length >= perNeed) break;
        if (o.id === needer.id) continue;
        (tieKinds.has(pairKey(needer.id, o.id)) ? tied : untied).push(o);
      }
      for (const offerer of [...untied, ...tied].slice(0, perNeed)) {
        const offer = offerer.offers.find((o) => exchangeKey(o) === key);
        const kinds = tieKinds.get(pairKey(needer.id, offerer.id)) ?? [];
        const match: Match = {
          needer: needer.id,
          offerer: offerer.id,
          category: need.category,
          tied: kinds.length > 0,
          tieKinds: [...kinds],
          coopToCoop: isCoop(needer.kind) && isCoop(offerer.kind),
          offerers: count,
        };
        if (need.text) match.needText = need.text;
        if (offer?.text) match.offerText = offer.text;
        matches.push(match);
      }
    }
  }
  return matches.sort(
    (a, b) =>
      Number(a.tied) - Number(b.tied) ||
      Number(b.coopToCoop) - Number(a.coopToCoop) ||
      a.offerers - b.offerers ||
      compare(name(a.needer), name(b.needer)) ||
      compare(name(a.offerer), name(b.offerer)) ||
      compare(a.category, b.category) ||
      compare(a.needText ?? '', b.needText ?? '') ||
      compare(a.needer, b.needer) ||
      compare(a.offerer, b.offerer),
  );
}
