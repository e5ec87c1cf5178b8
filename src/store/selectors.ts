// Reading the store without the rubric: what the first screen and the app shell need.
import type { Assessment } from '../core/assessment';
import { useAppStore } from './store';
import type { AppState } from './store';

export const selectActiveAssessment = (state: AppState): Assessment | null =>
  state.activeId ? (state.assessments[state.activeId] ?? null) : null;

export function useActiveAssessment(): Assessment | null {
  return useAppStore(selectActiveAssessment);
}

export const selectAssessmentList = (state: AppState): Assessment[] =>
  Object.values(state.assessments).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
