// The CSV export read back the way a spreadsheet would: BOM, CRLF rows, quoting, the formula guard,
// and every row naming the network, day, assessor and rubric it belongs to.
import fc from 'fast-check';
import Papa from 'papaparse';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildReportModel } from '../../src/core/report-model';
import type { ReportModel } from '../../src/core/report-model';
import { buildCsv, csvField } from '../../src/export/csv/build-csv';
import { formatReportDate } from '../../src/export/report-text';
import { sampleAssessment } from '../fixtures/sample-assessment';

const NOW = new Date('2026-04-01T10:00:00.000Z');
const CONTEXT = ['network', 'assessed_on', 'assessor', 'rubric_id', 'rubric_version'];
const ANSWERS = ['principle', 'indicator_id', 'number', 'question', 'level', 'level_label', 'answer', 'note'];
const HEADER = [...CONTEXT, ...ANSWERS];
const NOTE = HEADER.indexOf('note');

function modelWith(notes: Record<string, string> = {}, details: { networkName?: string; assessors?: string } = {}): ReportModel {
  const assessment = { ...sampleAssessment(), ...details };
  for (const [id, note] of Object.entries(notes)) assessment.answers[id] = { ...assessment.answers[id], note };
  return buildReportModel(FIVE_PRINCIPLES, assessment, NOW);
}

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** The rows as records keyed by column name, as pandas or a spreadsheet's filter would see them. */
function records(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, newline: '\r\n', skipEmptyLines: true });
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
    expect(records(csv).map((r) => r.indicator_id)).toEqual(FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators.map((i) => i.id)));
    expect(rows.every((r) => r.length === HEADER.length)).toBe(true);
  });

  it('gives each row the principle, number, question and answer from the model', () => {
    indicators(model).forEach(({ p, ind }, i) => {
      const [principle, , number, question, level, label, answer] = rows[i]!.slice(CONTEXT.length);
      expect([principle, number, question]).toEqual([p.title, ind.number, ind.question]);
      const a = ind.answer;
      const expected =
        a.kind === 'level'
          ? [String(a.level), a.label, 'level']
          : ['', '', { 'between-levels': 'median between levels', 'not-applicable': 'not applicable', 'dont-know': "don't know", unanswered: 'not answered', 'not-covered': 'not covered' }[a.kind]];
      expect([level, label, answer]).toEqual(expected);
    });
  });

  it('covers every kind of answer in the fixture', () => {
    expect(new Set(records(csv).map((r) => r.answer))).toEqual(new Set(['level', 'not applicable', "don't know", 'not answered']));
  });

  it('keeps notes exactly as typed: accents, quotes, commas and line breaks', () => {
    indicators(model).forEach(({ ind }, i) => expect(rows[i]![NOTE]).toBe(ind.note));
    expect(rows[0]![NOTE]).toContain('Łódź Spółdzielnia: "quoted", with commas, and a second line\n=SUM(A1:A3)');
  });

  it('doubles quotes inside a quoted field, per RFC 4180', () => {
    expect(csv).toContain('"Łódź Spółdzielnia: ""quoted"", with commas');
  });
});

describe('formula guard', () => {
  it('turns a note that starts with "=" into text with a leading apostrophe', () => {
    const note = '=SUM(A1:A3) must stay text';
    const [, first] = parse(buildCsv(modelWith({ 'inst-formal-agreements': note })));
    expect(first![NOTE]).toBe("'=SUM(A1:A3) must stay text");
  });

  it.each(['+1 555 0100', '-2 for the late fee', '@mention the board', '\tindented', '\rcarriage'])(
    'guards a field starting with %j',
    (value) => {
      const [, first] = parse(buildCsv(modelWith({ 'inst-formal-agreements': value })));
      expect(first![NOTE]).toBe(`'${value}`);
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
    const [first] = records(buildCsv(model));
    expect(first!.question).toBe("'-How much is written down?");
  });
});

describe('whose answers: every row names the network, day, assessor and rubric', () => {
  it('repeats them on every row, exactly as typed, accents and all', () => {
    const model = modelWith();
    const rows = records(buildCsv(model));
    expect(rows).toHaveLength(25);
    for (const row of rows) {
      expect(row).toMatchObject({
        network: 'Łódź Spółdzielnia & Coopérative du Québec',
        assessor: 'Ana Núñez, Søren Ærø, Mondragón team',
        rubric_id: 'five-principles',
        rubric_version: FIVE_PRINCIPLES.version,
      });
      // An ISO day, and the same day the PDF's cover shows.
      expect(row.assessed_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(formatReportDate(row.assessed_on!)).toBe(formatReportDate(model.assessedAt));
    }
  });

  it('keeps an unnamed assessor as an empty cell', () => {
    expect(records(buildCsv(modelWith({}, { assessors: '' }))).every((r) => r.assessor === '')).toBe(true);
  });

  it('neutralises a network name written as a formula, on every row', () => {
    const rows = records(buildCsv(modelWith({}, { networkName: '=HYPERLINK("http://evil.example","Click")', assessors: '@SUM(1)' })));
    for (const row of rows) {
      expect(row.network).toBe('\'=HYPERLINK("http://evil.example","Click")');
      expect(row.assessor).toBe("'@SUM(1)");
    }
  });

  it('carries any network name through a CSV parser unchanged on every row (property)', () => {
    const accented = fc.constantFrom('Łódź', 'Coopérative du Québec', 'Mondragón', 'Ærø', 'Żółć', 'naïve', '“quoted”', '"', ',', '\n', ' ');
    const name = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(fc.oneof(accented, fc.string({ maxLength: 5 })), { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(name, (networkName) => {
        const guarded = /^[=+\-@\t\r]/.test(networkName) ? `'${networkName}` : networkName;
        const rows = records(buildCsv(modelWith({}, { networkName })));
        expect(rows).toHaveLength(25);
        for (const row of rows) expect(row.network).toBe(guarded);
      }),
      { numRuns: 200 },
    );
  });
});
