// Invariants of aggregateBallots over the shipped rubric, for any ballots and tallies fast-check can think of.
import fc from 'fast-check';
import { aggregateBallots, groupComparison } from '../../src/core/aggregation';
import type { Answer, Answers } from '../../src/core/answers';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import type { Ballot, Consensus, Tally, Workshop } from '../../src/core/workshop';

const rubric = FIVE_PRINCIPLES;
const indicatorIds = rubric.principles.flatMap((p) => p.indicators.map((i) => i.id));
const GROUPS = ['Members', 'Staff', 'Partners'];
const STAMP = '2025-05-01T10:00:00.000Z';

const answerArb: fc.Arbitrary<Answer> = fc.record(
  { value: fc.constantFrom(0, 1, 2, 3, 4, 'na', 'dk') as fc.Arbitrary<Answer['value']>, note: fc.string({ maxLength: 8 }) },
  { requiredKeys: [] },
);
const answersArb = fc.record(
  Object.fromEntries(indicatorIds.map((id) => [id, answerArb])) as Record<string, fc.Arbitrary<Answer>>,
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

const ballotArb = (id: string): fc.Arbitrary<Ballot> =>
  fc.record({ round: fc.constantFrom(1 as const, 2 as const), group: fc.option(fc.constantFrom(...GROUPS), { nil: undefined }), answers: answersArb })
    .map(({ round, group, answers }) => ({
      id, workshopId: 'w1', rubric: { id: rubric.id, version: rubric.version }, round,
      ...(group !== undefined && { group }), submittedAt: STAMP, answers, source: 'device' as const,
    }));

const count = fc.nat({ max: 6 });
const tallyArb: fc.Arbitrary<Tally> = fc.record({
  workshopId: fc.constant('w1'),
  round: fc.constantFrom(1 as const, 2 as const),
  indicatorId: fc.constantFrom(...indicatorIds),
  counts: fc.tuple(count, count, count, count, count),
  notApplicable: count,
  dontKnow: count,
});

const consensusArb: fc.Arbitrary<Record<string, Consensus>> = fc
  .dictionary(fc.constantFrom(...indicatorIds), fc.constantFrom(0, 1, 2, 3, 4, 'na') as fc.Arbitrary<Consensus['level']>, { maxKeys: 4 })
  .map((levels) => Object.fromEntries(Object.entries(levels).map(([indicatorId, level]) =>
    [indicatorId, { indicatorId, level, rationale: 'Agreed.', decidedAt: STAMP }])));

const workshopArb: fc.Arbitrary<Workshop> = fc
  .record({
    ballots: fc.nat({ max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ballotArb(`b${i}`)))),
    tallies: fc.array(tallyArb, { maxLength: 6 }),
    consensus: consensusArb,
  })
  .map(({ ballots, tallies, consensus }) => ({
    id: 'w1', kind: 'workshop', networkId: 'net-w1', networkName: 'Net', date: '2025-05-01', facilitator: 'Ana',
    rubric: { id: rubric.id, version: rubric.version }, groups: GROUPS, anonymous: true,
    ballots, tallies, consensus, currentRound: 1, createdAt: STAMP, updatedAt: STAMP, stageId: null, outcomes: {}, actions: [],
  }));

const optionsArb = fc.record(
  { round: fc.constantFrom(1 as const, 2 as const), group: fc.constantFrom(...GROUPS) },
  { requiredKeys: [] },
);

describe('aggregateBallots invariants (shipped rubric)', () => {
  it('gives the same result whatever order the ballots and tallies come in', () => {
    const pairArb = workshopArb.chain((w) =>
      fc.tuple(fc.shuffledSubarray(w.ballots, { minLength: w.ballots.length }), fc.shuffledSubarray(w.tallies, { minLength: w.tallies.length }))
        .map(([ballots, tallies]) => [w, { ...w, ballots, tallies }] as const));
    fc.assert(
      fc.property(pairArb, optionsArb, ([w, shuffled], options) => {
        expect(aggregateBallots(rubric, shuffled, options)).toEqual(aggregateBallots(rubric, w, options));
        expect(groupComparison(rubric, shuffled, options.round)).toEqual(groupComparison(rubric, w, options.round));
      }),
    );
  });

  it('keeps every median within the levels given, and the group value too unless a consensus set it', () => {
    fc.assert(
      fc.property(workshopArb, optionsArb, (w, options) => {
        for (const ind of aggregateBallots(rubric, w, options).indicators) {
          if (ind.n === 0) {
            expect(ind.median).toBeNull();
            continue;
          }
          expect(ind.median).toBeGreaterThanOrEqual(ind.min!);
          expect(ind.median).toBeLessThanOrEqual(ind.max!);
          expect(ind.spread).toBe(ind.max! - ind.min!);
          if (ind.valueSource === 'median') {
            expect(ind.groupValue).toBeGreaterThanOrEqual(ind.min!);
            expect(ind.groupValue).toBeLessThanOrEqual(ind.max!);
          }
        }
      }),
    );
  });

  it('keeps scores within 0–100 and agenda entries unique', () => {
    fc.assert(
      fc.property(workshopArb, optionsArb, (w, options) => {
        const agg = aggregateBallots(rubric, w, options);
        for (const score of [...agg.score.principles.map((p) => p.score), agg.score.overall]) {
          if (score === null) continue;
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        expect(new Set(agg.discussionAgenda).size).toBe(agg.discussionAgenda.length);
      }),
    );
  });

  it('never mutates the workshop', () => {
    fc.assert(
      fc.property(workshopArb, optionsArb, (w, options) => {
        const before = structuredClone(w);
        aggregateBallots(rubric, w, options);
        groupComparison(rubric, w, options.round);
        expect(w).toEqual(before);
      }),
    );
  });
});
