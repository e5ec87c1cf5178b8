// The page-break rules of the PDF writer, one by one, on a page filled to a known depth and read back
// with pdftotext: widows and orphans, short blocks moved whole, headings kept with what follows,
// table rows that repeat their header, and a section that never ends on a near-empty page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { afterAll, expect, it } from 'vitest';
import { FONT, PdfWriter } from '../../src/export/pdf/pdf-writer';
import type { TextStyle } from '../../src/export/pdf/pdf-writer';
import { bodyRows, layoutProblems, readPages, rowText } from './pdf-pages';
import { loadPdfFonts } from './pdf-fonts';

const dir = mkdtempSync(join(tmpdir(), 'fivefold-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BODY: TextStyle = { size: 10 };
const LH = 14;
const numbered = (name: string, n: number) => Array.from({ length: n }, (_, i) => `${name}${i + 1}`).join('\n');

function writer(): PdfWriter {
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  const fonts = loadPdfFonts();
  const binary = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  doc.addFileToVFS('r.ttf', binary(fonts.regular));
  doc.addFont('r.ttf', FONT, 'normal');
  doc.addFileToVFS('b.ttf', binary(fonts.bold));
  doc.addFont('b.ttf', FONT, 'bold');
  return new PdfWriter(doc);
}

/** Something at the top of the page, then the cursor moved so that exactly `lines` body lines are left. */
function leaveRoomFor(w: PdfWriter, lines: number): void {
  w.text('top', BODY);
  w.y = w.bottom - lines * LH;
}

let count = 0;
/** The rows of text on each page, as pdftotext reads them. */
function pagesOf(w: PdfWriter): string[][] {
  const path = join(dir, `writer-${(count += 1)}.pdf`);
  writeFileSync(path, new Uint8Array(w.doc.output('arraybuffer')));
  return readPages(path).map((page) => bodyRows(page).map(rowText));
}

it('measures a line as the font size × the line height it is drawn with', () => {
  expect(writer().lineHeightOf(BODY)).toBe(LH);
});

it('breaks a long paragraph between lines, leaving at least two lines after the break', () => {
  const w = writer();
  leaveRoomFor(w, 9);
  w.text(numbered('p', 10), BODY);
  const [first, second] = pagesOf(w);
  expect(first!.slice(1)).toEqual(numbered('p', 8).split('\n'));
  expect(second).toEqual(['p9', 'p10']);
});

it('fills the page exactly when the rest fits', () => {
  const w = writer();
  leaveRoomFor(w, 10);
  w.text(numbered('p', 10), BODY);
  expect(pagesOf(w)).toHaveLength(1);
});

it('moves a long paragraph whole rather than leave one line of it at the foot of a page', () => {
  const w = writer();
  leaveRoomFor(w, 1);
  w.text(numbered('p', 10), BODY);
  const [first, second] = pagesOf(w);
  expect(first).toEqual(['top']);
  expect(second).toEqual(numbered('p', 10).split('\n'));
});

it('moves a short paragraph or bullet (four lines or fewer) whole', () => {
  const w = writer();
  leaveRoomFor(w, 3);
  w.bullet(numbered('b', 4), BODY);
  const [first, second] = pagesOf(w);
  expect(first).toEqual(['top']);
  expect(second).toEqual(['• b1', 'b2', 'b3', 'b4']);
});

it('does not count blank lines as the lines left on either side of a break', () => {
  const w = writer();
  leaveRoomFor(w, 8);
  w.text(`${numbered('p', 7)}\n\n\n${numbered('q', 1)}`, BODY);
  const [, second] = pagesOf(w);
  expect(second).toEqual(['p7', 'q1']);
});

it('keeps a heading with the first lines of what follows', () => {
  const w = writer();
  leaveRoomFor(w, 2);
  w.heading('Heading', { size: 11, bold: true, after: 2 });
  w.text(numbered('p', 6), BODY);
  const [first, second] = pagesOf(w);
  expect(first).toEqual(['top']);
  expect(second![0]).toBe('Heading');
});

it('starts a new page for a block that does not fit, drawing the table header there first', () => {
  const w = writer();
  leaveRoomFor(w, 1);
  const header = () => {
    w.doc.text('Column headings', w.margin, w.y + 8);
    w.y += LH;
  };
  w.keep(2 * LH, { onNewPage: header });
  w.doc.text('row', w.margin, w.y + 8);
  const [first, second] = pagesOf(w);
  expect(first).toEqual(['top']);
  expect(second).toEqual(['Column headings', 'row']);
});

it('never ends a section on a page of fewer than three rows: the page before gives some up', () => {
  const w = writer();
  const room = Math.floor((w.bottom - w.margin) / LH);
  w.section(() => {
    // One paragraph that fills the page, then a two-line bullet that does not fit.
    w.text(numbered('p', room - 1), BODY);
    w.bullet('last\nbullet', BODY);
  });
  const [, first, second] = pagesOf(w);
  expect(second!.length).toBeGreaterThanOrEqual(3);
  expect(second!.slice(-2)).toEqual(['• last', 'bullet']);
  expect(first!.length + second!.length).toBe(room + 1);
});

it('has a layout check that sees a near-empty page, words off the page or in the footer, and overprinting', () => {
  const w = writer();
  w.text(numbered('row', 5), BODY);
  w.doc.text('over', w.margin, 200);
  w.doc.text('over', w.margin + 2, 201);
  w.doc.text('in the footer band', w.margin, w.pageHeight - 40);
  w.doc.text('off the edge', w.pageWidth - 20, 300);
  w.doc.addPage();
  w.doc.text('lonely', w.margin, 100);
  w.doc.addPage();
  w.doc.text('last page', w.margin, 100);
  const path = join(dir, 'faults.pdf');
  writeFileSync(path, new Uint8Array(w.doc.output('arraybuffer')));
  const problems = layoutProblems(readPages(path)).join('\n');
  expect(problems).toContain('"over" and "over" are printed over each other');
  expect(problems).toContain('page 1 of 3: "footer" reaches into the footer');
  expect(problems).toContain('"off" lies outside the page');
  expect(problems).toContain('page 2 of 3 holds 1 row(s) of body text: lonely');
  expect(problems).toContain('page 2 of 3: the footer reads []');
  expect(problems).not.toContain('page 3 of 3 holds');
});
