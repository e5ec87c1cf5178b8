// Action plans, of an assessment or a workshop (the same list in both), and the review of last time's
// plan at the next assessment. Each change is a pure function of src/core/action-plan.ts, passed in by
// the screen that makes it (so those functions load with that screen, not with the first one).
import type { StateCreator } from 'zustand';
import type { Action } from '../core/action';
import type { AppState } from './store';

/** Whose plan: an assessment's or a workshop's. */
export interface PlanOwner {
  kind: 'assessment' | 'workshop';
  id: string;
}

export interface PlansSlice {
  /** Applies a pure change to a plan's list of actions. */
  changePlan: (owner: PlanOwner, change: (actions: Action[]) => Action[]) => void;
  setBoardAsk: (owner: PlanOwner, text: string) => void;
  /**
   * Changes the plans of an earlier assessment and of the one that reviews it together, in one save:
   * a review updates last time's action and this time's carried copy at once.
   */
  changeBothPlans: (
    previousId: string,
    currentId: string,
    change: (previous: Action[], current: Action[]) => { previous: Action[]; current: Action[] },
  ) => void;
}

type Plan = { actions: Action[]; boardAsk?: string; updatedAt: string };

function changeOne<T extends Plan>(records: Record<string, T>, id: string, change: (r: T) => T): Record<string, T> | null {
  const current = Object.hasOwn(records, id) ? records[id]! : null;
  if (!current) return null;
  const next = change(current);
  if (next === current) return null;
  return { ...records, [id]: { ...next, updatedAt: new Date().toISOString() } };
}

export const createPlansSlice: StateCreator<AppState, [], [], PlansSlice> = (set) => {
  const update = (owner: PlanOwner, change: <T extends Plan>(r: T) => T) =>
    set((state) => {
      if (owner.kind === 'assessment') {
        const assessments = changeOne(state.assessments, owner.id, change);
        return assessments ? { assessments } : {};
      }
      const workshops = changeOne(state.workshops, owner.id, change);
      return workshops ? { workshops } : {};
    });
  return {
    changePlan: (owner, change) => update(owner, (r) => ({ ...r, actions: change(r.actions) })),
    setBoardAsk: (owner, text) =>
      update(owner, (r) => {
        if ((r.boardAsk ?? '') === text) return r;
        const { boardAsk: _old, ...rest } = r;
        return (text === '' ? rest : { ...rest, boardAsk: text }) as typeof r;
      }),
    changeBothPlans: (previousId, currentId, change) =>
      set((state) => {
        const own = (id: string) => (Object.hasOwn(state.assessments, id) ? state.assessments[id]! : null);
        const [previous, current] = [own(previousId), own(currentId)];
        if (!previous || !current || previousId === currentId) return {};
        const plans = change(previous.actions, current.actions);
        const at = new Date().toISOString();
        const stamp = (a: typeof previous, actions: Action[]) => (actions === a.actions ? a : { ...a, actions, updatedAt: at });
        return { assessments: { ...state.assessments, [previousId]: stamp(previous, plans.previous), [currentId]: stamp(current, plans.current) } };
      }),
  };
};
