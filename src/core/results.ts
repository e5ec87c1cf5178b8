// What the results screen and the report say beyond the raw scores: strengths and gaps, the
// priorities (each principle's next steps, weakest first), and where the network stands on the
// stage ladder. Each rule is written once here and used by the screen and every export.
import type { Answers } from './answers';
import { reaches } from './scoring';
import type { AssessmentScore, IndicatorValue, PrincipleScore } from './scoring';
import type { Indicator, Principle, Recommendation, Rubric, Stage } from './rubric-schema';

export type RecommendationTier = 'low' | 'middle' | 'high';

export interface RankedIndicator {
  principle: Principle;
  indicator: Indicator;
  /** "1.3": principle number and indicator number. */
  number: string;
  /** The value ranked on: a level, or a group median such as 3.5. */
  value: number;
}

/** How many strengths and gaps to name. */
export const HIGHLIGHT_COUNT = 3;

/**
 * The one rule for strengths and gaps, for the results screen and every report: strengths are the
 * highest-valued indicators at 3 or above, gaps the lowest at 1 or below. Values may be fractional
 * group medians. Level 2 is neither: calling a middling answer a strength (or a gap) would mislead.
 * Ties keep rubric order; N/A, "Don't know" and blanks are neither.
 */
export function rankHighlights(
  rubric: Rubric,
  valueOf: (indicatorId: string) => IndicatorValue,
  count: number = HIGHLIGHT_COUNT,
): { strengths: RankedIndicator[]; gaps: RankedIndicator[] } {
  const ranked: RankedIndicator[] = rubric.principles.flatMap((principle, pi) =>
    principle.indicators.flatMap((indicator, ii) => {
      const value = valueOf(indicator.id);
      return typeof value === 'number' ? [{ principle, indicator, number: `${pi + 1}.${ii + 1}`, value }] : [];
    }),
  );
  return {
    strengths: ranked.filter((r) => r.value >= 3).sort((a, b) => b.value - a.value).slice(0, count),
    gaps: ranked.filter((r) => r.value <= 1).sort((a, b) => a.value - b.value).slice(0, count),
  };
}

/** Strengths and gaps of one person's answers. */
export function strengthsAndGaps(rubric: Rubric, answers: Answers, count: number = HIGHLIGHT_COUNT) {
  return rankHighlights(rubric, (id) => answers[id]?.value, count);
}

export function recommendationTier(rubric: Rubric, score: number | null): RecommendationTier | null {
  if (score === null) return null;
  if (reaches(score, rubric.recommendationTiers.highFrom)) return 'high';
  if (reaches(score, rubric.recommendationTiers.middleFrom)) return 'middle';
  return 'low';
}

export interface PrincipleNextSteps {
  principle: Principle;
  score: PrincipleScore;
  tier: RecommendationTier | null;
  /** Empty when the principle has too few answers to be scored. */
  actions: Recommendation[];
}

/** Each principle's next steps, in rubric order. */
export function nextStepsByPrinciple(rubric: Rubric, scores: AssessmentScore): PrincipleNextSteps[] {
  return rubric.principles.map((principle, i) => {
    const score = scores.principles[i]!;
    const tier = recommendationTier(rubric, score.score);
    return { principle, score, tier, actions: tier ? principle.recommendations[tier] : [] };
  });
}

/**
 * The priorities: every principle's next steps, the weakest principle first (a network is as
 * resilient as its weakest link), then by rising score; ties keep rubric order, and principles with
 * too few answers to score come last, in rubric order.
 */
export function priorities(rubric: Rubric, scores: AssessmentScore): PrincipleNextSteps[] {
  const steps = nextStepsByPrinciple(rubric, scores);
  const order = steps.map((s, i) => ({ s, i }));
  order.sort((a, b) => {
    const [x, y] = [a.s.score.score, b.s.score.score];
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.i - b.i;
    return x - y || a.i - b.i;
  });
  return order.map(({ s }) => s);
}

export interface StagePosition {
  current: Stage;
  index: number;
  next: Stage | null;
}

export function stagePosition(rubric: Rubric, stageId: string | null): StagePosition | null {
  const index = rubric.stages.findIndex((s) => s.id === stageId);
  if (index < 0) return null;
  return { current: rubric.stages[index]!, index, next: rubric.stages[index + 1] ?? null };
}
