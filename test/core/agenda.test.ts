// "Most divided": the ranking of agenda.ts worked out by hand on the fixture rubric, and what
// settling a question does to the list.
import fc from 'fast-check';
import { AGENDA_SIZE, DISAGREEMENT_SPREAD, divisionOrder, evenness, mostDivided } from '../../src/core/agenda';
import type { RankedAnswers } from '../../src/core/agenda';
import { aggregateBallots } from '../../src/core/aggregation';
import type { Ballot, Consensus, Workshop } from '../../src/core/workshop';
import { createWorkshop } from '../../src/core/workshop';
import { TEST_RUBRIC, answersFor } from './fixtures';
import type { Row } from './fixtures';

const NOW = new Date('2025-05-01T10:00:00.000Z');

let seq = 0;
function ballot(...rows: Row[]): Ballot {
  seq += 1;
  return {
    id: `b${seq}`,
    workshopId: 'w1',
    rubric: { id: TEST_RUBRIC.id, version: TEST_RUBRIC.version },
    round: 1,
    submittedAt: NOW.toISOString(),
    answers: answersFor(...rows),
    source: 'device',
  };
}

function workshopWith(ballots: Ballot[], consensus: Record<string, Consensus> = {}): Workshop {
  const w = createWorkshop(TEST_RUBRIC, { networkName: 'Test network', facilitator: 'Ana', date: '2025-05-01' }, NOW);
  return { ...w, id: 'w1', ballots, consensus };
}

const agreed = (indicatorId: string, level: Consensus['level'] = 2): Consensus => ({ indicatorId, level, rationale: '', decidedAt: NOW.toISOString() });

/** A question's answers from the number of people per level 0–4. */
function question(indicatorId: string, levels: number[], consensus: Consensus | null = null): RankedAnswers {
  const chosen = levels.flatMap((c, l) => (c > 0 ? [l] : []));
  const spread = chosen.length === 0 ? null : Math.max(...chosen) - Math.min(...chosen);
  return { indicatorId, distribution: { levels }, spread, consensus };
}

describe('evenness: the share of people outside the most chosen level', () => {
  it.each<[string, number[], number | null]>([
    ['nobody gave a level', [0, 0, 0, 0, 0], null],
    ['everyone alike', [0, 0, 7, 0, 0], 0],
    ['3 against 4', [3, 0, 0, 4, 0], 3 / 7],
    ['1 against 6', [1, 0, 0, 6, 0], 1 / 7],
    ['two equal camps', [0, 2, 0, 2, 0], 1 / 2],
    ['five levels chosen equally', [1, 1, 1, 1, 1], 4 / 5],
  ])('%s: %j → %s', (_, levels, expected) => {
    const e = evenness(levels);
    if (expected === null) expect(e).toBeNull();
    else expect(e).toBeCloseTo(expected, 12);
  });
});

describe('the ranking', () => {
  it('puts a spread of 2 or more first, then the more evenly split, then the larger spread, then rubric order', () => {
    const w = workshopWith([
      ballot([0, 0, 1, 2], [3, 1]),
      ballot([4, 4, 1, 2], [3, 3]),
      ballot([4, 0, 3, 2], [3, 3]),
      ballot([4, 4, 3, 2], [3, 3]),
    ]);
    // alpha-1 0,4,4,4: spread 4, evenness 1/4 · alpha-2 0,4,0,4: spread 4, 2/4 · alpha-3 1,1,3,3: spread 2, 2/4
    // alpha-4 2,2,2,2: spread 0 · beta-1 3,3,3,3: spread 0 · beta-2 1,3,3,3: spread 2, 1/4
    expect(aggregateBallots(TEST_RUBRIC, w).discussionAgenda).toEqual(['alpha-2', 'alpha-3', 'alpha-1', 'beta-2', 'alpha-4', 'beta-1']);
  });

  it('ranks an evenly split question above one person far from everyone else', () => {
    // 3 chose level 1 and 4 chose level 3 (spread 2) against six at level 0 and one at level 4 (spread 4).
    const split = question('split', [0, 3, 0, 4, 0]);
    const outlier = question('outlier', [6, 0, 0, 0, 1]);
    expect(divisionOrder([outlier, split])).toEqual(['split', 'outlier']);
  });

  it(`puts a spread of ${DISAGREEMENT_SPREAD} or more before any smaller spread, however evenly split`, () => {
    const close = question('close', [0, 0, 3, 3, 0]); // spread 1, evenness 1/2
    const apart = question('apart', [5, 0, 1, 0, 0]); // spread 2, evenness 1/6
    expect(divisionOrder([close, apart])).toEqual(['apart', 'close']);
  });

  it('leaves out questions nobody gave a level to; N/A and "Don\'t know" play no part', () => {
    const w = workshopWith([ballot(['na', 'dk', 1]), ballot(['na', 'dk', 3]), ballot(['dk', 'na', 1])]);
    expect(aggregateBallots(TEST_RUBRIC, w).discussionAgenda).toEqual(['alpha-3']);
  });

  it('does not depend on the order questions are given in, beyond rubric order on a tie', () => {
    const levels = fc.array(fc.nat(4), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(levels, { minLength: 1, maxLength: 12 }), (rows) => {
        const qs = rows.map((l, i) => question(`q${String(i).padStart(2, '0')}`, l));
        const order = divisionOrder(qs);
        // Each question with a level appears once; reversed input gives the same order except ties.
        expect(new Set(order).size).toBe(order.length);
        expect(order.length).toBe(qs.filter((q) => q.spread !== null).length);
        const key = (id: string) => {
          const q = qs.find((x) => x.indicatorId === id)!;
          return [Number((q.spread ?? 0) >= DISAGREEMENT_SPREAD), evenness(q.distribution.levels)!, q.spread ?? 0];
        };
        for (let i = 1; i < order.length; i++) {
          const [a, b] = [key(order[i - 1]!), key(order[i]!)];
          const before = a[0]! > b[0]! || (a[0] === b[0] && (a[1]! > b[1]! + 1e-12 || (Math.abs(a[1]! - b[1]!) < 1e-12 && a[2]! >= b[2]!)));
          expect(before, `${order[i - 1]} before ${order[i]}`).toBe(true);
        }
      }),
    );
  });
});

