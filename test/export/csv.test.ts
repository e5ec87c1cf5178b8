// The CSV export read back the way a spreadsheet would: BOM, CRLF rows, quoting, and the formula guard.
import Papa from 'papaparse';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildReportModel } from '../../src/core/report-model';
import type { ReportModel } from '../../src/core/report-model';
import { buildCsv, csvField } from '../../src/export/csv/build-csv';
import { sampleAssessment } from '../fixtures/sample-assessment';

const NOW = new Date('2026-04-01T10:00:00.000Z');
const HEADER = ['principle', 'indicator_id', 'number', 'question', 'level', 'level_label', 'answer', 'note'];

function modelWith(notes: Record<string, string> = {}): ReportModel {
  const assessment = sampleAssessment();
  for (const [id, note] of Object.entries(notes)) assessment.answers[id] = { ...assessment.answers[id], note };
  return buildReportModel(FIVE_PRINCIPLES, assessment, NOW);
}

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const indicators = (model: ReportModel) => model.principles.flatMap((p) => p.indicators.map((ind) => ({ p, ind })));

describe('buildCsv', () => {
  const model = modelWith();
  const csv = buildCsv(model);
  const [header, ...rows] = parse(csv);

  it('starts with a BOM, ends rows with CRLF and has one header then one row per indicator, in rubric order', () => {
    expect(header).toEqual(HEADER);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.endsWith('\r\n\r\n')).toBe(false);
    expect(rows).toHaveLength(25);
    expect(rows.map((r) => r[1])).toEqual(FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators.map((i) => i.id)));
    expect(rows.every((r) => r.length === HEADER.length)).toBe(true);
  });

  it('gives each row the principle, number, question and answer from the model', () => {
    indicators(model).forEach(({ p, ind }, i) => {
      const [principle, , number, question, level, label, answer] = rows[i]!;
      expect([principle, number, question]).toEqual([p.title, ind.number, ind.question]);
      const a = ind.answer;
      const expected =
        a.kind === 'level'
          ? [String(a.level), a.label, 'level']
          : ['', '', { 'between-levels': 'median between levels', 'not-applicable': 'not applicable', 'dont-know': "don't know", unanswered: 'not answered' }[a.kind]];
      expect([level, label, answer]).toEqual(expected);
    });
  });

  it('covers every kind of answer in the fixture', () => {
    expect(new Set(rows.map((r) => r[6]))).toEqual(new Set(['level', 'not applicable', "don't know", 'not answered']));
  });

  it('keeps notes exactly as typed: accents, quotes, commas and line breaks', () => {
    indicators(model).forEach(({ ind }, i) => expect(rows[i]![7]).toBe(ind.note));
    expect(rows[0]![7]).toContain('Łódź Spółdzielnia: "quoted", with commas, and a second line\n=SUM(A1:A3)');
  });

  it('doubles quotes inside a quoted field, per RFC 4180', () => {
    expect(csv).toContain('"Łódź Spółdzielnia: ""quoted"", with commas');
  });
});

describe('formula guard', () => {
  it('turns a note that starts with "=" into text with a leading apostrophe', () => {
    const note = '=SUM(A1:A3) must stay text';
    const [, first] = parse(buildCsv(modelWith({ 'inst-formal-agreements': note })));
    expect(first![7]).toBe("'=SUM(A1:A3) must stay text");
  });

  it.each(['+1 555 0100', '-2 for the late fee', '@mention the board', '\tindented', '\rcarriage'])(
    'guards a field starting with %j',
    (value) => {
      const [, first] = parse(buildCsv(modelWith({ 'inst-formal-agreements': value })));
      expect(first![7]).toBe(`'${value}`);
    },
  );

  it('guards, then quotes, a single field; leaves plain text alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('a = b, c')).toBe('"a = b, c"');
    expect(csvField("don't know")).toBe("don't know");
    expect(csvField('')).toBe('');
  });

  it('guards rubric text that reaches the CSV', () => {
    const model = modelWith();
    model.principles[0]!.indicators[0]!.question = '-How much is written down?';
    const [, first] = parse(buildCsv(model));
    expect(first![3]).toBe("'-How much is written down?");
  });
});
