// A network's map as the user entered it: who is in the network (members and partner organisations),
// how pairs of them are tied, and what each needs and offers. Measures, matches and layout are derived
// (network-measures.ts, network-matches.ts, network-layout.ts), never stored. Lists are stable codes;
// their English words live in network-map-labels.ts.
import * as z from 'zod/mini';

export const NETWORK_MAP_SCHEMA_VERSION = 1;

export const MEMBER_KINDS = [
  'worker',
  'consumer',
  'producer',
  'housing',
  'credit-union',
  'multi-stakeholder',
  'secondary',
  'support-body',
  'public-body',
  'other',
] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** The kinds that are co-operatives; every other kind is an outside partner (see docs/network-map.md). */
export const COOP_KINDS: readonly MemberKind[] = [
  'worker',
  'consumer',
  'producer',
  'housing',
  'credit-union',
  'multi-stakeholder',
  'secondary',
];
export const isCoop = (kind: MemberKind): boolean => COOP_KINDS.includes(kind);

export const TIE_KINDS = ['trade', 'finance', 'shared-service', 'governance', 'referral', 'staff', 'education'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

export const SECTORS = [
  'food-farming',
  'retail',
  'housing',
  'finance',
  'energy',
  'technology',
  'health-care',
  'education',
  'manufacturing',
  'services',
  'culture-media',
  'transport',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const EXCHANGE_CATEGORIES = [
  'bookkeeping',
  'legal',
  'it',
  'premises',
  'finance',
  'training',
  'purchasing',
  'marketing',
  'transport',
  'supplies',
  'other',
] as const;
export type ExchangeCategory = (typeof EXCHANGE_CATEGORIES)[number];

/** Caps that keep a hostile or mistaken file from hanging the app. */
export const MAP_LIMITS = {
  members: 5_000,
  ties: 50_000,
  nameLength: 200,
  placeLength: 200,
  sectorOtherLength: 100,
  exchangeTextLength: 500,
  /** Needs (and, separately, offers) per member. */
  exchanges: 30,
  size: 10_000_000,
  minYear: 1800,
  maxYear: 2100,
  /** A members' or ties' CSV file, in characters (about bytes): 10 MB, as for every file Fivefold reads. */
  fileBytes: 10 * 1024 * 1024,
} as const;

const id = z.string().check(z.minLength(1), z.maxLength(100));
const year = z.int().check(z.minimum(MAP_LIMITS.minYear), z.maximum(MAP_LIMITS.maxYear));
const trimmed = (max: number) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.refine((s) => s.trim() === s, 'no spaces at either end'),
  );

const exchangeSchema = z.strictObject({
  category: z.enum(EXCHANGE_CATEGORIES),
  text: z.optional(trimmed(MAP_LIMITS.exchangeTextLength)),
});
/** A need or an offer: a category, and optionally the member's own words. */
export type Exchange = z.infer<typeof exchangeSchema>;
const exchanges = z.array(exchangeSchema).check(z.maxLength(MAP_LIMITS.exchanges));

export const memberSchema = z.strictObject({
  id,
  name: trimmed(MAP_LIMITS.nameLength),
  sector: z.enum(SECTORS),
  /** The user's word for the sector when it is "other". */
  sectorOther: z.optional(trimmed(MAP_LIMITS.sectorOtherLength)),
  kind: z.enum(MEMBER_KINDS),
  /** Members or workers. */
  size: z.optional(z.int().check(z.minimum(0), z.maximum(MAP_LIMITS.size))),
  founded: z.optional(year),
  place: z.optional(trimmed(MAP_LIMITS.placeLength)),
  needs: exchanges,
  offers: exchanges,
});
export type Member = z.infer<typeof memberSchema>;

/**
 * One tie per pair of members: every way the two are tied is a kind of this one tie. `from` and `to`
 * keep the order the user entered; the measures treat ties as undirected.
 */
export const tieSchema = z.strictObject({
  id,
  from: id,
  to: id,
  kinds: z.array(z.enum(TIE_KINDS)).check(
    z.minLength(1),
    z.refine((ks) => new Set(ks).size === ks.length, 'a kind is listed twice'),
  ),
  written: z.boolean(),
  since: z.optional(year),
});
export type Tie = z.infer<typeof tieSchema>;

/** Names are compared as users see them: same letters, same case, whatever the Unicode form. */
export const nameKey = (name: string): string => name.normalize('NFC');
/** The unordered pair a tie joins, so A–B and B–A are the same pair. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export const networkMapSchema = z
  .strictObject({
    schemaVersion: z.literal(NETWORK_MAP_SCHEMA_VERSION),
    /** The network this map belongs to: networkKey() of its name, shared by its assessments and workshops. */
    networkId: id,
    members: z.array(memberSchema).check(z.maxLength(MAP_LIMITS.members)),
    ties: z.array(tieSchema).check(z.maxLength(MAP_LIMITS.ties)),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .check(
    z.superRefine((map, ctx) => {
      const ids = new Set<string>();
      const names = new Set<string>();
      map.members.forEach((m, i) => {
        if (ids.has(m.id)) ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: 'a member id is used twice' });
        if (names.has(nameKey(m.name))) {
          ctx.addIssue({ code: 'custom', path: ['members', i, 'name'], message: `two members are named "${m.name}"` });
        }
        ids.add(m.id);
        names.add(nameKey(m.name));
      });
      const tieIds = new Set<string>();
      const pairs = new Set<string>();
      map.ties.forEach((t, i) => {
        const at = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: ['ties', i, field], message });
        if (tieIds.has(t.id)) at('id', 'a tie id is used twice');
        if (!ids.has(t.from)) at('from', 'the tie starts at a member who is not on the map');
        if (!ids.has(t.to)) at('to', 'the tie ends at a member who is not on the map');
        if (t.from === t.to) at('to', 'a member cannot be tied to itself');
        if (pairs.has(pairKey(t.from, t.to))) at('to', 'these two members already have a tie');
        tieIds.add(t.id);
        pairs.add(pairKey(t.from, t.to));
      });
    }),
  );
export type NetworkMap = z.infer<typeof networkMapSchema>;

export function createNetworkMap(networkId: string, now: Date = new Date()): NetworkMap {
  return { schemaVersion: NETWORK_MAP_SCHEMA_VERSION, networkId, members: [], ties: [], updatedAt: now.toISOString() };
}
