// Changes to a network map, as pure functions: each returns a new map (the one given is never
// changed) or the problems that stopped it, in the codes of network-map-input.ts.
import { newId } from './assessment';
import { indexMap, memberProblems, tidyMember, tidyTie, tieProblems } from './network-map-input';
import type { FieldProblem, MemberField, MemberInput, TieField, TieInput } from './network-map-input';
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

/** The member's entry as a form would fill it, for editing. */
export function memberInput(m: Member): MemberInput {
  const { id: _id, ...rest } = m;
  return rest;
}

export function tieInput(t: Tie): TieInput {
  const { id: _id, ...rest } = t;
  return rest;
}
