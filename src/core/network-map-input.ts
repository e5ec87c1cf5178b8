// What a form or a CSV row gives for a member or a tie, tidied in one place and checked by one set of
// rules, so the form and the import refuse the same things with the same codes. Problems are codes
// with parameters; the UI words them.
import { MAP_LIMITS, TIE_KINDS, nameKey, pairKey } from './network-map';
import type { Exchange, ExchangeCategory, Member, MemberKind, NetworkMap, Sector, Tie, TieKind } from './network-map';

export interface MemberInput {
  name: string;
  sector: Sector;
  sectorOther?: string;
  kind: MemberKind;
  size?: number;
  founded?: number;
  place?: string;
  needs?: readonly ExchangeInput[];
  offers?: readonly ExchangeInput[];
}
export interface ExchangeInput {
  category: ExchangeCategory;
  text?: string;
}
export interface TieInput {
  from: string;
  to: string;
  kinds: readonly TieKind[];
  written: boolean;
  since?: number;
}

export type MemberField = 'name' | 'sector' | 'kind' | 'size' | 'founded' | 'place' | 'needs' | 'offers';
export type TieField = 'from' | 'to' | 'kinds' | 'written' | 'since';

export type InputProblemCode =
  | 'required'
  | 'too-long'
  | 'too-many'
  | 'duplicate-name'
  | 'not-a-whole-number'
  | 'out-of-range'
  | 'unknown-member'
  | 'unknown-tie'
  | 'same-member'
  | 'already-tied'
  | 'too-many-members'
  | 'too-many-ties';

export interface FieldProblem<F extends string = MemberField | TieField> {
  field: F;
  code: InputProblemCode;
  params?: Record<string, string | number>;
}

/** Empty or all-space text means "not given". */
const text = (value: string | undefined): string | undefined => {
  const t = value?.trim();
  return t ? t : undefined;
};

const exchange = (e: ExchangeInput): Exchange => {
  const t = text(e.text);
  return t === undefined ? { category: e.category } : { category: e.category, text: t };
};

/** The member as it will be stored: trimmed, empty optionals dropped, "other" words only for "other". */
export function tidyMember(id: string, input: MemberInput): Member {
  const m: Member = {
    id,
    name: input.name.trim(),
    sector: input.sector,
    kind: input.kind,
    needs: (input.needs ?? []).map(exchange),
    offers: (input.offers ?? []).map(exchange),
  };
  const sectorOther = input.sector === 'other' ? text(input.sectorOther) : undefined;
  if (sectorOther !== undefined) m.sectorOther = sectorOther;
  if (input.size !== undefined) m.size = input.size;
  if (input.founded !== undefined) m.founded = input.founded;
  const place = text(input.place);
  if (place !== undefined) m.place = place;
  return m;
}

function wholeNumber(field: MemberField | TieField, value: number | undefined, min: number, max: number): FieldProblem[] {
  if (value === undefined) return [];
  if (!Number.isInteger(value)) return [{ field, code: 'not-a-whole-number', params: { value } }];
  if (value < min || value > max) return [{ field, code: 'out-of-range', params: { value, min, max } }];
  return [];
}

function length(field: MemberField, value: string | undefined, max: number): FieldProblem[] {
  return value !== undefined && value.length > max ? [{ field, code: 'too-long', params: { max } }] : [];
}

/** Lookups the checks need, built once per map so a 5,000-row import stays linear. */
export interface MapIndex {
  memberIds: Set<string>;
  /** nameKey(name) → member id */
  byName: Map<string, string>;
  /** pairKey(from, to) → tie id */
  byPair: Map<string, string>;
  tieCount: number;
}

export function indexMap(map: NetworkMap): MapIndex {
  return {
    memberIds: new Set(map.members.map((m) => m.id)),
    byName: new Map(map.members.map((m) => [nameKey(m.name), m.id])),
    byPair: new Map(map.ties.map((t) => [pairKey(t.from, t.to), t.id])),
    tieCount: map.ties.length,
  };
}

/**
 * What is wrong with a tidied member on this map (an empty list when nothing is). `replacing` is
 * the id of the member it updates, so a member may keep its own name.
 */
export function memberProblems(index: MapIndex, m: Member, replacing?: string): FieldProblem<MemberField>[] {
  const problems: FieldProblem[] = [];
  if (m.name === '') problems.push({ field: 'name', code: 'required' });
  problems.push(...length('name', m.name, MAP_LIMITS.nameLength));
  const holder = index.byName.get(nameKey(m.name));
  if (m.name !== '' && holder !== undefined && holder !== replacing) {
    problems.push({ field: 'name', code: 'duplicate-name', params: { name: m.name } });
  }
  problems.push(...length('sector', m.sectorOther, MAP_LIMITS.sectorOtherLength));
  problems.push(...wholeNumber('size', m.size, 0, MAP_LIMITS.size));
  problems.push(...wholeNumber('founded', m.founded, MAP_LIMITS.minYear, MAP_LIMITS.maxYear));
  problems.push(...length('place', m.place, MAP_LIMITS.placeLength));
  for (const field of ['needs', 'offers'] as const) {
    if (m[field].length > MAP_LIMITS.exchanges) problems.push({ field, code: 'too-many', params: { max: MAP_LIMITS.exchanges } });
    if (m[field].some((e) => (e.text?.length ?? 0) > MAP_LIMITS.exchangeTextLength)) {
      problems.push({ field, code: 'too-long', params: { max: MAP_LIMITS.exchangeTextLength } });
    }
  }
  if (replacing === undefined && index.memberIds.size >= MAP_LIMITS.members) {
    problems.push({ field: 'name', code: 'too-many-members', params: { max: MAP_LIMITS.members } });
  }
  return problems as FieldProblem<MemberField>[];
}

export function tidyTie(id: string, input: TieInput): Tie {
  // Kinds in the list's order, each once, so the same tie is always written the same way.
  const kinds = TIE_KINDS.filter((k) => input.kinds.includes(k));
  const t: Tie = { id, from: input.from, to: input.to, kinds, written: input.written };
  if (input.since !== undefined) t.since = input.since;
  return t;
}

/** What is wrong with a tidied tie on this map; `replacing` is the id of the tie it updates. */
export function tieProblems(index: MapIndex, t: Tie, replacing?: string): FieldProblem<TieField>[] {
  const problems: FieldProblem[] = [];
  const ids = index.memberIds;
  if (!ids.has(t.from)) problems.push({ field: 'from', code: t.from === '' ? 'required' : 'unknown-member', params: { id: t.from } });
  if (!ids.has(t.to)) problems.push({ field: 'to', code: t.to === '' ? 'required' : 'unknown-member', params: { id: t.to } });
  if (t.from !== '' && t.from === t.to) problems.push({ field: 'to', code: 'same-member' });
  if (t.kinds.length === 0) problems.push({ field: 'kinds', code: 'required' });
  problems.push(...wholeNumber('since', t.since, MAP_LIMITS.minYear, MAP_LIMITS.maxYear));
  const other = index.byPair.get(pairKey(t.from, t.to));
  if (t.from !== t.to && other !== undefined && other !== replacing) {
    problems.push({ field: 'to', code: 'already-tied', params: { tieId: other } });
  }
  if (replacing === undefined && index.tieCount >= MAP_LIMITS.ties) {
    problems.push({ field: 'from', code: 'too-many-ties', params: { max: MAP_LIMITS.ties } });
  }
  return problems as FieldProblem<TieField>[];
}
