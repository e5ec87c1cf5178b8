// The PDF fonts read from disk, as the browser would fetch them.
import { readFileSync } from 'node:fs';
import type { PdfFonts } from '../../src/export/pdf/build-pdf';

export function loadPdfFonts(): PdfFonts {
  const read = (name: string) => new Uint8Array(readFileSync(new URL(`../../src/export/pdf/fonts/${name}`, import.meta.url)));
  return { regular: read('NotoSans-Regular.ttf'), bold: read('NotoSans-Bold.ttf') };
}
