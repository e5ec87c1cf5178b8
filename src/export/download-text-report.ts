// "Download CSV" and "Download Markdown": the text exports of the report model, saved as files.
// Loaded only when the user asks for one.
import type { ReportModel } from '../core/report-model';
import { downloadFile, fileNameFrom } from '../lib/download';
import { buildActionsCsv } from './csv/build-actions-csv';
import { buildCsv } from './csv/build-csv';
import { buildMarkdown } from './markdown/build-markdown';
import { reportFileBase } from './report-text';

export function downloadCsvReport(model: ReportModel): void {
  downloadFile(fileNameFrom(reportFileBase(model), 'csv'), buildCsv(model), 'text/csv;charset=utf-8');
}

/** The action plan, a second file named after the answers' one: "<name>-actions.csv". */
export function downloadActionsCsv(model: ReportModel): void {
  const name = fileNameFrom(reportFileBase(model), 'csv').replace(/\.csv$/, '-actions.csv');
  downloadFile(name, buildActionsCsv(model), 'text/csv;charset=utf-8');
}

export function downloadMarkdownReport(model: ReportModel): void {
  downloadFile(fileNameFrom(reportFileBase(model), 'md'), buildMarkdown(model), 'text/markdown;charset=utf-8');
}
