// Scoring: turns answers into principle scores, coverage and an overall resilience index.
//
// The rules, in plain words (docs/scoring.md says the same at more length):
// - Each indicator is answered with a level from 0 to 4, "Not applicable" (N/A) or "Don't know".
//   N/A and "Don't know" are left out of every score; "Don't know" answers are counted and
//   reported on their own, because not knowing is itself a finding.
// - A principle's score is 100 × (mean of its indicators' levels) ÷ 4, so 0–100.
//   It exists only when at least half of the principle's indicators have a level;
//   otherwise the principle reads "not enough answers" (score null).
// - Coverage is the share of indicators that have a level (N/A, "Don't know" and blanks do not).
// - The overall resilience index is the mean of the principle scores that exist; the weakest
//   principle is the one with the lowest score (the first in rubric order on a tie).
// - A band is the last band in the rubric whose min is at or below the score.
// - A workshop session may cover only some principles (coverage.ts): a principle left out has no
//   score (never a zero) and is marked not covered; the index, the weakest principle and the
//   counts of answers are over the covered principles alone.
// Nothing here rounds: rounding is for display only.
import { DONT_KNOW, NOT_APPLICABLE } from './answers';
import type { Answers } from './answers';
import type { Band, Principle, Rubric } from './rubric-schema';

/**
 * What an indicator contributes: a level (possibly fractional, e.g. a group median of 2.5),
 * N/A, "Don't know", or nothing yet.
 */
export type IndicatorValue = number | typeof NOT_APPLICABLE | typeof DONT_KNOW | undefined;

export interface PrincipleScore {
  principleId: string;
  /** 0–100, unrounded; null when fewer than half the indicators have a level. */
  score: number | null;
  band: Band | null;
  /** Mean level on the 0–4 scale, unrounded; null when nothing has a level. */
  meanLevel: number | null;
  total: number;
  /** Indicators with a level (0–4). */
  levelled: number;
  notApplicable: number;
  dontKnow: number;
  unanswered: number;
  /** levelled ÷ total. */
  coverage: number;
  /** False for a principle a workshop session left out: no score, and none of its answers count. */
  covered: boolean;
}

export interface AssessmentScore {
  principles: PrincipleScore[];
  /** Mean of the principle scores that exist; null when none does. */
  overall: number | null;
  overallBand: Band | null;
  /** The lowest-scoring principle with a score; null when none has one. */
  weakestPrincipleId: string | null;
  total: number;
  levelled: number;
  notApplicable: number;
  dontKnow: number;
  unanswered: number;
  coverage: number;
}

/**
 * Scores are means of fractions (e.g. 100 × 2/3 ÷ 4), so a score that is exactly a threshold on
 * paper can come out a hair below it in floating point. Thresholds are compared with this tolerance.
 */
const TOLERANCE = 1e-9;

/** Whether a score reaches a threshold (a band's min, a recommendation tier). */
export function reaches(score: number, threshold: number): boolean {
  return score + TOLERANCE >= threshold;
}

export function bandFor(rubric: Rubric, score: number | null): Band | null {
  if (score === null) return null;
  let found: Band | null = null;
  for (const band of rubric.bands) if (reaches(score, band.min)) found = band;
  return found;
}

export function scorePrinciple(
  rubric: Rubric,
  principle: Principle,
  valueOf: (indicatorId: string) => IndicatorValue,
  covered = true,
): PrincipleScore {
  let sum = 0;
  let levelled = 0;
  let notApplicable = 0;
  let dontKnow = 0;
  for (const indicator of principle.indicators) {
    const value = covered ? valueOf(indicator.id) : undefined;
    if (typeof value === 'number') {
      sum += value;
      levelled += 1;
    } else if (value === NOT_APPLICABLE) notApplicable += 1;
    else if (value === DONT_KNOW) dontKnow += 1;
  }
  const total = principle.indicators.length;
  const meanLevel = levelled > 0 ? sum / levelled : null;
  const enough = levelled * 2 >= total && levelled > 0;
  const score = enough && meanLevel !== null ? (100 * meanLevel) / 4 : null;
  return {
    principleId: principle.id,
    score,
    band: bandFor(rubric, score),
    meanLevel,
    total,
    levelled,
    notApplicable,
    dontKnow,
    unanswered: total - levelled - notApplicable - dontKnow,
    coverage: total > 0 ? levelled / total : 0,
    covered,
  };
}

/**
 * Scores any source of indicator values: one person's answers or a group's values. `covers` says
 * which principles a workshop session covered (coverage.ts); by default, all.
 */
export function scoreValues(
  rubric: Rubric,
  valueOf: (indicatorId: string) => IndicatorValue,
  covers: (principleId: string) => boolean = () => true,
): AssessmentScore {
  const all = rubric.principles.map((p) => scorePrinciple(rubric, p, valueOf, covers(p.id)));
  const counted = all.filter((p) => p.covered);
  const scored = counted.filter((p): p is PrincipleScore & { score: number } => p.score !== null);
  const overall = scored.length > 0 ? scored.reduce((acc, p) => acc + p.score, 0) / scored.length : null;
  let weakest: (PrincipleScore & { score: number }) | null = null;
  for (const p of scored) if (weakest === null || p.score < weakest.score) weakest = p;
  const sum = (key: 'total' | 'levelled' | 'notApplicable' | 'dontKnow' | 'unanswered') =>
    counted.reduce((acc, p) => acc + p[key], 0);
  const total = sum('total');
  const levelled = sum('levelled');
  return {
    principles: all,
    overall,
    overallBand: bandFor(rubric, overall),
    weakestPrincipleId: weakest?.principleId ?? null,
    total,
    levelled,
    notApplicable: sum('notApplicable'),
    dontKnow: sum('dontKnow'),
    unanswered: sum('unanswered'),
    coverage: total > 0 ? levelled / total : 0,
  };
}

/** Scores one person's answers against a rubric. Answers for ids the rubric lacks are ignored. */
export function scoreAssessment(rubric: Rubric, answers: Answers): AssessmentScore {
  return scoreValues(rubric, (id) => answers[id]?.value);
}
