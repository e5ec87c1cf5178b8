// Group values from ballots and tallies, worked out by hand on the four-indicator fixture rubric.
import { aggregateBallots, compareRounds, groupComparison, median } from '../../src/core/aggregation';
import type { AnswerValue } from '../../src/core/answers';
import { scoreValues } from '../../src/core/scoring';
import type { Ballot, Consensus, Round, Tally, Workshop } from '../../src/core/workshop';
import { createWorkshop, workshopSchema } from '../../src/core/workshop';
import { TEST_RUBRIC, answersFor } from './fixtures';
import type { Row } from './fixtures';

const NOW = new Date('2025-05-01T10:00:00.000Z');

function workshopWith(ballots: Ballot[], extra: Partial<Workshop> = {}): Workshop {
  const w = createWorkshop(TEST_RUBRIC, { networkName: 'Test network', facilitator: 'Ana', date: '2025-05-01' }, NOW);
  return { ...w, id: 'w1', groups: ['Members', 'Staff'], ballots, ...extra };
}

let seq = 0;
function ballot(rows: Row[], opts: { id?: string; round?: Round; group?: string } = {}): Ballot {
  seq += 1;
  return {
    id: opts.id ?? `b${seq}`,
    workshopId: 'w1',
    rubric: { id: TEST_RUBRIC.id, version: TEST_RUBRIC.version },
    round: opts.round ?? 1,
    ...(opts.group !== undefined && { group: opts.group }),
    submittedAt: NOW.toISOString(),
    answers: answersFor(...rows),
    source: 'device',
  };
}

/** One ballot per value, answering only the first indicator (alpha-1). */
function onFirst(values: AnswerValue[]): Ballot[] {
  return values.map((v) => ballot([[v]]));
}

function first(w: Workshop, options = {}) {
  return aggregateBallots(TEST_RUBRIC, w, options).indicators[0]!;
}

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[3], 3],
    [[0, 1, 3], 1],
    [[1, 4], 2.5],
    [[0, 0, 4, 4], 2],
    [[1, 2, 2, 3], 2],
    [[0, 1, 2, 4], 1.5],
  ])('of %j is %s', (levels, expected) => expect(median(levels)).toBe(expected));
});

describe('aggregateBallots, one indicator', () => {
  it.each<{ values: AnswerValue[]; median: number | null; min: number | null; spread: number | null; disagreement: boolean }>([
    { values: [1, 4], median: 2.5, min: 1, spread: 3, disagreement: true },
    { values: [3, 0, 1], median: 1, min: 0, spread: 3, disagreement: true },
    { values: [2, 'na', 2, 'dk', 3], median: 2, min: 2, spread: 1, disagreement: false },
    { values: [1, 3], median: 2, min: 1, spread: 2, disagreement: true },
    { values: [2, 3, 3, 2], median: 2.5, min: 2, spread: 1, disagreement: false },
    { values: ['na', 'dk', 'dk'], median: null, min: null, spread: null, disagreement: false },
  ])('levels $values → median $median, spread $spread', ({ values, median: m, min, spread, disagreement }) => {
    const ind = first(workshopWith(onFirst(values)));
    expect(ind).toMatchObject({ median: m, min, spread, disagreement });
    expect(ind.groupValue).toBe(m ?? undefined);
  });

  it('counts N/A and "Don\'t know" in the distribution only', () => {
    const ind = first(workshopWith([...onFirst([0, 4, 'na', 'dk', 'dk']), ballot([[null, 2]])]));
    expect(ind.distribution).toEqual({ levels: [1, 0, 0, 0, 1], notApplicable: 1, dontKnow: 2, blank: 1 });
    expect(ind.n).toBe(2);
    expect(ind.median).toBe(2);
  });

  it('uses the consensus over the median, and consensus "na" as N/A', () => {
    const decided = (level: Consensus['level']): Record<string, Consensus> => ({
      'alpha-1': { indicatorId: 'alpha-1', level, rationale: 'We agreed.', decidedAt: NOW.toISOString() },
    });
    const ballots = onFirst([0, 1, 1]);
    expect(first(workshopWith(ballots, { consensus: decided(3) }))).toMatchObject({ median: 1, groupValue: 3, valueSource: 'consensus' });
    expect(first(workshopWith(ballots, { consensus: decided('na') }))).toMatchObject({ median: 1, groupValue: 'na' });
    // A perspective group's value stays its own median.
    const grouped = ballots.map((b) => ({ ...b, group: 'Members' }));
    expect(first(workshopWith(grouped, { consensus: decided(3) }), { group: 'Members' })).toMatchObject({ groupValue: 1, valueSource: 'median' });
  });

  it('counts a ballot id seen twice once', () => {
    const [a, b] = onFirst([0, 4]);
    const w = workshopWith([a!, b!, { ...b!, answers: answersFor([0]) }, a!]);
    const agg = aggregateBallots(TEST_RUBRIC, w);
    expect(agg.ballotCount).toBe(2);
    expect(agg.indicators[0]!.distribution.levels).toEqual([1, 0, 0, 0, 1]);
  });

  it('takes only the asked round, the current one by default', () => {
    const w = workshopWith([ballot([[1]], { round: 1 }), ballot([[4]], { round: 2 }), ballot([[2]], { round: 2 })], { currentRound: 2 });
    expect(first(w).median).toBe(3);
    expect(first(w, { round: 1 }).median).toBe(1);
  });
});

