// Action plans, of an assessment or a workshop (the same list in both), and the review of last time's
// plan at the next assessment. Each change goes through a pure function of src/core/action-plan.ts.
import type { StateCreator } from 'zustand';
import type { Action } from '../core/action';
import { reviewAction, setCarried } from '../core/action-plan';
import type { ReviewChange } from '../core/action-plan';
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
  /** Records, at assessment `currentId`, the review of action `actionId` of the earlier assessment `previousId`. */
  reviewLastTime: (currentId: string, previousId: string, actionId: string, change: ReviewChange) => void;
  /** Carries an open action of the earlier assessment into this one's plan, or takes it out. */
  carryLastTime: (currentId: string, previousId: string, actionId: string, carried: boolean) => void;
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
    reviewLastTime: (currentId, previousId, actionId, change) =>
      set((state) => {
        const own = (id: string) => (Object.hasOwn(state.assessments, id) ? state.assessments[id]! : null);
        const [current, previous] = [own(currentId), own(previousId)];
        if (!current || !previous) return {};
        const stamp = new Date();
        const plans = reviewAction(previous.actions, current.actions, actionId, change, { assessmentId: currentId, at: stamp });
        const at = stamp.toISOString();
        return {
          assessments: {
            ...state.assessments,
            [previousId]: { ...previous, actions: plans.previous, updatedAt: at },
            [currentId]: { ...current, actions: plans.current, updatedAt: at },
          },
        };
      }),
    carryLastTime: (currentId, previousId, actionId, carried) =>
      set((state) => {
        const current = Object.hasOwn(state.assessments, currentId) ? state.assessments[currentId]! : null;
        const previous = Object.hasOwn(state.assessments, previousId) ? state.assessments[previousId]! : null;
        if (!current || !previous) return {};
        const actions = setCarried(previous.actions, current.actions, actionId, carried);
        return { assessments: { ...state.assessments, [currentId]: { ...current, actions, updatedAt: new Date().toISOString() } } };
      }),
  };
};
