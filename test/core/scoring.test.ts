// Scoring rules from the top of src/core/scoring.ts, checked against sums worked out by hand
// (fixture principles have four indicators, so score = 25 × mean level).
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { bandFor, scoreAssessment } from '../../src/core/scoring';
import { answersFor, answersForRubric, TEST_RUBRIC } from './fixtures';
import type { Row } from './fixtures';

const na = 'na' as const;
const dk = 'dk' as const;
const __ = null;

describe('scoreAssessment on the fixture rubric', () => {
  it.each<{
    name: string;
    alpha: Row;
    beta: Row;
    alphaScore: number | null;
    betaScore: number | null;
    overall: number | null;
    weakest: string | null;
  }>([
    // alpha: (4+3+2+1)/4 = 2.5 → 62.5; beta: (0+0+1+1)/4 = 0.5 → 12.5; overall (62.5+12.5)/2 = 37.5
    { name: 'all levels given', alpha: [4, 3, 2, 1], beta: [0, 0, 1, 1], alphaScore: 62.5, betaScore: 12.5, overall: 37.5, weakest: 'beta' },
    // alpha: N/A and Don't know left out → (4+2)/2 = 3 → 75; beta: (3+3)/2 = 3 → 75
    { name: "N/A and Don't know left out of the mean", alpha: [4, na, dk, 2], beta: [3, 3, na, na], alphaScore: 75, betaScore: 75, overall: 75, weakest: 'alpha' },
    // alpha: 2 of 4 levelled is exactly half → (2+3)/2 → 62.5; beta: 1 of 4 → not enough answers
    { name: 'exactly half levelled scores; fewer than half does not', alpha: [2, 3, __, __], beta: [4, __, __, __], alphaScore: 62.5, betaScore: null, overall: 62.5, weakest: 'alpha' },
    // beta: 1 level + 3 N/A is still fewer than half levelled
    { name: 'N/A does not make up the half', alpha: [1, 1, 1, 1], beta: [4, na, na, na], alphaScore: 25, betaScore: null, overall: 25, weakest: 'alpha' },
    { name: 'nothing answered', alpha: [__, __, __, __], beta: [__, __, __, __], alphaScore: null, betaScore: null, overall: null, weakest: null },
    { name: "only Don't know", alpha: [dk, dk, dk, dk], beta: [dk, dk, __, __], alphaScore: null, betaScore: null, overall: null, weakest: null },
    // alpha: (0+0+0+1)/4 = 0.25 → 6.25; beta: (4+4+4+3)/4 = 3.75 → 93.75; overall 50
    { name: 'overall is the mean of the principle scores', alpha: [0, 0, 0, 1], beta: [4, 4, 4, 3], alphaScore: 6.25, betaScore: 93.75, overall: 50, weakest: 'alpha' },
    { name: 'weakest is the lower score even when it comes second', alpha: [3, 3, 3, 3], beta: [1, 1, 1, 1], alphaScore: 75, betaScore: 25, overall: 50, weakest: 'beta' },
    { name: 'a tie for weakest goes to the first principle in rubric order', alpha: [2, 2, 2, 2], beta: [1, 3, 4, 0], alphaScore: 50, betaScore: 50, overall: 50, weakest: 'alpha' },
    { name: 'all zero', alpha: [0, 0, 0, 0], beta: [0, 0, 0, 0], alphaScore: 0, betaScore: 0, overall: 0, weakest: 'alpha' },
  ])('$name', ({ alpha, beta, alphaScore, betaScore, overall, weakest }) => {
    const result = scoreAssessment(TEST_RUBRIC, answersFor(alpha, beta));
    expect(result.principles.map((p) => p.principleId)).toEqual(['alpha', 'beta']);
    expect(result.principles[0]!.score).toBe(alphaScore);
    expect(result.principles[1]!.score).toBe(betaScore);
    expect(result.overall).toBe(overall);
    expect(result.weakestPrincipleId).toBe(weakest);
  });

  it.each<{ name: string; alpha: Row; beta: Row; levelled: number; na: number; dk: number; unanswered: number; coverage: number }>([
    { name: 'everything levelled', alpha: [4, 3, 2, 1], beta: [0, 0, 1, 1], levelled: 8, na: 0, dk: 0, unanswered: 0, coverage: 1 },
    { name: 'N/A, Don\'t know and blanks do not count as covered', alpha: [4, na, dk, 2], beta: [3, 3, na, __], levelled: 4, na: 2, dk: 1, unanswered: 1, coverage: 0.5 },
    { name: "Don't know is counted on its own", alpha: [dk, dk, 1, 1], beta: [dk, __, __, __], levelled: 2, na: 0, dk: 3, unanswered: 3, coverage: 0.25 },
    { name: 'nothing answered', alpha: [__, __, __, __], beta: [__, __, __, __], levelled: 0, na: 0, dk: 0, unanswered: 8, coverage: 0 },
  ])('counts and coverage: $name', ({ alpha, beta, levelled, na: notApplicable, dk: dontKnow, unanswered, coverage }) => {
    const result = scoreAssessment(TEST_RUBRIC, answersFor(alpha, beta));
    expect(result).toMatchObject({ total: 8, levelled, notApplicable, dontKnow, unanswered, coverage });
  });

  it('reports counts, mean level and coverage per principle', () => {
    const [alpha, beta] = scoreAssessment(TEST_RUBRIC, answersFor([4, na, dk, 2], [1, __, __, __])).principles;
    expect(alpha).toMatchObject({ total: 4, levelled: 2, notApplicable: 1, dontKnow: 1, unanswered: 0, coverage: 0.5, meanLevel: 3 });
    // Too few answers for a score, but the mean level of what was answered is still reported.
    expect(beta).toMatchObject({ total: 4, levelled: 1, unanswered: 3, coverage: 0.25, meanLevel: 1, score: null, band: null });
  });

  it('ignores an answer that carries only a note', () => {
    const result = scoreAssessment(TEST_RUBRIC, { 'alpha-1': { note: 'ask the treasurer' } });
    expect(result.unanswered).toBe(8);
    expect(result.overall).toBeNull();
  });
});

