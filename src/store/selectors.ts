// Reading the store: the active assessment, its rubric, and its derived scores.
import { useMemo } from 'react';
import { findRubric } from '../core/builtin-rubrics';
import type { Assessment } from '../core/assessment';
import type { Rubric } from '../core/rubric-schema';
import { scoreAssessment } from '../core/scoring';
import type { AssessmentScore } from '../core/scoring';
import { useAppStore } from './store';
import type { AppState } from './store';

export const selectActiveAssessment = (state: AppState): Assessment | null =>
  state.activeId ? (state.assessments[state.activeId] ?? null) : null;

export function useActiveAssessment(): Assessment | null {
  return useAppStore(selectActiveAssessment);
}

export function rubricOf(assessment: Assessment | null): Rubric | null {
  return assessment ? findRubric(assessment.rubric) : null;
}

/** Scores are derived on read and never stored. */
export function useScore(assessment: Assessment | null, rubric: Rubric | null): AssessmentScore | null {
  return useMemo(
    () => (assessment && rubric ? scoreAssessment(rubric, assessment.answers) : null),
    [assessment, rubric],
  );
}

export const selectAssessmentList = (state: AppState): Assessment[] =>
  Object.values(state.assessments).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