describe('principle scores from group values', () => {
  it('reuses the half-answered rule of scoring.ts', () => {
    // alpha: medians 2, 4 and two blanks → 2 of 4 levelled, enough: 100 × 3 ÷ 4 = 75.
    // beta: one median of 4 and three blanks → not enough answers.
    const w = workshopWith([ballot([[1, 4], [4]]), ballot([[3, 4]])]);
    const { score } = aggregateBallots(TEST_RUBRIC, w);
    expect(score.principles.map((p) => p.score)).toEqual([75, null]);
    expect(score.overall).toBe(75);
    expect(score).toEqual(scoreValues(TEST_RUBRIC, (id) => ({ 'alpha-1': 2, 'alpha-2': 4, 'beta-1': 4 })[id]));
  });
});

describe('tallies', () => {
  const tally = (indicatorId: string, counts: Tally['counts'], notApplicable = 0, dontKnow = 0): Tally => ({
    workshopId: 'w1', round: 1, indicatorId, counts, notApplicable, dontKnow,
  });
  const tallies = [
    tally('alpha-1', [0, 2, 1, 0, 1], 1, 0),
    tally('alpha-2', [1, 0, 0, 3, 0], 0, 1),
    tally('beta-1', [0, 0, 2, 2, 0]),
  ];

  /** The same show of hands as one ballot per hand, answering indicators in order of the hands. */
  function ballotsFrom(list: Tally[]): Ballot[] {
    const people: Record<string, AnswerValue>[] = [];
    for (const t of list) {
      const hands: AnswerValue[] = [...t.counts.flatMap((c, level) => Array<AnswerValue>(c).fill(level as AnswerValue)),
        ...Array<AnswerValue>(t.notApplicable).fill('na'), ...Array<AnswerValue>(t.dontKnow).fill('dk')];
      hands.forEach((value, i) => ((people[i] ??= {})[t.indicatorId] = value));
    }
    return people.map((answers, i) => ({
      ...ballot([]), id: `hand-${i}`, answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
    }));
  }

  it('give the same distributions, medians and scores as the equivalent ballots', () => {
    const fromTallies = aggregateBallots(TEST_RUBRIC, workshopWith([], { tallies }));
    const fromBallots = aggregateBallots(TEST_RUBRIC, workshopWith(ballotsFrom(tallies)));
    const stats = (agg: typeof fromTallies) =>
      agg.indicators.map(({ distribution: { levels, notApplicable, dontKnow }, median: m, spread, groupValue }) =>
        ({ levels, notApplicable, dontKnow, m, spread, groupValue }));
    expect(stats(fromTallies)).toEqual(stats(fromBallots));
    expect(fromTallies.score).toEqual(fromBallots.score);
    expect(fromTallies.participantCount).toBe(fromBallots.participantCount);
    expect(fromTallies.indicators[0]!.median).toBe(1.5);
  });

  it('count as many people as the indicator with the most hands, added to the ballots', () => {
    const agg = aggregateBallots(TEST_RUBRIC, workshopWith(onFirst([2, 3]), { tallies }));
    expect(agg.participantCount).toBe(2 + 5);
    expect(agg.indicators[0]!.distribution.levels).toEqual([0, 2, 2, 1, 1]);
  });

  it('are left out when one perspective group is asked for', () => {
    const w = workshopWith([ballot([[4]], { group: 'Staff' })], { tallies });
    const agg = aggregateBallots(TEST_RUBRIC, w, { group: 'Staff' });
    expect(agg.participantCount).toBe(1);
    expect(agg.indicators[0]!.distribution.levels).toEqual([0, 0, 0, 0, 1]);
  });
});

describe('groupComparison', () => {
  it('hides groups with fewer than three ballots and scores the others', () => {
    const w = workshopWith([
      ...[1, 2, 3].map(() => ballot([[4, 4, 4, 4], [0, 0, 0, 0]], { group: 'Members' })),
      ...[1, 2].map(() => ballot([[0, 0, 0, 0]], { group: 'Staff' })),
      ballot([[2]], { group: 'Members', round: 2 }),
    ]);
    const result = groupComparison(TEST_RUBRIC, w, 1);
    expect(result.map((g) => [g.group, g.hidden, g.size])).toEqual([['Members', false, 3], ['Staff', true, 2]]);
    expect(result[1]).not.toHaveProperty('score');
    const members = result[0]!;
    expect(members.hidden === false && members.score.principles.map((p) => p.score)).toEqual([100, 0]);
  });

  it('also lists a group named only on ballots, after the workshop\'s own', () => {
    const w = workshopWith([ballot([[1]], { group: 'Elders' })]);
    expect(groupComparison(TEST_RUBRIC, w).map((g) => g.group)).toEqual(['Members', 'Staff', 'Elders']);
  });
});

describe('compareRounds', () => {
  it('gives each round\'s median and spread and the change', () => {
    const w = workshopWith([...onFirst([0, 4]), ballot([[2]], { round: 2 }), ballot([[3]], { round: 2 })]);
    expect(compareRounds(TEST_RUBRIC, w)[0]).toEqual({
      indicatorId: 'alpha-1',
      round1: { n: 2, median: 2, spread: 4 },
      round2: { n: 2, median: 2.5, spread: 1 },
      medianChange: 0.5,
    });
  });
});

it('builds workshops the schema accepts', () => {
  expect(workshopSchema.safeParse(workshopWith([ballot([[1]])])).success).toBe(true);
});
