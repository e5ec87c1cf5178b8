// "Download PDF report" in the browser: fetch the embedded fonts from our own origin, build, save.
// This module and jsPDF load only when the user asks for a PDF.
import boldUrl from './fonts/NotoSans-Bold.ttf?url';
import regularUrl from './fonts/NotoSans-Regular.ttf?url';
import type { ReportModel } from '../../core/report-model';
import { downloadFile, fileNameFrom } from '../../lib/download';
import { reportFileBase } from '../report-text';
import { buildPdf } from './build-pdf';
import type { PageSize, PdfFonts } from './build-pdf';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

let fonts: Promise<PdfFonts> | null = null;

function loadFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

export async function downloadPdfReport(model: ReportModel, pageSize: PageSize): Promise<void> {
  // The map's layout runs in its worker, as on the map screen (and is remembered from there).
  const map = model.networkMap;
  const mapLayout = map?.members.length ? await (await import('../../components/map-layout')).layoutMap(map) : undefined;
  const bytes = buildPdf(model, await loadFonts(), { pageSize, ...(mapLayout && { mapLayout }) });
  downloadFile(fileNameFrom(reportFileBase(model), 'pdf'), bytes, 'application/pdf');
}
