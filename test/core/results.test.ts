// What the results screen says beyond the numbers: strengths and gaps, next steps, stage ladder, progress.
import { overallProgress, principleProgress, stepIds, WRAP_UP_STEP } from '../../src/core/progress';
import {
  nextStepsByPrinciple,
  priorities,
  rankHighlights,
  recommendationTier,
  stagePosition,
  strengthsAndGaps,
} from '../../src/core/results';
import { scoreAssessment } from '../../src/core/scoring';
import { answersFor, TEST_RUBRIC } from './fixtures';

const __ = null;
const ids = (ranked: { indicator: { id: string } }[]) => ranked.map((r) => r.indicator.id);

describe('strengthsAndGaps', () => {
  it('names only levels 3–4 as strengths and 0–1 as gaps; level 2, N/A and Don’t know are neither', () => {
    const { strengths, gaps } = strengthsAndGaps(TEST_RUBRIC, answersFor([3, 2, 'na', 1], [2, 'dk', 4, 0]));
    expect(ids(strengths)).toEqual(['beta-3', 'alpha-1']);
    expect(ids(gaps)).toEqual(['beta-4', 'alpha-4']);
  });

  it('lists the highest strengths and lowest gaps first', () => {
    const { strengths, gaps } = strengthsAndGaps(TEST_RUBRIC, answersFor([3, 4, 1, 0], []));
    expect(strengths.map((r) => r.value)).toEqual([4, 3]);
    expect(gaps.map((r) => r.value)).toEqual([0, 1]);
  });

  it('names at most three of each, keeping rubric order among ties', () => {
    const { strengths, gaps } = strengthsAndGaps(TEST_RUBRIC, answersFor([3, 4, 3, 4], [1, 0, 1, 0]));
    // Level 4 first (alpha-2, alpha-4 in rubric order), then the first level 3 (alpha-1).
    expect(ids(strengths)).toEqual(['alpha-2', 'alpha-4', 'alpha-1']);
    expect(ids(gaps)).toEqual(['beta-2', 'beta-4', 'beta-1']);
  });

  it('keeps rubric order across principles when every level is the same', () => {
    const { strengths, gaps } = strengthsAndGaps(TEST_RUBRIC, answersFor([__, __, __, 4], [4, 4, 4, 4]));
    expect(ids(strengths)).toEqual(['alpha-4', 'beta-1', 'beta-2']);
    expect(gaps).toEqual([]);
  });

  it('carries the principle each indicator belongs to', () => {
    const { gaps } = strengthsAndGaps(TEST_RUBRIC, answersFor([], [0]));
    expect(gaps[0]?.principle.id).toBe('beta');
  });

  it('returns nothing for no answers', () => {
    expect(strengthsAndGaps(TEST_RUBRIC, {})).toEqual({ strengths: [], gaps: [] });
  });
});

describe('recommendationTier (fixture: middleFrom 40, highFrom 70)', () => {
  it.each([
    [0, 'low'],
    [39.99, 'low'],
    [40, 'middle'],
    [69.99, 'middle'],
    [70, 'high'],
    [100, 'high'],
  ])('a score of %s gets the "%s" recommendations', (score, tier) => {
    expect(recommendationTier(TEST_RUBRIC, score)).toBe(tier);
  });

  it('has no tier for a principle without a score', () => {
    expect(recommendationTier(TEST_RUBRIC, null)).toBeNull();
  });
});

describe('nextStepsByPrinciple', () => {
  it('gives each scored principle the actions for its tier, in rubric order', () => {
    // alpha (2+2+1+1)/4 → 37.5 → low; beta (3+3+3+2)/4 → 68.75 → middle
    const scores = scoreAssessment(TEST_RUBRIC, answersFor([2, 2, 1, 1], [3, 3, 3, 2]));
    const steps = nextStepsByPrinciple(TEST_RUBRIC, scores);
    expect(steps.map((s) => [s.principle.id, s.tier])).toEqual([
      ['alpha', 'low'],
      ['beta', 'middle'],
    ]);
    expect(steps[0]!.actions.map((a) => a.id)).toEqual(['alpha-low-1', 'alpha-low-2']);
    expect(steps[1]!.actions.map((a) => a.id)).toEqual(['beta-middle-1', 'beta-middle-2']);
    expect(steps[1]!.score.score).toBe(68.75);
  });

  it('gives no tier and no actions to a principle with too few answers', () => {
    const scores = scoreAssessment(TEST_RUBRIC, answersFor([4, 4, 4, 4], [4, __, __, __]));
    const [alpha, beta] = nextStepsByPrinciple(TEST_RUBRIC, scores);
    expect(alpha).toMatchObject({ tier: 'high' });
    expect(alpha!.actions.map((a) => a.id)).toEqual(['alpha-high-1', 'alpha-high-2']);
    expect(beta).toMatchObject({ tier: null, actions: [] });
  });
});

