// From rubric 1.0.0 to 2.0.0: every 1.0.0 question is accounted for by the history, a saved or
// exported 1.0.0 assessment still opens and scores under 2.0.0 (retired questions kept but left out
// of the scores), and the trend compares it with a 2.0.0 assessment, marking the questions that changed.
import { readFileSync } from 'node:fs';
import type { Answers, AnswerValue } from '../../src/core/answers';
import { createAssessment } from '../../src/core/assessment';
import type { Assessment } from '../../src/core/assessment';
import { parseAssessmentFile, serializeAssessment } from '../../src/core/assessment-file';
import { BUILTIN_RUBRICS, FIVE_PRINCIPLES, findRubric } from '../../src/core/builtin-rubrics';
import { migratePersisted } from '../../src/core/persisted-migrations';
import { sanitizePersisted } from '../../src/core/persisted-state';
import { indicatorIdsAtVersion, mapAnswersToCurrent } from '../../src/core/rubric-history';
import { parseRubric } from '../../src/core/rubric-schema';
import type { Rubric } from '../../src/core/rubric-schema';
import { scoreAssessment } from '../../src/core/scoring';
import { buildTrend } from '../../src/core/trend';
import storedV1 from '../fixtures/stored-v1.json';

const v1Parsed = parseRubric(JSON.parse(readFileSync(new URL('../fixtures/five-principles-1.0.0.json', import.meta.url), 'utf8')));
if (!v1Parsed.ok) throw new Error(v1Parsed.error);
const V1: Rubric = v1Parsed.value;
const V2 = FIVE_PRINCIPLES;

const idsOf = (r: Rubric) => r.principles.flatMap((p) => p.indicators.map((i) => i.id));
const change = V2.history!.find((h) => h.version === '2.0.0')!;

/** A 1.0.0 assessment answering every question: principle p, question q gets level (p + q) mod 5. */
function v1Assessment(): Assessment {
  const a = createAssessment({ id: V1.id, version: V1.version }, { networkName: 'Coopérative du Québec', assessors: 'Zoë' }, new Date('2024-05-01T09:00:00.000Z'));
  a.id = 'v1-assessment';
  V1.principles.forEach((p, pi) => p.indicators.forEach((ind, ii) => (a.answers[ind.id] = { value: ((pi + ii) % 5) as AnswerValue })));
  return a;
}

describe('the 2.0.0 history', () => {
  it('is the 2.0.0 rubric the app ships, and 1.0.0 is the version before it', () => {
    expect([V1.version, V2.version]).toEqual(['1.0.0', '2.0.0']);
    expect(V2.id).toBe(V1.id);
  });

  it('accounts for every 1.0.0 question: kept under its id, or removed, and every new one added', () => {
    expect([...indicatorIdsAtVersion(V2, '1.0.0')].sort()).toEqual(idsOf(V1).sort());
    const kept = idsOf(V1).filter((id) => idsOf(V2).includes(id));
    expect([...kept, ...(change.removed ?? [])].sort()).toEqual(idsOf(V1).sort());
    expect([...kept, ...(change.added ?? [])].sort()).toEqual(idsOf(V2).sort());
    expect(change.renamed ?? {}).toEqual({});
  });

  it('maps 1.0.0 answers onto 2.0.0 ids as the history says: kept ids as they are, nothing invented', () => {
    const mapped = mapAnswersToCurrent(V2, v1Assessment().answers, '1.0.0');
    expect(mapped).toEqual(v1Assessment().answers);
    const current = Object.keys(mapped).filter((id) => idsOf(V2).includes(id));
    const retired = Object.keys(mapped).filter((id) => !idsOf(V2).includes(id));
    expect(retired.sort()).toEqual([...(change.removed ?? [])].sort());
    expect(current).toHaveLength(idsOf(V1).length - retired.length);
  });
});