describe('bands', () => {
  it.each([
    [0, 'weak'],
    [24.99, 'weak'],
    [25, 'fair'],
    [49.99, 'fair'],
    [50, 'good'],
    [74.99, 'good'],
    [75, 'strong'],
    [100, 'strong'],
  ])('a score of %s falls in the band "%s"', (score, band) => {
    expect(bandFor(TEST_RUBRIC, score)?.id).toBe(band);
  });

  it('has no band for a missing score', () => {
    expect(bandFor(TEST_RUBRIC, null)).toBeNull();
  });

  it.each<{ alpha: Row; beta: Row; alphaBand: string; betaBand: string; overallBand: string }>([
    // alpha (1+1+1+1)/4 → 25, exactly fair's min; beta (3+3+3+3)/4 → 75, exactly strong's min; overall 50 → good
    { alpha: [1, 1, 1, 1], beta: [3, 3, 3, 3], alphaBand: 'fair', betaBand: 'strong', overallBand: 'good' },
    // alpha (1+1+1+0)/4 → 18.75 → weak; beta (2+2+2+1)/4 → 43.75 → fair; overall 31.25 → fair
    { alpha: [1, 1, 1, 0], beta: [2, 2, 2, 1], alphaBand: 'weak', betaBand: 'fair', overallBand: 'fair' },
  ])('scored principles carry their band ($alphaBand, $betaBand; overall $overallBand)', ({ alpha, beta, alphaBand, betaBand, overallBand }) => {
    const result = scoreAssessment(TEST_RUBRIC, answersFor(alpha, beta));
    expect(result.principles.map((p) => p.band?.id)).toEqual([alphaBand, betaBand]);
    expect(result.overallBand?.id).toBe(overallBand);
  });
});

describe('scoreAssessment on the shipped Five Principles rubric', () => {
  const everyIndicator = (value: 0 | 4) =>
    Object.fromEntries(FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators.map((i) => [i.id, { value }])));

  it('scores every principle and the overall 100 when every answer is 4', () => {
    const result = scoreAssessment(FIVE_PRINCIPLES, everyIndicator(4));
    expect(result.principles.map((p) => p.score)).toEqual([100, 100, 100, 100, 100]);
    expect(result.overall).toBe(100);
    expect(result.overallBand?.id).toBe('resilient');
    expect(result.coverage).toBe(1);
  });

  it('scores every principle and the overall 0 when every answer is 0', () => {
    const result = scoreAssessment(FIVE_PRINCIPLES, everyIndicator(0));
    expect(result.principles.map((p) => p.score)).toEqual([0, 0, 0, 0, 0]);
    expect(result.overall).toBe(0);
    expect(result.overallBand?.id).toBe('fragile');
  });

  it('needs three of a principle’s five indicators for a score (half of five is 2.5)', () => {
    const result = scoreAssessment(FIVE_PRINCIPLES, answersForRubric(FIVE_PRINCIPLES, [4, 4, __, __, __], [4, 4, 4, __, __]));
    expect(result.principles[0]!.score).toBeNull();
    expect(result.principles[1]!.score).toBe(100);
  });

  // Regression: an overall that is exactly a band's min on paper (a mean of fractions like
  // 100 × 2/3 ÷ 4) must land in that band despite floating point.
  it.each<{ name: string; rows: Row[]; overall: number; band: string }>([
    {
      // 16/5 → 80, 20/5 → 100, 2/3 → 16.67, 19/5 → 95, 1/3 → 8.33; sum 300, overall exactly 60
      name: 'all five principles scored, overall exactly 60',
      rows: [[4, 4, 4, 2, 2], [4, 4, 4, 4, 4], [1, 1, 0, __, __], [4, 4, 4, 4, 3], [1, 0, 0, __, __]],
      overall: 60,
      band: 'established',
    },
    {
      // 1/3 → 8.33, 8/3 → 66.67, 9/5 → 45; the last two principles have too few answers; overall exactly 40
      name: 'three principles scored, overall exactly 40',
      rows: [[1, 0, 0, __, __], [4, 4, 0, __, __], [2, 2, 2, 2, 1], [4, __, __, __, __], []],
      overall: 40,
      band: 'emerging',
    },
  ])('an overall exactly at a band’s min falls in that band ($name)', ({ rows, overall, band }) => {
    const result = scoreAssessment(FIVE_PRINCIPLES, answersForRubric(FIVE_PRINCIPLES, ...rows));
    expect(result.overall).toBeCloseTo(overall, 9);
    expect(result.overallBand?.id).toBe(band);
  });
});
