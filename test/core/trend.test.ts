// Re-assessment over time: which assessments are one network (its id, not its name), in what order
// (the assessment date, then when each was started), the principle scores and indicator-by-indicator
// changes the trend shows, and the actions done between assessments. Scores are worked out by hand.
import { createAssessment } from '../../src/core/assessment';
import type { Assessment } from '../../src/core/assessment';
import { actionsDoneBetween, assessmentsOfNetwork, buildTrend } from '../../src/core/trend';
import type { TrendCell } from '../../src/core/trend';
import { TEST_RUBRIC, answersFor } from './fixtures';
import type { Row } from './fixtures';

function assessmentOf(id: string, networkName: string, createdAt: string, rows: Row[] = [], rubricId = TEST_RUBRIC.id, networkId = 'net-q'): Assessment {
  const a = createAssessment({ id: rubricId, version: TEST_RUBRIC.version }, { networkName, assessors: 'Zoë', networkId }, new Date(createdAt));
  return { ...a, id, answers: answersFor(...rows), assessedOn: createdAt.slice(0, 10) };
}

// Three assessments of one network (renamed along the way), given out of order, plus look-alikes that are not it.
const first = assessmentOf('q-1', 'Coopérative du Québec', '2024-01-10T09:00:00.000Z', [
  [2, 2, 2, 2],
  [1, 'na', 3, null],
]);
const second = assessmentOf('q-2', 'Coop du Quebec (typo)', '2024-06-01T09:00:00.000Z', [[4, 'na', 2, 'dk'], []]);
const third = assessmentOf('q-3', 'Réseau coopératif du Québec', '2025-01-15T09:00:00.000Z', [
  [3, 3, 4, 1],
  [4, 4, 4, 0],
]);
const others = [
  assessmentOf('o-1', 'Another network', '2024-03-01T09:00:00.000Z', [[4, 4, 4, 4]], TEST_RUBRIC.id, 'net-other'),
  assessmentOf('o-2', 'Coopérative du Québec', '2024-04-01T09:00:00.000Z', [], TEST_RUBRIC.id, 'net-same-name'),
  assessmentOf('o-3', 'Coopérative du Québec', '2024-05-01T09:00:00.000Z', [], 'other-rubric'),
];
const all = [third, others[0]!, first, others[1]!, second, others[2]!];

describe('assessmentsOfNetwork', () => {
  it('finds one network by its id whatever its records are called, with the same rubric, oldest first', () => {
    expect(assessmentsOfNetwork(all, TEST_RUBRIC.id, 'net-q').map((a) => a.id)).toEqual(['q-1', 'q-2', 'q-3']);
  });

  it('does not take in another network of the same name', () => {
    expect(assessmentsOfNetwork(all, TEST_RUBRIC.id, 'net-same-name').map((a) => a.id)).toEqual(['o-2']);
  });

  it('orders by the assessment date, so a paper assessment entered later takes its place in time', () => {
    const paper = { ...assessmentOf('paper', 'N', '2025-06-01T09:00:00.000Z'), assessedOn: '2023-11-30' };
    expect(assessmentsOfNetwork([...all, paper], TEST_RUBRIC.id, 'net-q').map((a) => a.id)).toEqual(['paper', 'q-1', 'q-2', 'q-3']);
  });

  it('orders assessments of one day by the moment they were started, then by id', () => {
    const a = assessmentOf('b', 'N', '2024-01-01T00:00:00.000Z');
    const b = assessmentOf('a', 'N', '2024-01-01T00:00:00.000Z');
    const later = { ...assessmentOf('c', 'N', '2024-01-01T10:00:00+05:00'), assessedOn: '2024-01-01' };
    expect(assessmentsOfNetwork([later, a, b], TEST_RUBRIC.id, 'net-q').map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('actionsDoneBetween', () => {
  it('lists, for each interval, the earlier plan’s actions that were done', () => {
    const done = { id: 'x', text: 'Sign the charter', owner: 'Ana', due: '', status: 'done' as const, note: '', doneOn: '2024-05-01' };
    const open = { id: 'y', text: 'Open a fund', owner: '', due: '', status: 'in-progress' as const, note: '' };
    const withPlan = { ...first, actions: [done, open] };
    expect(actionsDoneBetween([withPlan, second, third])).toEqual([
      { from: '2024-01-10', to: '2024-06-01', done: [done] },
      { from: '2024-06-01', to: '2025-01-15', done: [] },
    ]);
    expect(actionsDoneBetween([withPlan])).toEqual([]);
  });
});

describe('buildTrend', () => {
  const trend = buildTrend(TEST_RUBRIC, assessmentsOfNetwork(all, TEST_RUBRIC.id, 'net-q'));

  it('scores each principle at each date', () => {
    // Alpha: mean 2 → 50; mean of 4 and 2 → 75; mean of 3, 3, 4, 1 = 2.75 → 68.75.
    // Beta: mean of 1 and 3 (2 of 4 levelled is enough) → 50; nothing → null; mean 3 → 75.
    expect(trend.principles).toEqual([
      { id: 'alpha', title: 'Alpha', shortTitle: 'Alpha', scores: [50, 75, 68.75] },
      { id: 'beta', title: 'Beta', shortTitle: 'Beta', scores: [50, null, 75] },
    ]);
    expect(trend.overall).toEqual([50, 75, 71.875]);
    expect(trend.assessments.map((a) => a.id)).toEqual(['q-1', 'q-2', 'q-3']);
    expect(trend.scores).toHaveLength(3);
  });

  const level = (lvl: number, change: number | null): TrendCell => ({ kind: 'level', level: lvl, change });
  const na: TrendCell = { kind: 'not-applicable' };
  const dk: TrendCell = { kind: 'dont-know' };
  const blank: TrendCell = { kind: 'blank' };

  it.each([
    ['alpha-1', '1.1', [level(2, null), level(4, +2), level(3, -1)]],
    // N/A in between: the change is measured from the last level given.
    ['alpha-2', '1.2', [level(2, null), na, level(3, +1)]],
    ['alpha-3', '1.3', [level(2, null), level(2, 0), level(4, +2)]],
    ['alpha-4', '1.4', [level(2, null), dk, level(1, -1)]],
    ['beta-1', '2.1', [level(1, null), blank, level(4, +3)]],
    // The first level given has no change, even when it is not in the first assessment.
    ['beta-2', '2.2', [na, blank, level(4, null)]],
    ['beta-4', '2.4', [blank, blank, level(0, null)]],
  ])('shows %s (%s) as levels with changes, N/A, don’t know or blank', (id, number, cells) => {
    const row = trend.indicators.find((i) => i.id === id);
    expect(row).toMatchObject({ number, cells });
  });

  it('lists every indicator of the rubric, in rubric order, with its principle and question', () => {
    expect(trend.indicators.map((i) => i.id)).toEqual(TEST_RUBRIC.principles.flatMap((p) => p.indicators.map((i) => i.id)));
    expect(trend.indicators[4]).toMatchObject({ principle: 'Beta', question: 'Question beta-1?' });
  });

  it('is empty but well formed for no assessments', () => {
    const empty = buildTrend(TEST_RUBRIC, []);
    expect(empty.overall).toEqual([]);
    expect(empty.principles.map((p) => p.scores)).toEqual([[], []]);
    expect(empty.indicators.every((i) => i.cells.length === 0)).toBe(true);
  });
});