describe('a 1.0.0 assessment under rubric 2.0.0', () => {
  // Kept questions only (retired ones in brackets):
  // 1: 0, 1, 2, 3, 4 → 2 → 50
  // 2: 1, [2], [3], 4, 0 → 5/3 → 41.67
  // 3: [2], 3, 4, [0], 1 → 8/3 → 66.67
  // 4: 3, 4, 0, [1], 2 → 9/4 → 56.25
  // 5: 4, 0, 1, [2], 3 → 2 → 50
  const expected = [50, 500 / 12, 200 / 3, 56.25, 50];

  it('scores the questions that are still asked, leaving the retired ones out', () => {
    const score = scoreAssessment(V2, v1Assessment().answers);
    score.principles.forEach((p, i) => expect(p.score).toBeCloseTo(expected[i]!, 10));
    expect(score.principles.map((p) => p.levelled)).toEqual([5, 3, 3, 4, 4]);
    expect(score.overall).toBeCloseTo(expected.reduce((a, b) => a + b, 0) / 5, 10);
  });

  it('opens from the saved version-1 store: the rubric is found and the kept answers score', () => {
    const migrated = migratePersisted(structuredClone(storedV1.state), storedV1.version);
    const { state, setAside } = sanitizePersisted(migrated.ok ? migrated.state : null);
    expect(setAside).toEqual([]);
    const saved = Object.values(state.assessments)[0]!;
    expect(saved.rubric.version).toBe('1.0.0');
    expect(findRubric(saved.rubric)).toBe(V2);
    const score = scoreAssessment(V2, saved.answers);
    // inst-formal-agreements 3 and div-sectors 2 are still asked; inst-shared-entities was "don't know".
    expect(score.principles.map((p) => p.levelled)).toEqual([1, 1, 0, 0, 0]);
    expect(score.principles[0]!.dontKnow).toBe(1);
  });

  it('imports from an exported 1.0.0 file whole: retired answers are kept, nothing is reported dropped', () => {
    const text = serializeAssessment(v1Assessment(), new Date('2024-05-02T09:00:00.000Z'));
    const result = parseAssessmentFile(text, BUILTIN_RUBRICS);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.dropped).toEqual([]);
    expect(result.assessment.answers).toEqual(v1Assessment().answers);
    expect(scoreAssessment(V2, result.assessment.answers).overall).toBeCloseTo(expected.reduce((a, b) => a + b, 0) / 5, 10);
  });
});

describe('the trend from a 1.0.0 to a 2.0.0 assessment', () => {
  function v2Assessment(extra: Answers = {}): Assessment {
    const a = createAssessment({ id: V2.id, version: V2.version }, { networkName: 'Coopérative du Québec', assessors: 'Zoë' }, new Date('2026-05-01T09:00:00.000Z'));
    a.id = 'v2-assessment';
    for (const id of idsOf(V2)) a.answers[id] = { value: 4 };
    Object.assign(a.answers, extra);
    return a;
  }
  const trend = buildTrend(V2, [v1Assessment(), v2Assessment()]);
  const cells = (id: string) => trend.indicators.find((i) => i.id === id)!.cells;

  it('follows a kept question across the versions, with the change', () => {
    // inst-dispute-resolution was principle 1, question 4 in 1.0.0: level 3; now 4.
    expect(cells('inst-dispute-resolution')).toEqual([
      { kind: 'level', level: 3, change: null },
      { kind: 'level', level: 4, change: 1 },
    ]);
  });

  it('marks each question added in 2.0.0 as not asked in the 1.0.0 assessment', () => {
    for (const id of change.added ?? []) {
      expect(cells(id)).toEqual([{ kind: 'absent' }, { kind: 'level', level: 4, change: null }]);
    }
  });

  it('lists only the questions asked today, so retired ones never show as blanks', () => {
    expect(trend.indicators.map((i) => i.id)).toEqual(idsOf(V2));
  });

  it('scores both assessments under today’s rubric', () => {
    expect(trend.principles[1]!.scores[0]).toBeCloseTo(500 / 12, 10);
    expect(trend.principles.map((p) => p.scores[1])).toEqual([100, 100, 100, 100, 100]);
  });

  it('shows a new question answered after the upgrade in an assessment begun under 1.0.0', () => {
    const carriedOn = v1Assessment();
    carriedOn.answers['self-mutual-support'] = { value: 2 };
    const t = buildTrend(V2, [carriedOn]);
    expect(t.indicators.find((i) => i.id === 'self-mutual-support')!.cells).toEqual([{ kind: 'level', level: 2, change: null }]);
    expect(t.indicators.find((i) => i.id === 'gen-locked-reserves')!.cells).toEqual([{ kind: 'absent' }]);
  });
});