describe('most divided', () => {
  // Seven questions where people differ, and one (q-same) where everyone chose level 2.
  const questions = [
    question('q-same', [0, 0, 7, 0, 0]),
    question('q-one-off', [0, 0, 6, 1, 0]), // spread 1, 1/7
    question('q-outlier', [1, 0, 6, 0, 0]), // spread 2, 1/7
    question('q-fund', [3, 0, 4, 0, 0]), // spread 2, 3/7
    question('q-wide', [3, 0, 0, 0, 4]), // spread 4, 3/7
    question('q-three', [2, 0, 2, 3, 0]), // spread 3, 4/7
    question('q-two', [0, 2, 0, 5, 0]), // spread 2, 2/7
    question('q-near', [0, 3, 4, 0, 0]), // spread 1, 3/7
  ];

  it(`names the ${AGENDA_SIZE} most divided, with the levels chosen and how many chose each`, () => {
    const { items, open, settled } = mostDivided(questions);
    expect(items.map((i) => i.indicatorId)).toEqual(['q-three', 'q-wide', 'q-fund', 'q-two', 'q-outlier']);
    expect(items[2]).toEqual({
      indicatorId: 'q-fund',
      spread: 2,
      evenness: 3 / 7,
      disagreement: true,
      split: [
        { level: 0, count: 3 },
        { level: 2, count: 4 },
      ],
      settled: false,
    });
    expect(open).toEqual(items);
    expect(settled).toEqual([]);
  });

  it('fills up with questions one level apart when fewer are divided, and never lists a question everyone answered alike', () => {
    const { items } = mostDivided(questions, 10);
    expect(items.map((i) => i.indicatorId)).toEqual(['q-three', 'q-wide', 'q-fund', 'q-two', 'q-outlier', 'q-near', 'q-one-off']);
    expect(items.filter((i) => !i.disagreement).map((i) => i.spread)).toEqual([1, 1]);
  });

  it('moves settled questions out of the open list and keeps the five the same', () => {
    const withConsensus = questions.map((q) =>
      q.indicatorId === 'q-wide' || q.indicatorId === 'q-two' ? { ...q, consensus: agreed(q.indicatorId) } : q,
    );
    const { items, open, settled } = mostDivided(withConsensus);
    expect(items.map((i) => i.indicatorId)).toEqual(['q-three', 'q-wide', 'q-fund', 'q-two', 'q-outlier']);
    expect(open.map((i) => i.indicatorId)).toEqual(['q-three', 'q-fund', 'q-outlier']);
    expect(settled.map((i) => i.indicatorId)).toEqual(['q-wide', 'q-two']);
  });

  it('counts an agreed "not applicable" as settled, from a real workshop', () => {
    const w = workshopWith([ballot([0, 1]), ballot([4, 1]), ballot([2, 3])], { 'alpha-1': agreed('alpha-1', 'na') });
    const { items, settled } = mostDivided(aggregateBallots(TEST_RUBRIC, w).indicators);
    expect(items.map((i) => [i.indicatorId, i.spread, i.settled])).toEqual([
      ['alpha-1', 4, true],
      ['alpha-2', 2, false],
    ]);
    expect(settled.map((i) => i.indicatorId)).toEqual(['alpha-1']);
  });

  it('is empty when nobody differs', () => {
    expect(mostDivided([question('a', [0, 4, 0, 0, 0]), question('b', [0, 0, 0, 0, 0])]).items).toEqual([]);
  });
});
