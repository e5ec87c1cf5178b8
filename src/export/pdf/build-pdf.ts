// The PDF report: from a report model and the font files to PDF bytes. Runs in the browser and
// under Node alike; the caller supplies the fonts (fetched in the browser, read from disk in tests).
import { jsPDF } from 'jspdf';
import type { MapLayout } from '../../core/network-layout';
import type { ReportModel } from '../../core/report-model';
import { REPORT_SECTIONS } from '../../core/report-sections';
import type { ReportSection } from '../../core/report-sections';
import { assessedByText, formatReportDate, reportText } from '../report-text';
import { drawActionPlan, drawPriorities } from './pdf-plan-sections';
import { drawCover, drawMethod, drawPrinciple, drawStageAndOutcomes, drawSummary } from './pdf-sections';
import { drawMapPage } from './pdf-map-page';
import { drawGroupPicture } from './pdf-workshop-sections';
import { FONT, PdfWriter } from './pdf-writer';
import { oneLine, pdfSafe } from './pdf-text';

export type PageSize = 'a4' | 'letter';

/** Sections drawn on from the page of the one before, rather than from a new page. */
const CONTINUES_PAGE: ReadonlySet<ReportSection> = new Set(['priorities', 'method']);

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PdfOptions {
  pageSize?: PageSize;
  /** Where the network map's members are drawn (computed in a worker): with it, the map gets a page. */
  mapLayout?: MapLayout;
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
    subject: reportText.subject(typed.rubric.title),
    author: assessedByText(typed),
    creator: reportText.creator,
    keywords: reportText.keywords(typed.rubric.title),
  });
  doc.setLanguage(reportText.documentLanguage as Parameters<typeof doc.setLanguage>[0]);
  const model = pdfSafe(typed);

  const writer = new PdfWriter(doc);
  const { workshop } = model;
  const { networkMap } = model;
  const { mapLayout } = options;
  const draw: Record<ReportSection, (() => void) | null> = {
    summary: () => drawSummary(writer, model),
    'group-picture': workshop ? () => drawGroupPicture(writer, model, workshop) : null,
    'action-plan': () => drawActionPlan(writer, model),
    priorities: () => drawPriorities(writer, model),
    principles: null,
    'stage-and-outcomes': () => drawStageAndOutcomes(writer, model),
    'network-map': networkMap?.members.length && mapLayout ? () => drawMapPage(writer, networkMap, mapLayout) : null,
    method: () => drawMethod(writer, model),
  };
  drawCover(writer, model);
  // The sections in the report's one order; each page group starts on a new page (a short section
  // shares its page with the one before, so no page is left near-empty).
  let group: (() => void)[] = [];
  const flush = () => {
    const parts = group;
    group = [];
    if (parts.length > 0) writer.section(() => parts.forEach((part) => part()));
  };
  for (const section of REPORT_SECTIONS) {
    if (section === 'principles') {
      flush();
      // A principle a workshop session left out gets no page of its own: the summary names it.
      for (const principle of model.principles.filter((p) => p.covered)) writer.section(() => drawPrinciple(writer, principle, workshop));
      continue;
    }
    const part = draw[section];
    if (!part) continue;
    if (!CONTINUES_PAGE.has(section)) flush();
    group.push(part);
  }
  flush();
  writer.footers(`${oneLine(model.networkName)} · ${formatReportDate(model.assessedAt)}`, reportText.page);
  return doc.output('arraybuffer');
}
