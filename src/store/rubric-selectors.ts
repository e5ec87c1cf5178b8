// Reading the store with the rubric: an assessment's rubric and its derived scores.
// Only screens loaded on demand use this, so the rubric stays off the first screen.
import { useMemo } from 'react';
import { builtinRubrics } from '../core/builtin-rubrics';
import type { Assessment, RubricRef } from '../core/assessment';
import { resolveRubric } from '../core/own-rubrics';
import type { Rubric } from '../core/rubric-schema';
import { scoreAssessment } from '../core/scoring';
import type { AssessmentScore } from '../core/scoring';
import { useAppStore } from './store';

const ownRubrics = (): Rubric[] => Object.values(useAppStore.getState().ownRubrics).map((e) => e.rubric);

/** Every rubric this browser knows: the built-in ones (in the chosen language), then the library's own rubrics. */
export function allRubrics(): readonly Rubric[] {
  return [...builtinRubrics(), ...ownRubrics()];
}

/** The rubric a record refers to, built-in (in the chosen language) or from this browser's library. */
export function findAnyRubric(ref: Pick<RubricRef, 'id' | 'version'>): Rubric | null {
  return resolveRubric(ref, builtinRubrics(), ownRubrics());
}

export function rubricOf(assessment: Assessment | null): Rubric | null {
  return assessment ? findAnyRubric(assessment.rubric) : null;
}

/** Scores are derived on read and never stored. */
export function useScore(assessment: Assessment | null, rubric: Rubric | null): AssessmentScore | null {
  return useMemo(
    () => (assessment && rubric ? scoreAssessment(rubric, assessment.answers) : null),
    [assessment, rubric],
  );
}
