// "Download CSV" and "Download Markdown": the text exports of the report model, saved as files.
// Loaded only when the user asks for one.
import type { ReportModel } from '../core/report-model';
import { downloadFile, fileNameFrom } from '../lib/download';
import { buildCsv } from './csv/build-csv';
import { buildMarkdown } from './markdown/build-markdown';
import { reportFileBase } from './report-text';

export function downloadCsvReport(model: ReportModel): void {
  downloadFile(fileNameFrom(reportFileBase(model), 'csv'), buildCsv(model), 'text/csv;charset=utf-8');
}

export function downloadMarkdownReport(model: ReportModel): void {
  downloadFile(fileNameFrom(reportFileBase(model), 'md'), buildMarkdown(model), 'text/markdown;charset=utf-8');
}
