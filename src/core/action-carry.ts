// Carrying last time's open actions into a new plan: the default when a network is re-assessed. Kept
// apart from the other plan changes (action-plan.ts) because the store needs it on the first screen.
import { isOpen } from './action';
import type { Action } from './action';
import { newId } from './assessment';

/** A copy of an open action for the next plan: same aim, owner and date, its own id, linked back. */
export function carriedCopy(action: Action): Action {
  const { id: _id, review: _review, doneOn: _done, carriedFrom: _from, ...rest } = action;
  return { ...rest, id: newId(), carriedFrom: action.id };
}

/** The open actions of last time's plan, carried into a new plan (the default of a re-assessment). */
export function carryForward(previous: readonly Action[]): Action[] {
  return previous.filter(isOpen).map(carriedCopy);
}
