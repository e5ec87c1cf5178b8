// The PDF report: from a report model and the font files to PDF bytes. Runs in the browser and
// under Node alike; the caller supplies the fonts (fetched in the browser, read from disk in tests).
import { jsPDF } from 'jspdf';
import type { ReportModel } from '../../core/report-model';
import { assessedByText, formatReportDate, reportText } from '../report-text';
import { drawAppendix, drawCover, drawMethod, drawOutcomesAndSteps, drawPrinciple, drawSummary } from './pdf-sections';
import { drawGroupPicture } from './pdf-workshop-sections';
import { FONT, PdfWriter } from './pdf-writer';
import { oneLine, pdfSafe } from './pdf-text';

export type PageSize = 'a4' | 'letter';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PdfOptions {
  pageSize?: PageSize;
}

/** jsPDF takes a TrueType file as a "binary string": one character per byte. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return out;
}

function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS('NotoSans-Regular.ttf', binaryString(fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}

export function buildPdf(typed: ReportModel, fonts: PdfFonts, options: PdfOptions = {}): ArrayBuffer {
  const doc = new jsPDF({ unit: 'pt', format: options.pageSize ?? 'a4', compress: true });
  registerFonts(doc, fonts);
  // Document properties keep the words exactly as typed; the pages show what the font can draw.
  doc.setProperties({
    title: `${reportText.documentTitle}: ${typed.networkName}`,
    subject: reportText.subject,
    author: assessedByText(typed),
    creator: reportText.creator,
    keywords: reportText.keywords,
  });
  doc.setLanguage(reportText.documentLanguage as Parameters<typeof doc.setLanguage>[0]);
  const model = pdfSafe(typed);

  const writer = new PdfWriter(doc);
  drawCover(writer, model);
  // Each section starts on a new page; the method and the appendix share one.
  writer.section(() => drawSummary(writer, model));
  const { workshop } = model;
  if (workshop) writer.section(() => drawGroupPicture(writer, model, workshop));
  // A principle a workshop session left out gets no page of its own: the summary names it.
  for (const principle of model.principles.filter((p) => p.covered)) writer.section(() => drawPrinciple(writer, principle, workshop));
  writer.section(() => drawOutcomesAndSteps(writer, model));
  writer.section(() => {
    drawMethod(writer, model);
    drawAppendix(writer, model);
  });
  writer.footers(`${oneLine(model.networkName)} · ${formatReportDate(model.assessedAt)}`, reportText.page);
  return doc.output('arraybuffer');
}
