// What the results screen and the report say beyond the raw scores: strengths and gaps,
// next steps per principle, and where the network stands on the stage ladder.
import { isLevel } from './answers';
import type { Answers, Level } from './answers';
import { reaches } from './scoring';
import type { AssessmentScore, PrincipleScore } from './scoring';
import type { Indicator, Principle, Recommendation, Rubric, Stage } from './rubric-schema';

export type RecommendationTier = 'low' | 'middle' | 'high';

export interface RankedIndicator {
  principle: Principle;
  indicator: Indicator;
  level: Level;
}

/** How many strengths and gaps to name. */
export const HIGHLIGHT_COUNT = 3;

/**
 * Strengths are the highest-levelled indicators at level 3 or 4; gaps the lowest at level 0 or 1.
 * Level 2 is neither: calling a middling answer a strength (or a gap) would mislead.
 * Ties keep rubric order.
 */
export function strengthsAndGaps(
  rubric: Rubric,
  answers: Answers,
  count: number = HIGHLIGHT_COUNT,
): { strengths: RankedIndicator[]; gaps: RankedIndicator[] } {
  const ranked: RankedIndicator[] = [];
  for (const principle of rubric.principles) {
    for (const indicator of principle.indicators) {
      const value = answers[indicator.id]?.value;
      if (isLevel(value)) ranked.push({ principle, indicator, level: value });
    }
  }
  const strengths = ranked
    .filter((r) => r.level >= 3)
    .sort((a, b) => b.level - a.level)
    .slice(0, count);
  const gaps = ranked
    .filter((r) => r.level <= 1)
    .sort((a, b) => a.level - b.level)
    .slice(0, count);
  return { strengths, gaps };
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

export function nextStepsByPrinciple(rubric: Rubric, scores: AssessmentScore): PrincipleNextSteps[] {
  return rubric.principles.map((principle, i) => {
    const score = scores.principles[i]!;
    const tier = recommendationTier(rubric, score.score);
    return { principle, score, tier, actions: tier ? principle.recommendations[tier] : [] };
  });
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
