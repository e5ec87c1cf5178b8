// Reading the store with the rubric: an assessment's rubric and its derived scores.
// Only screens loaded on demand use this, so the rubric stays off the first screen.
import { useMemo } from 'react';
import { findRubric } from '../core/builtin-rubrics';
import type { Assessment } from '../core/assessment';
import type { Rubric } from '../core/rubric-schema';
import { scoreAssessment } from '../core/scoring';
import type { AssessmentScore } from '../core/scoring';

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