describe('priorities', () => {
  const rubric3 = { ...TEST_RUBRIC, principles: [...TEST_RUBRIC.principles, { ...TEST_RUBRIC.principles[0]!, id: 'gamma', title: 'Gamma', indicators: TEST_RUBRIC.principles[0]!.indicators.map((i) => ({ ...i, id: i.id.replace('alpha', 'gamma') })) }] };

  it('puts the weakest principle first, then by rising score, with its recommended actions', () => {
    // alpha 75, beta 37.5
    const scores = scoreAssessment(TEST_RUBRIC, answersFor([3, 3, 3, 3], [2, 2, 1, 1]));
    const ordered = priorities(TEST_RUBRIC, scores);
    expect(ordered.map((s) => [s.principle.id, s.tier])).toEqual([
      ['beta', 'low'],
      ['alpha', 'high'],
    ]);
    expect(ordered[0]!.actions.map((a) => a.id)).toEqual(['beta-low-1', 'beta-low-2']);
    expect(ordered[0]!.principle.id).toBe(scores.weakestPrincipleId);
  });

  it('keeps rubric order on a tie, and puts principles with too few answers last', () => {
    const answers = { ...answersFor([2, 2, 2, 2], [__, __, __, 4]), 'gamma-1': { value: 2 as const }, 'gamma-2': { value: 2 as const } };
    const ordered = priorities(rubric3, scoreAssessment(rubric3, answers));
    expect(ordered.map((s) => s.principle.id)).toEqual(['alpha', 'gamma', 'beta']);
    expect(ordered[2]).toMatchObject({ tier: null, actions: [] });
  });
});

describe('rankHighlights', () => {
  it('ranks group medians, halves included, by the same rule as one person’s levels', () => {
    const values: Record<string, number | 'na'> = { 'alpha-1': 3.5, 'alpha-2': 3, 'alpha-3': 1.5, 'beta-1': 0.5, 'beta-2': 'na', 'beta-3': 1 };
    const { strengths, gaps } = rankHighlights(TEST_RUBRIC, (id) => values[id]);
    expect(strengths.map((r) => [r.number, r.value])).toEqual([['1.1', 3.5], ['1.2', 3]]);
    expect(gaps.map((r) => [r.number, r.value])).toEqual([['2.1', 0.5], ['2.3', 1]]);
  });
});

describe('stagePosition', () => {
  it('gives the current stage, its index and the next stage', () => {
    const position = stagePosition(TEST_RUBRIC, 'second-stage');
    expect(position?.current.id).toBe('second-stage');
    expect(position?.index).toBe(1);
    expect(position?.next?.id).toBe('third-stage');
  });

  it('has no next stage at the last stage', () => {
    expect(stagePosition(TEST_RUBRIC, 'third-stage')).toMatchObject({ index: 2, next: null });
  });

  it.each([['no-such-stage'], [null]])('is null for the stage id %s', (stageId) => {
    expect(stagePosition(TEST_RUBRIC, stageId)).toBeNull();
  });
});

describe('questionnaire progress', () => {
  it('has one step per principle, then the wrap-up step', () => {
    expect(stepIds(TEST_RUBRIC)).toEqual(['alpha', 'beta', WRAP_UP_STEP]);
  });

  it('counts any choice, N/A and Don’t know included, as answered per principle', () => {
    const answers = answersFor([0, 'na', 'dk', __], [__, __, __, 4]);
    answers['beta-1'] = { note: 'a note alone is not an answer' };
    expect(principleProgress(TEST_RUBRIC, answers)).toEqual({
      alpha: { answered: 3, total: 4 },
      beta: { answered: 1, total: 4 },
    });
    expect(overallProgress(TEST_RUBRIC, answers)).toEqual({ answered: 4, total: 8 });
  });

  it('ignores answers for ids the rubric does not have', () => {
    expect(overallProgress(TEST_RUBRIC, { 'not-a-question': { value: 2 } })).toEqual({ answered: 0, total: 8 });
  });
});
