// The executive summary and the change since last time, for hand-built cases whose numbers can be
// worked out on paper (fixture rubric: two principles of four questions, bands at 0/25/50/75), and
// across versions of the shipped rubric (1.0.0 answers against a 2.0.0 assessment).
import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/core/answers';
import { createAssessment } from '../../src/core/assessment';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { changeSinceLast, scoredAt } from '../../src/core/change-since-last';
import { buildReportModel } from '../../src/core/report-model';
import { parseRubric } from '../../src/core/rubric-schema';
import { scoreAssessment } from '../../src/core/scoring';
import { executiveSummary } from '../../src/core/summary';
import { reportNames, summarySentence } from '../../src/export/summary-text';
import { answersFor, TEST_RUBRIC } from './fixtures';
import type { Row } from './fixtures';

const summaryOf = (now: Row[], then: Row[] | null) => {
  const answers = answersFor(...now);
  const score = scoreAssessment(TEST_RUBRIC, answers);
  const values = Object.values(answers).filter((a) => a.value !== undefined);
  const change = then
    ? changeSinceLast(TEST_RUBRIC, scoredAt(TEST_RUBRIC, answers, '1.0.0', '2026-03-12'), scoredAt(TEST_RUBRIC, answersFor(...then), '1.0.0', '2025-03-12'))
    : null;
  return executiveSummary({ score, dontKnow: { count: values.filter((a) => a.value === 'dk').length, of: values.length }, change });
};

const names = {
  principle: (id: string) => TEST_RUBRIC.principles.find((p) => p.id === id)!.title,
  band: (id: string) => TEST_RUBRIC.bands.find((b) => b.id === id)!.label,
};
const words = (sentences: ReturnType<typeof executiveSummary>) => sentences.map((s) => summarySentence(s, names));

describe('executiveSummary', () => {
  it('a first assessment: where it stands, strongest and weakest, and that there is nothing to compare yet', () => {
    // Alpha (4+4+3+3)/4 = 3.5 → 87.5; Beta (1+1+2+2)/4 = 1.5 → 37.5; index 62.5 (Good).
    const sentences = summaryOf([[4, 4, 3, 3], [1, 1, 2, 2]], null);
    expect(sentences).toEqual([
      { code: 'overall', score: 62.5, bandId: 'good' },
      { code: 'strongest-weakest', strongest: { principleId: 'alpha', score: 87.5 }, weakest: { principleId: 'beta', score: 37.5 } },
      { code: 'first-assessment' },
    ]);
    expect(words(sentences)).toEqual([
      'The overall resilience index is 63 out of 100: Good.',
      'Alpha is the strongest principle (88) and Beta the weakest (38): a network is as resilient as its weakest link.',
      'This is the first assessment of this network here: re-assess it later to see what changes.',
    ]);
  });

  it('a rise: the index and the principle that rose most, from and to, since the previous date', () => {
    // Then: Alpha 50, Beta 12.5 → 31.25. Now: Alpha 50, Beta 37.5 → 43.75.
    const sentences = summaryOf([[2, 2, 2, 2], [1, 1, 2, 2]], [[2, 2, 2, 2], [0, 0, 1, 1]]);
    expect(sentences[2]).toEqual({
      code: 'change',
      since: '2025-03-12',
      overall: { from: 31.25, to: 43.75 },
      principle: { principleId: 'beta', from: 12.5, to: 37.5 },
    });
    expect(words(sentences)[2]).toBe('Since 12 March 2025, the index rose from 31 to 44, and Beta rose most, from 13 to 38.');
  });

  it('a fall is worded as a fall', () => {
    // Then: Alpha 75, Beta 50 → 62.5 (shown 63). Now: Alpha 25, Beta 50 → 37.5 (shown 38).
    const sentences = summaryOf([[1, 1, 1, 1], [2, 2, 2, 2]], [[3, 3, 3, 3], [2, 2, 2, 2]]);
    expect(sentences[2]).toMatchObject({ code: 'change', principle: { principleId: 'alpha', from: 75, to: 25 } });
    expect(words(sentences)[2]).toBe('Since 12 March 2025, the index fell from 63 to 38, and Alpha fell most, from 75 to 25.');
  });

  it('unchanged: the same scores as last time, said plainly', () => {
    const sentences = summaryOf([[3, 3, 2, 2], [1, 2, 3, 'na']], [[2, 3, 2, 3], [2, 2, 2, 'dk']]);
    // Alpha 62.5 both times; Beta (1+2+3)/3 and (2+2+2)/3, 50 both times; index 56.25.
    expect(sentences[2]).toEqual({ code: 'unchanged', since: '2025-03-12', overall: 56.25 });
    expect(words(sentences)[2]).toBe('The scores have not changed since 12 March 2025: the index is still 56.');
  });

  it('all “Don’t know”: no index, and the knowledge gap as the finding', () => {
    const sentences = summaryOf([['dk', 'dk', 'dk', 'dk'], ['dk', 'dk', 'dk', 'dk']], null);
    expect(sentences).toEqual([{ code: 'overall-not-enough', levelled: 0, total: 8 }, { code: 'first-assessment' }, { code: 'all-dont-know', count: 8 }]);
    expect(words(sentences)).toEqual([
      'There are not enough answers yet for an overall index: 0 of 8 questions have a level.',
      'This is the first assessment of this network here: re-assess it later to see what changes.',
      'Every answer so far (8) is “Don’t know”: finding out is the first step.',
    ]);
  });

  it('names the share of “Don’t know” answers, and principles that score alike', () => {
    const sentences = summaryOf([[2, 2, 2, 'dk'], [2, 2, 2, 2]], null);
    expect(sentences).toContainEqual({ code: 'principles-even', score: 50 });
    expect(sentences.at(-1)).toEqual({ code: 'dont-know-share', count: 1, of: 8, share: 0.125 });
    expect(words(sentences).at(-1)).toBe('1 of 8 answers (13%) was “Don’t know”: finding out is a first step in itself.');
  });

  it('has two to four sentences whatever the answers', () => {
    for (const [now, then] of [
      [[[4, 4, 4, 4], [0, 0, 0, 'dk']], [[0, 0, 0, 0], [4, 4, 4, 4]]],
      [[[], []], null],
      [[[2], []], [[3, 3, 3, 3], []]],
    ] as [Row[], Row[] | null][]) {
      const n = summaryOf(now, then).length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(4);
    }
  });
});

