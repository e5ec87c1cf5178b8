// Invariants of scoreAssessment over the shipped rubric, for any answers fast-check can think of.
import fc from 'fast-check';
import type { Answer, Answers } from '../../src/core/answers';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { scoreAssessment } from '../../src/core/scoring';
import type { AssessmentScore } from '../../src/core/scoring';

const rubric = FIVE_PRINCIPLES;
const indicatorIds = rubric.principles.flatMap((p) => p.indicators.map((i) => i.id));
const known = new Set(indicatorIds);

const answerArb: fc.Arbitrary<Answer> = fc.record(
  {
    value: fc.constantFrom(0, 1, 2, 3, 4, 'na', 'dk') as fc.Arbitrary<Answer['value']>,
    note: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: [] },
);

/** Any subset of the rubric's indicators, each with any answer (or only a note). */
const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(indicatorIds.map((id) => [id, answerArb])) as Record<string, fc.Arbitrary<Answer>>,
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

/** Just the numbers a user sees: principle scores, overall, bands and the weakest principle. */
function scoresOf(result: AssessmentScore) {
  return {
    principles: result.principles.map((p) => [p.principleId, p.score, p.band?.id ?? null]),
    overall: result.overall,
    overallBand: result.overallBand?.id ?? null,
    weakest: result.weakestPrincipleId,
  };
}

describe('scoreAssessment invariants (shipped rubric)', () => {
  it('keeps every principle score and the overall either null or within 0–100', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreAssessment(rubric, answers);
        for (const score of [...result.principles.map((p) => p.score), result.overall]) {
          if (score !== null) {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('never changes a score when unanswered indicators are marked N/A', () => {
    fc.assert(
      fc.property(answersArb, fc.infiniteStream(fc.boolean()), (answers, coin) => {
        const withNa: Answers = { ...answers };
        for (const id of indicatorIds) {
          if (answers[id]?.value === undefined && coin.next().value) withNa[id] = { ...answers[id], value: 'na' };
        }
        expect(scoresOf(scoreAssessment(rubric, withNa))).toEqual(scoresOf(scoreAssessment(rubric, answers)));
      }),
    );
  });

  it('gives the same result whatever order the answers object lists its keys in', () => {
    const shuffledArb = answersArb.chain((answers) => {
      const entries = Object.entries(answers);
      return fc
        .shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })
        .map((shuffled) => [answers, Object.fromEntries(shuffled) as Answers] as const);
    });
    fc.assert(
      fc.property(shuffledArb, ([answers, shuffled]) => {
        expect(scoreAssessment(rubric, shuffled)).toEqual(scoreAssessment(rubric, answers));
      }),
    );
  });

  it('ignores answers for ids the rubric does not have', () => {
    const unknownId = fc.string({ minLength: 1, maxLength: 30 }).filter((id) => !known.has(id));
    const extraArb = fc.dictionary(unknownId, answerArb, { maxKeys: 8 });
    fc.assert(
      fc.property(answersArb, extraArb, (answers, extra) => {
        // Object.fromEntries defines own keys, so even an id like "__proto__" stays an ordinary entry.
        const withExtra = Object.fromEntries([...Object.entries(extra), ...Object.entries(answers)]) as Answers;
        expect(scoreAssessment(rubric, withExtra)).toEqual(scoreAssessment(rubric, answers));
      }),
    );
  });
});
