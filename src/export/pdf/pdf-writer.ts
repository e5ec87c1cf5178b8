// A flowing-text layer over jsPDF: wraps text, breaks pages between lines (never inside a line),
// keeps headings with what follows them, and stamps footers once the page count is known.
import type { jsPDF } from 'jspdf';

export const FONT = 'NotoSans';

export type Rgb = readonly [number, number, number];
export const INK: Rgb = [29, 35, 39];
export const MUTED: Rgb = [74, 85, 97];
export const ACCENT: Rgb = [31, 95, 139];
export const RULE: Rgb = [200, 196, 188];
export const SOFT: Rgb = [236, 242, 247];
export const WARN: Rgb = [180, 35, 24];

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: Rgb;
  /** Extra left indent in points. */
  indent?: number;
  /** Space after the block, in points. */
  after?: number;
  lineHeight?: number;
}

export class PdfWriter {
  readonly doc: jsPDF;
  readonly margin = 56;
  readonly footerSpace = 40;
  y: number;

  constructor(doc: jsPDF) {
    this.doc = doc;
    this.y = this.margin;
  }

  get pageWidth(): number {
    return this.doc.internal.pageSize.getWidth();
  }

  get pageHeight(): number {
    return this.doc.internal.pageSize.getHeight();
  }

  get contentWidth(): number {
    return this.pageWidth - 2 * this.margin;
  }

  get bottom(): number {
    return this.pageHeight - this.margin - this.footerSpace / 2;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.margin;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  setStyle(style: TextStyle): void {
    this.doc.setFont(FONT, style.bold ? 'bold' : 'normal');
    this.doc.setFontSize(style.size);
    const [r, g, b] = style.color ?? INK;
    this.doc.setTextColor(r, g, b);
  }

  lineHeightOf(style: TextStyle): number {
    return style.size * (style.lineHeight ?? 1.4);
  }

  /** Splits text into lines that fit; paragraphs and line breaks typed by the user are kept. */
  wrap(text: string, style: TextStyle, width: number = this.contentWidth - (style.indent ?? 0)): string[] {
    this.setStyle(style);
    return text.split(/\r\n|\r|\n/).flatMap((paragraph) => {
      if (paragraph.trim() === '') return [''];
      return this.doc.splitTextToSize(paragraph, width) as string[];
    });
  }

  /** Writes a block of text at the cursor, breaking pages between lines as needed. */
  text(text: string, style: TextStyle): void {
    const lines = this.wrap(text, style);
    const lh = this.lineHeightOf(style);
    const x = this.margin + (style.indent ?? 0);
    for (const line of lines) {
      this.ensureSpace(lh);
      this.setStyle(style);
      this.doc.text(line, x, this.y + style.size * 0.8);
      this.y += lh;
    }
    this.y += style.after ?? 0;
  }

  /** A heading that is never left alone at the bottom of a page: it moves with `keep` points of what follows. */
  heading(text: string, style: TextStyle, keep = 60): void {
    const lines = this.wrap(text, style);
    this.ensureSpace(lines.length * this.lineHeightOf(style) + keep);
    this.text(text, style);
  }

  /** A bulleted item with a hanging indent. */
  bullet(text: string, style: TextStyle, marker = '•'): void {
    const indent = (style.indent ?? 0) + 14;
    const lines = this.wrap(text, { ...style, indent });
    const lh = this.lineHeightOf(style);
    lines.forEach((line, i) => {
      this.ensureSpace(lh);
      this.setStyle(style);
      if (i === 0) this.doc.text(marker, this.margin + (style.indent ?? 0), this.y + style.size * 0.8);
      this.doc.text(line, this.margin + indent, this.y + style.size * 0.8);
      this.y += lh;
    });
    this.y += style.after ?? 0;
  }

  rule(color: Rgb = RULE, width = 0.6): void {
    this.doc.setDrawColor(...color);
    this.doc.setLineWidth(width);
    this.doc.line(this.margin, this.y, this.pageWidth - this.margin, this.y);
  }

  space(points: number): void {
    this.y += points;
  }

  /** Stamps the running footer and "page N of M" on every page but the cover. */
  footers(left: string, pageLabel: (n: number, total: number) => string): void {
    const total = this.doc.getNumberOfPages();
    for (let n = 2; n <= total; n += 1) {
      this.doc.setPage(n);
      const y = this.pageHeight - this.margin / 2 - 4;
      this.doc.setDrawColor(...RULE);
      this.doc.setLineWidth(0.5);
      this.doc.line(this.margin, y - 12, this.pageWidth - this.margin, y - 12);
      this.setStyle({ size: 8.5, color: MUTED });
      const label = pageLabel(n, total);
      const labelWidth = this.doc.getTextWidth(label);
      const room = this.contentWidth - labelWidth - 16;
      const [first] = this.doc.splitTextToSize(left, room) as string[];
      const shown = first && first.length < left.length ? `${first.trimEnd()}…` : left;
      this.doc.text(shown, this.margin, y);
      this.doc.text(label, this.pageWidth - this.margin - labelWidth, y);
    }
  }
}
