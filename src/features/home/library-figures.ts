// What a library card shows of an assessment's answers: how many are answered and the overall index.
// Loaded with the rubric after the start page has drawn, so the first screen does not pay for scoring.
import type { Assessment } from '../../core/assessment';
import { overallProgress } from '../../core/progress';
import type { Rubric } from '../../core/rubric-schema';
import { scoreAssessment } from '../../core/scoring';
import { findRubric } from '../../core/builtin-rubrics';

export interface CardFigures {
  answered: number;
  total: number;
  /** The overall resilience index, unrounded; null when there are too few answers. */
  overall: number | null;
}

export function cardFigures(assessment: Assessment, rubric: Rubric | null = findRubric(assessment.rubric)): CardFigures | null {
  if (!rubric) return null;
  return { ...overallProgress(rubric, assessment.answers), overall: scoreAssessment(rubric, assessment.answers).overall };
}
