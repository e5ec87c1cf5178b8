// The library of own rubrics: a federation's rubric files, checked when added, kept in this browser,
// each with the translations of it added here.
import type { StateCreator } from 'zustand';
import { ownRubricKey } from '../core/own-rubrics';
import type { OwnRubric } from '../core/own-rubrics';
import type { Rubric } from '../core/rubric-schema';
import type { RubricTranslation } from '../core/rubric-translation';
import type { AppState } from './store';

export interface RubricsSlice {
  ownRubrics: Record<string, OwnRubric>;
  /**
   * Adds a validated rubric (replacing the same id and version) and returns its key. `translations`:
   * those to keep with it (the caller checks that they still fit when the rubric is replaced).
   */
  addOwnRubric: (rubric: Rubric, translations?: Record<string, RubricTranslation>) => string;
  /** Keeps a checked translation with the library's rubric of its id and version (a newer one for the same language replaces it). */
  addOwnTranslation: (translation: RubricTranslation) => boolean;
  /** Removes one from the library and returns it, so the caller can offer to undo. */
  removeOwnRubric: (key: string) => OwnRubric | null;
  restoreOwnRubric: (entry: OwnRubric) => void;
}

export const createRubricsSlice: StateCreator<AppState, [], [], RubricsSlice> = (set, get) => ({
  ownRubrics: {},
  addOwnRubric: (rubric, translations) => {
    const key = ownRubricKey(rubric);
    const entry: OwnRubric = { rubric, addedAt: new Date().toISOString() };
    if (translations && Object.keys(translations).length > 0) entry.translations = translations;
    set((state) => ({ ownRubrics: { ...state.ownRubrics, [key]: entry } }));
    return key;
  },
  addOwnTranslation: (translation) => {
    const key = ownRubricKey(translation.rubric);
    const entry = Object.hasOwn(get().ownRubrics, key) ? get().ownRubrics[key]! : null;
    if (!entry) return false;
    const translations = { ...entry.translations, [translation.language]: translation };
    set((state) => ({ ownRubrics: { ...state.ownRubrics, [key]: { ...entry, translations } } }));
    return true;
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
