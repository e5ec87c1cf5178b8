// Changes to a network map, as pure functions: each returns a new map (the one given is never
// changed) or the problems that stopped it, in the codes of network-map-input.ts.
import { newId } from './new-id';
import { indexMap, memberProblems, tidyMember, tidyTie, tieProblems } from './network-map-input';
import type { FieldProblem, MemberField, MemberInput, TieField, TieInput } from './network-map-input';
import { pairKey } from './network-map';
import type { Member, NetworkMap, Tie } from './network-map';

export interface EditOptions {
  now?: Date;
  /** Makes ids for new members and ties; tests pass a counter. */
  makeId?: () => string;
}

export type EditResult<F extends string> = { ok: true; map: NetworkMap; id: string } | { ok: false; problems: FieldProblem<F>[] };

const stamp = (options: EditOptions | undefined): string => (options?.now ?? new Date()).toISOString();

export function addMember(map: NetworkMap, input: MemberInput, options?: EditOptions): EditResult<MemberField> {
  const member = tidyMember((options?.makeId ?? newId)(), input);
  const problems = memberProblems(indexMap(map), member);
  if (problems.length) return { ok: false, problems };
  return { ok: true, id: member.id, map: { ...map, members: [...map.members, member], updatedAt: stamp(options) } };
}

/** Replaces what a member's form holds; the member keeps its id and its ties. */
export function updateMember(map: NetworkMap, id: string, input: MemberInput, options?: EditOptions): EditResult<MemberField> {
  const at = map.members.findIndex((m) => m.id === id);
  if (at < 0) return { ok: false, problems: [{ field: 'name', code: 'unknown-member', params: { id } }] };
  const member = tidyMember(id, input);
  const problems = memberProblems(indexMap(map), member, id);
  if (problems.length) return { ok: false, problems };
  return { ok: true, id, map: { ...map, members: map.members.with(at, member), updatedAt: stamp(options) } };
}

/** Removes a member and every tie it has. */
export function removeMember(map: NetworkMap, id: string, options?: EditOptions): NetworkMap {
  if (!map.members.some((m) => m.id === id)) return map;
  return {
    ...map,
    members: map.members.filter((m) => m.id !== id),
    ties: map.ties.filter((t) => t.from !== id && t.to !== id),
    updatedAt: stamp(options),
  };
}

/** Ties two members; a pair has one tie, so tying an already tied pair is refused with its tie's id. */
export function addTie(map: NetworkMap, input: TieInput, options?: EditOptions): EditResult<TieField> {
  const tie = tidyTie((options?.makeId ?? newId)(), input);
  const problems = tieProblems(indexMap(map), tie);
  if (problems.length) return { ok: false, problems };
  return { ok: true, id: tie.id, map: { ...map, ties: [...map.ties, tie], updatedAt: stamp(options) } };
}

export function updateTie(map: NetworkMap, id: string, input: TieInput, options?: EditOptions): EditResult<TieField> {
  const at = map.ties.findIndex((t) => t.id === id);
  if (at < 0) return { ok: false, problems: [{ field: 'from', code: 'unknown-tie', params: { id } }] };
  const tie = tidyTie(id, input);
  const problems = tieProblems(indexMap(map), tie, id);
  if (problems.length) return { ok: false, problems };
  return { ok: true, id, map: { ...map, ties: map.ties.with(at, tie), updatedAt: stamp(options) } };
}

export function removeTie(map: NetworkMap, id: string, options?: EditOptions): NetworkMap {
  if (!map.ties.some((t) => t.id === id)) return map;
  return { ...map, ties: map.ties.filter((t) => t.id !== id), updatedAt: stamp(options) };
}

/** What removing a member took away, so that it can be put back. */
export interface RemovedMember {
  member: Member;
  /** Its place in the list of members. */
  at: number;
  ties: Tie[];
}

/** What removeMember would take away: the member, where it stood, and its ties. */
export function removedMember(map: NetworkMap, id: string): RemovedMember | null {
  const at = map.members.findIndex((m) => m.id === id);
  if (at < 0) return null;
  return { member: map.members[at]!, at, ties: map.ties.filter((t) => t.from === id || t.to === id) };
}

/**
 * Undoes a removal: the member back in its place, with each of its ties whose other member is still
 * on the map. Refused (the map returned unchanged) if its name or id has been taken meanwhile.
 */
export function restoreMember(map: NetworkMap, removed: RemovedMember, options?: EditOptions): NetworkMap {
  const index = indexMap(map);
  if (index.memberIds.has(removed.member.id) || memberProblems(index, removed.member).length) return map;
  const members = [...map.members];
  members.splice(Math.min(removed.at, members.length), 0, removed.member);
  const ids = new Set(members.map((m) => m.id));
  const tieIds = new Set(map.ties.map((t) => t.id));
  const ties = removed.ties.filter((t) => ids.has(t.from) && ids.has(t.to) && !tieIds.has(t.id) && !index.byPair.has(pairKey(t.from, t.to)));
  return { ...map, members, ties: [...map.ties, ...ties], updatedAt: stamp(options) };
}

/** Undoes removeTie: the tie back in its place, unless its pair has been tied again meanwhile. */
export function restoreTie(map: NetworkMap, tie: Tie, at: number, options?: EditOptions): NetworkMap {
  const index = indexMap(map);
  if (tieProblems(index, tie).length || map.ties.some((t) => t.id === tie.id)) return map;
  const ties = [...map.ties];
  ties.splice(Math.min(at, ties.length), 0, tie);
  return { ...map, ties, updatedAt: stamp(options) };
}

/** The member's entry as a form would fill it, for editing. */
export function memberInput(m: Member): MemberInput {
  const { id: _id, ...rest } = m;
  return rest;
}

export function tieInput(t: Tie): TieInput {
  const { id: _id, ...rest } = t;
  return rest;
}
