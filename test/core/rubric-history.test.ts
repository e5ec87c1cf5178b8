// Rubric versions: answers given under an older version are mapped to today's ids, and indicators
// added later are known not to have existed then (shown as "absent" in the trend, not as blanks).
import type { Answers } from '../../src/core/answers';
import { createAssessment } from '../../src/core/assessment';
import type { Assessment } from '../../src/core/assessment';
import { compareVersions, existedIn, mapAnswersToCurrent } from '../../src/core/rubric-history';
import { parseRubric } from '../../src/core/rubric-schema';
import type { Rubric } from '../../src/core/rubric-schema';
import { buildTrend } from '../../src/core/trend';
import { rawFixtureRubric } from './fixtures';

type History = NonNullable<Rubric['history']>;

/** The fixture rubric at 1.2.0: alpha's first indicator was "old-a" before 1.1.0; "brand-new" came in 1.2.0. */
function rubricWith(history: History): Rubric {
  const raw = rawFixtureRubric();
  raw.version = '1.2.0';
  const alpha = raw.principles[0]!;
  alpha.indicators[0]!.id = 'new-a';
  alpha.indicators[3]!.id = 'brand-new';
  const result = parseRubric({ ...raw, history });
  if (!result.ok) throw new Error(`the history fixture is invalid:\n${result.error}`);
  return result.value;
}

const RUBRIC = rubricWith([
  { version: '1.1.0', renamed: { 'old-a': 'new-a' } },
  { version: '1.2.0', added: ['brand-new'] },
]);

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.10.0', '1.9.0', 1],
    ['1.9.0', '1.10.0', -1],
    ['2.0.0', '10.0.0', -1],
    ['1.2.3', '1.2.4', -1],
    ['1.2', '1.2.0', 0],
  ])('compares %s with %s numerically', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

describe('mapAnswersToCurrent', () => {
  const atOneZero: Answers = { 'old-a': { value: 3, note: 'Renamed — «still mine»' }, 'alpha-2': { value: 'na' } };

  it('renames ids changed in later versions and keeps the answers themselves', () => {
    const before = structuredClone(atOneZero);
    expect(mapAnswersToCurrent(RUBRIC, atOneZero, '1.0.0')).toStrictEqual({
      'new-a': { value: 3, note: 'Renamed — «still mine»' },
      'alpha-2': { value: 'na' },
    });
    expect(atOneZero).toStrictEqual(before);
  });

  it.each(['1.1.0', '1.2.0', '2.0.0'])('leaves answers given at %s (after the rename) as they are', (version) => {
    const answers: Answers = { 'new-a': { value: 1 }, 'alpha-2': { value: 2 } };
    expect(mapAnswersToCurrent(RUBRIC, answers, version)).toStrictEqual(answers);
  });

  it('applies renames oldest first, whatever order the history lists them in', () => {
    const chained = rubricWith([
      { version: '1.2.0', renamed: { 'mid-a': 'new-a' } },
      { version: '1.1.0', renamed: { 'old-a': 'mid-a' } },
    ]);
    expect(mapAnswersToCurrent(chained, { 'old-a': { value: 4 } }, '1.0.0')).toStrictEqual({ 'new-a': { value: 4 } });
    expect(mapAnswersToCurrent(chained, { 'mid-a': { value: 4 } }, '1.1.0')).toStrictEqual({ 'new-a': { value: 4 } });
  });

  it('changes nothing for a rubric without history', () => {
    const answers: Answers = { 'old-a': { value: 0 } };
    expect(mapAnswersToCurrent(rubricWith([]), answers, '1.0.0')).toStrictEqual(answers);
  });
});

describe('existedIn', () => {
  it.each([
    ['brand-new', '1.0.0', false],
    ['brand-new', '1.1.0', false],
    ['brand-new', '1.2.0', true],
    ['new-a', '1.0.0', true],
    ['new-a', '1.1.0', true],
    ['alpha-2', '1.0.0', true],
  ] as const)('%s at %s: %s', (id, version, expected) => {
    expect(existedIn(RUBRIC, id, version)).toBe(expected);
  });
});

describe('trend across rubric versions', () => {
  function at(version: string, createdAt: string, answers: Answers): Assessment {
    const a = createAssessment({ id: RUBRIC.id, version }, { networkName: 'Coopérative du Québec', assessors: 'Zoë' }, new Date(createdAt));
    return { ...a, id: `v${version}`, answers };
  }
  const trend = buildTrend(RUBRIC, [
    at('1.0.0', '2023-01-01T00:00:00.000Z', { 'old-a': { value: 3 }, 'alpha-2': { value: 1 }, 'alpha-3': { value: 2 } }),
    at('1.1.0', '2024-01-01T00:00:00.000Z', { 'new-a': { value: 2 }, 'alpha-2': { value: 1 }, 'alpha-3': { value: 2 } }),
    at('1.2.0', '2025-01-01T00:00:00.000Z', {
      'new-a': { value: 4 },
      'alpha-2': { value: 1 },
      'alpha-3': { value: 2 },
      'brand-new': { value: 2 },
    }),
  ]);
  const cellsOf = (id: string) => trend.indicators.find((i) => i.id === id)?.cells;

  it('follows a renamed indicator across the rename', () => {
    expect(cellsOf('new-a')).toEqual([
      { kind: 'level', level: 3, change: null },
      { kind: 'level', level: 2, change: -1 },
      { kind: 'level', level: 4, change: 2 },
    ]);
  });

  it('marks an indicator as absent in assessments made before it was added', () => {
    expect(cellsOf('brand-new')).toEqual([{ kind: 'absent' }, { kind: 'absent' }, { kind: 'level', level: 2, change: null }]);
  });

  it('scores the older answers under today’s ids', () => {
    // Alpha: 3, 1, 2 → mean 2 → 50; 2, 1, 2 → 5/3 → 41.67; 4, 1, 2, 2 → 2.25 → 56.25.
    const alpha = trend.principles[0]!.scores;
    expect(alpha[0]).toBe(50);
    expect(alpha[1]).toBeCloseTo(125 / 3, 10);
    expect(alpha[2]).toBe(56.25);
  });
});
