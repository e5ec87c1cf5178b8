// The action plan's CSV (the second file of "Download CSV") read back as a spreadsheet would: one row
// per action in the plan's order, the columns docs/file-formats.md lists, RFC 4180 quoting, the
// formula guard, and every row naming whose plan it is.
import Papa from 'papaparse';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildReportModel } from '../../src/core/report-model';
import { ACTION_COLUMNS, buildActionsCsv } from '../../src/export/csv/build-actions-csv';
import { plannedAssessment } from '../fixtures/sample-plan';
import { sampleAssessment } from '../fixtures/sample-assessment';
import { readFileSync } from 'node:fs';

const NOW = new Date('2026-04-01T10:00:00.000Z');
const CONTEXT = ['network', 'assessed_on', 'assessor', 'rubric_id', 'rubric_version'];

function records(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('buildActionsCsv', () => {
  const assessment = plannedAssessment();
  const csv = buildActionsCsv(buildReportModel(FIVE_PRINCIPLES, assessment, NOW));
  const rows = records(csv);

  it('has one row per action, in the plan’s order, under the documented header', () => {
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    expect(header).toEqual([...CONTEXT, ...ACTION_COLUMNS]);
    expect(rows.map((r) => r.position)).toEqual(['1', '2', '3', '4']);
    expect(rows.map((r) => r.action)).toEqual(assessment.actions.map((a) => (a.text.startsWith('=') ? `'${a.text}` : a.text)));
  });

  it('gives owners, due days, statuses, notes and links as stable values', () => {
    const [charter, fund, visit, dropped] = rows;
    expect(charter).toMatchObject({
      owner: 'Ana Núñez',
      due: '2026-06-30',
      status: 'in-progress',
      principle_id: 'institutionalization',
      recommendation_id: 'inst-mid-charter',
      note: 'Draft shared at the March board.',
      carried_over: 'no',
    });
    expect(charter!.principle).toBe(FIVE_PRINCIPLES.principles[0]!.title);
    expect(fund).toMatchObject({ owner: 'Søren Ærø (treasurer)', status: 'not-started', carried_over: 'yes' });
    // Quoted as RFC 4180 asks, the text with its comma-free guillemets and percent sign comes back whole.
    expect(fund!.action).toBe('Open a solidarity fund with 1 % of each member’s surplus — «pilot for two years».');
    expect(visit).toMatchObject({ owner: 'Board', due: '', status: 'done', principle: '', principle_id: '' });
    expect(dropped).toMatchObject({ status: 'dropped', note: 'Too costly.', due: '2027-01-31' });
    for (const r of rows) expect(r).toMatchObject({ network: assessment.networkName, rubric_id: 'five-principles' });
  });

  it('guards a cell a spreadsheet would read as a formula', () => {
    expect(rows[3]!.action).toBe("'=SUM(A1) survey of every member");
    expect(csv).not.toMatch(/(^|,)=SUM/m);
  });

  it('quotes commas, quotes and line breaks in what the user typed', () => {
    const typed = {
      ...sampleAssessment(),
      actions: [{ id: 'q', text: 'Say "yes", then\nsign', owner: 'Ana, Luc', due: '', status: 'not-started' as const, note: 'line one\r\nline two' }],
    };
    const [row] = records(buildActionsCsv(buildReportModel(FIVE_PRINCIPLES, typed, NOW)));
    expect(row).toMatchObject({ action: 'Say "yes", then\nsign', owner: 'Ana, Luc' });
    expect(row!.note).toContain('line two');
  });

  it('is only a header for a plan with no actions', () => {
    const empty = buildActionsCsv(buildReportModel(FIVE_PRINCIPLES, sampleAssessment(), NOW));
    expect(records(empty)).toEqual([]);
    expect(empty.split('\r\n').filter(Boolean)).toHaveLength(1);
  });

  it('documents every column in docs/file-formats.md', () => {
    const doc = readFileSync(new URL('../../docs/file-formats.md', import.meta.url), 'utf8');
    for (const column of ACTION_COLUMNS) expect(doc, column).toContain(`\`${column}\``);
  });
});
