// Changing an action plan, as pure functions over the list: add (one's own or a rubric
// recommendation, copied in and kept linked), edit, move, remove and put back; and the review of last
// time's plan at the next assessment: each action's status and note, and open ones carried forward.
import { isOpen } from './action';
import type { Action, ActionStatus } from './action';
import { carriedCopy } from './action-carry';
import { newId } from './assessment';
import { localDate } from './calendar-day';
import type { Principle, Recommendation } from './rubric-schema';

export { carriedCopy, carryForward } from './action-carry';

export type ActionFields = Partial<Pick<Action, 'text' | 'owner' | 'due' | 'status' | 'note' | 'principleId' | 'indicatorId'>>;

export function newAction(fields: ActionFields = {}): Action {
  return { id: newId(), text: '', owner: '', due: '', status: 'not-started', note: '', ...fields };
}

/**
 * An action copied from a rubric recommendation: its text, its first step as the note (the user can
 * change both), linked to its principle and recommendation. Who typically leads it is a hint for the
 * owner (the rubric names a role, the plan a person), shown beside the field, not typed into it.
 */
export function actionFromRecommendation(principle: Principle, rec: Recommendation): Action {
  return { ...newAction({ text: rec.text, note: rec.firstStep ?? '', principleId: principle.id }), recommendationId: rec.id };
}

/** Whether a recommendation is already in the plan (and how many times: once is the norm). */
export function inPlan(actions: readonly Action[], recommendationId: string): boolean {
  return actions.some((a) => a.recommendationId === recommendationId);
}

/** Changes one action's fields; "done" records the day, any other status clears it. */
export function editAction(actions: readonly Action[], id: string, fields: ActionFields, today: string): Action[] {
  return actions.map((a) => {
    if (a.id !== id) return a;
    const next: Action = { ...a, ...fields };
    if (fields.status !== undefined && fields.status !== a.status) {
      if (fields.status === 'done') next.doneOn = today;
      else delete next.doneOn;
    }
    return next;
  });
}

/** Moves an action to a position (0 = first); positions past the ends are clamped. */
export function moveAction(actions: readonly Action[], id: string, to: number): Action[] {
  const from = actions.findIndex((a) => a.id === id);
  if (from < 0) return [...actions];
  const target = Math.max(0, Math.min(actions.length - 1, to));
  const out = [...actions];
  const [moved] = out.splice(from, 1);
  out.splice(target, 0, moved!);
  return out;
}

export interface Removed {
  action: Action;
  index: number;
}

export function removeAction(actions: readonly Action[], id: string): { actions: Action[]; removed: Removed | null } {
  const index = actions.findIndex((a) => a.id === id);
  if (index < 0) return { actions: [...actions], removed: null };
  return { actions: actions.filter((a) => a.id !== id), removed: { action: actions[index]!, index } };
}

/** Puts back a removed action where it was (or at the end, if the list has since shrunk). */
export function restoreAction(actions: readonly Action[], removed: Removed): Action[] {
  if (actions.some((a) => a.id === removed.action.id)) return [...actions];
  const out = [...actions];
  out.splice(Math.min(removed.index, out.length), 0, removed.action);
  return out;
}

/** Statuses a review can set: an action reviewed is done, still in progress, or dropped. */
export const REVIEW_STATUSES = ['done', 'in-progress', 'dropped'] as const satisfies readonly ActionStatus[];

export interface ReviewChange {
  status?: ActionStatus;
  note?: string;
}

/**
 * Records the review of last time's action `id` at assessment `by`: its status and note change in
 * last time's plan (so the history is true) and the review is stamped; the new plan keeps a carried
 * copy only while the action is open. Returns both plans.
 */
export function reviewAction(
  previous: readonly Action[],
  current: readonly Action[],
  id: string,
  change: ReviewChange,
  by: { assessmentId: string; at: Date },
): { previous: Action[]; current: Action[] } {
  const reviewed = editAction(previous, id, change, localDate(by.at)).map((a) =>
    a.id === id ? { ...a, review: { assessmentId: by.assessmentId, at: by.at.toISOString() } } : a,
  );
  const action = reviewed.find((a) => a.id === id);
  if (!action) return { previous: [...previous], current: [...current] };
  const copy = current.find((a) => a.carriedFrom === id);
  let next = [...current];
  if (!isOpen(action) && copy) next = next.filter((a) => a !== copy);
  else if (copy && change.status !== undefined) next = next.map((a) => (a === copy ? { ...a, status: action.status } : a));
  return { previous: reviewed, current: next };
}

/** Carries last time's open action into the new plan, or takes its copy out again. */
export function setCarried(previous: readonly Action[], current: readonly Action[], id: string, carried: boolean): Action[] {
  const action = previous.find((a) => a.id === id);
  const has = current.some((a) => a.carriedFrom === id);
  if (!action || carried === has) return [...current];
  if (!carried) return current.filter((a) => a.carriedFrom !== id);
  return isOpen(action) ? [...current, carriedCopy(action)] : [...current];
}
