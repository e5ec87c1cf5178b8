// The action plan as a spreadsheet, the second file of "Download CSV": one row per action in the
// plan's order, with the same columns naming whose plan it is as the answers file (build-csv.ts), the
// same RFC 4180 quoting and the same formula guard. The columns are documented in docs/file-formats.md.
import type { ReportModel } from '../../core/report-model';
import { reportDay, reportText } from '../report-text';
import { CONTEXT_COLUMNS, csvField } from './build-csv';

export const ACTION_COLUMNS = [
  ...['position', 'action', 'principle', 'principle_id', 'question_number', 'indicator_id', 'recommendation_id'],
  ...['owner', 'due', 'status', 'note', 'carried_over'],
];

export function buildActionsCsv(model: ReportModel): string {
  const context = [model.networkName, reportDay(model.assessedAt), model.assessedBy, model.rubric.id, model.rubric.version];
  const rows = model.actions.map((a) => [
    ...context,
    String(a.number),
    a.text,
    a.principle ?? '',
    a.principleId ?? '',
    a.question ?? '',
    a.indicatorId ?? '',
    a.recommendationId ?? '',
    a.owner,
    a.due,
    // Stable words a spreadsheet can filter on, as in the app's file: not-started, in-progress, done, dropped.
    a.status,
    a.note,
    a.carried ? reportText.csv.yes : reportText.csv.no,
  ]);
  const lines = [[...CONTEXT_COLUMNS, ...ACTION_COLUMNS], ...rows].map((fields) => fields.map(csvField).join(','));
  // As build-csv.ts: a BOM so Excel reads UTF-8, CRLF as RFC 4180 asks.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
