// The library of own rubrics: a federation's rubric files, checked when added, kept in this browser.
import type { StateCreator } from 'zustand';
import { ownRubricKey } from '../core/own-rubrics';
import type { OwnRubric } from '../core/own-rubrics';
import type { Rubric } from '../core/rubric-schema';
import type { AppState } from './store';

export interface RubricsSlice {
  ownRubrics: Record<string, OwnRubric>;
  /** Adds a validated rubric (replacing the same id and version) and returns its key. */
  addOwnRubric: (rubric: Rubric) => string;
  /** Removes one from the library and returns it, so the caller can offer to undo. */
  removeOwnRubric: (key: string) => OwnRubric | null;
  restoreOwnRubric: (entry: OwnRubric) => void;
}

export const createRubricsSlice: StateCreator<AppState, [], [], RubricsSlice> = (set, get) => ({
  ownRubrics: {},
  addOwnRubric: (rubric) => {
    const key = ownRubricKey(rubric);
    set((state) => ({ ownRubrics: { ...state.ownRubrics, [key]: { rubric, addedAt: new Date().toISOString() } } }));
    return key;
  },
  removeOwnRubric: (key) => {
    const entry = Object.hasOwn(get().ownRubrics, key) ? get().ownRubrics[key]! : null;
    if (!entry) return null;
    set((state) => {
      const { [key]: _gone, ...rest } = state.ownRubrics;
      return { ownRubrics: rest };
    });
    return entry;
  },
  restoreOwnRubric: (entry) =>
    set((state) => ({ ownRubrics: { ...state.ownRubrics, [ownRubricKey(entry.rubric)]: entry } })),
});
