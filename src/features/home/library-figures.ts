// What a library card shows of an assessment's answers: how many are answered and the overall index.
// Loaded with the rubric after the start page has drawn, so the first screen does not pay for scoring.
import type { Assessment } from '../../core/assessment';
import { overallProgress } from '../../core/progress';
import type { Rubric } from '../../core/rubric-schema';
import { scoreAssessment } from '../../core/scoring';
import { BUILTIN_RUBRICS } from '../../core/builtin-rubrics';
import { resolveRubric } from '../../core/own-rubrics';

export interface CardFigures {
  answered: number;
  total: number;
  /** The overall resilience index, unrounded; null when there are too few answers. */
  overall: number | null;
}

/** `own`: the library's own rubrics, for an assessment made on one of them. */
export function cardFigures(assessment: Assessment, own: readonly Rubric[] = []): CardFigures | null {
  const rubric = resolveRubric(assessment.rubric, BUILTIN_RUBRICS, own);
  if (!rubric) return null;
  return { ...overallProgress(rubric, assessment.answers), overall: scoreAssessment(rubric, assessment.answers).overall };
}