describe('changeSinceLast', () => {
  it('says when a principle cannot be compared because it had too few answers then or now', () => {
    const change = changeSinceLast(
      TEST_RUBRIC,
      scoredAt(TEST_RUBRIC, answersFor([2, 2, 2, 2], [3]), '1.0.0', '2026-01-01'),
      scoredAt(TEST_RUBRIC, answersFor([1], [1, 1, 1, 1]), '1.0.0', '2025-01-01'),
    );
    expect(change.principles).toEqual([
      { principleId: 'alpha', kind: 'not-comparable', reason: 'not-scored-then' },
      { principleId: 'beta', kind: 'not-comparable', reason: 'not-scored-now' },
    ]);
    expect(change.overall).toBeNull();
  });
});

describe('change since last time across rubric versions (1.0.0 then, 2.0.0 now)', () => {
  // The 1.0.0 rubric file is the one the app shipped; it must still read, and its ids are those of the answers below.
  const v1 = parseRubric(JSON.parse(readFileSync(new URL('../fixtures/five-principles-1.0.0.json', import.meta.url), 'utf8')));
  if (!v1.ok) throw new Error(v1.error);
  const v1Ids = v1.value.principles.flatMap((p) => p.indicators.map((i) => i.id));
  const answersOf = (ids: string[], level: number): Answers => Object.fromEntries(ids.map((id) => [id, { value: level as 0 }]));
  const v2Ids = FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators.map((i) => i.id));

  const lastYear = { ...createAssessment({ id: FIVE_PRINCIPLES.id, version: '1.0.0' }, { networkName: 'Ærø', assessors: '', networkId: 'net-aero', assessedOn: '2025-03-12' }), answers: answersOf(v1Ids, 1) };
  const thisYear = { ...createAssessment(FIVE_PRINCIPLES, { networkName: 'Ærø', assessors: '', networkId: 'net-aero', assessedOn: '2026-03-20' }), answers: answersOf(v2Ids, 3) };
  const model = buildReportModel(FIVE_PRINCIPLES, thisYear, new Date('2026-03-21T00:00:00Z'), lastYear);

  it('compares the principle whose questions stayed the same, and names the others as not comparable', () => {
    // Institutionalization kept its five questions: level 1 → 25, level 3 → 75. The other four each
    // gained a question in 2.0.0 (and lost one), so their scores measure something else now.
    expect(model.change!.principles.map(({ principleId, kind }) => [principleId, kind])).toEqual([
      ['institutionalization', 'compared'],
      ['diversity', 'not-comparable'],
      ['intergenerational-infrastructure', 'not-comparable'],
      ['self-reliance', 'not-comparable'],
      ['embeddedness', 'not-comparable'],
    ]);
    expect(model.change!.principles[0]).toMatchObject({ from: 25, to: 75, title: FIVE_PRINCIPLES.principles[0]!.title });
    expect(model.change!.principles[1]).toMatchObject({ reason: 'questions-changed' });
    expect(model.change).toMatchObject({ since: '2025-03-12', versions: { then: '1.0.0', now: '2.0.0' }, overall: null });
  });

  it('says so in the summary and the change list, in plain words', () => {
    const sentence = model.summary.find((s) => s.code === 'change');
    expect(sentence).toEqual({
      code: 'change',
      since: '2025-03-12',
      overall: null,
      principle: { principleId: 'institutionalization', from: 25, to: 75 },
    });
    expect(summarySentence(sentence!, reportNames(model))).toBe(
      `Since 12 March 2025, ${FIVE_PRINCIPLES.principles[0]!.title} rose most, from 25 to 75.`,
    );
  });

  it('finds nothing to compare when only changed principles were answered both times', () => {
    const onlyDiversity = (ids: string[]) => ids.filter((id) => id.startsWith('div-'));
    const then = { ...lastYear, answers: answersOf(onlyDiversity(v1Ids), 1) };
    const now = { ...thisYear, answers: answersOf(onlyDiversity(v2Ids), 3) };
    const m = buildReportModel(FIVE_PRINCIPLES, now, new Date(), then);
    expect(m.summary).toContainEqual({ code: 'not-comparable', since: '2025-03-12', version: '2.0.0' });
  });
});
