// A flowing-text layer over jsPDF. Every page break goes through one rule, `keep`: "does this block
// fit in what is left of the page, else start a new one". Paragraphs and bullets break between
// lines with at least two lines on each side (short ones move whole); headings wait to be drawn with
// the first lines of what follows; a section never ends on a page of fewer than three rows.
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
  /** Drawn only together with the first lines of the next block (headings, labels, lead-ins). */
  keepWithNext?: boolean;
}

/** A paragraph split across pages leaves at least this many lines on each side of the break. */
const ORPHANS = 2;
const WIDOWS = 2;
/** A paragraph or bullet of this many lines or fewer is never split. */
const KEEP_WHOLE = 4;
/** A section's last page holds at least this many rows, or the page before it gives some up. */
const MIN_TAIL_ROWS = 3;
const TAIL_ATTEMPTS = 4;
/** The running footer's baseline and its rule, measured up from the foot of the page (inside the bottom margin). */
const FOOTER_BASELINE = 32;
const FOOTER_RULE = 44;
/** Rounding slack when comparing positions. */
const EPSILON = 0.01;

export interface KeepOptions {
  /** Rows of text the block holds (for the section-tail rule); 1 by default. */
  rows?: number;
  /** Drawn at the top of the new page when the block does not fit, e.g. a table's column headings. */
  onNewPage?: () => void;
}

interface Waiting {
  height: number;
  draw: () => void;
}

export class PdfWriter {
  readonly doc: jsPDF;
  readonly margin = 56;
  y: number;
  /** Blocks kept with what follows: drawn by the next `keep`, on whichever page that block lands. */
  private waiting: Waiting[] = [];
  /** The top of every row of text drawn, by page number. */
  private rowTops = new Map<number, number[]>();
  /** Pages made to end early so that the page after them is not left near-empty. */
  private limits = new Map<number, number>();

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

  private get page(): number {
    return this.doc.getNumberOfPages();
  }

  /** The lowest point body text may reach: the footer lives in the bottom margin. */
  get bottom(): number {
    return this.limits.get(this.page) ?? this.pageHeight - this.margin;
  }

  private rowsOn(page: number): number[] {
    let rows = this.rowTops.get(page);
    if (!rows) this.rowTops.set(page, (rows = []));
    return rows;
  }

  private recordRows(count: number): void {
    for (let i = 0; i < count; i += 1) this.rowsOn(this.page).push(this.y);
  }

  fits(height: number): boolean {
    return this.y + height <= this.bottom + EPSILON;
  }

  private breakPage(onNewPage?: () => void): void {
    this.doc.addPage();
    this.y = this.margin;
    onNewPage?.();
  }

  /**
   * The page-break rule for every block: if the blocks waiting to be kept with this one, plus `height`
   * points of it, do not fit on this page, start a new one (unless nothing is on this page yet, where
   * a break could not help). Then draws the waiting blocks; the caller draws its block at `y`.
   */
  keep(height: number, options: KeepOptions = {}): void {
    const waiting = this.waiting.reduce((sum, b) => sum + b.height, 0);
    if (!this.fits(waiting + height) && this.rowsOn(this.page).length > 0) this.breakPage(options.onNewPage);
    this.flushWaiting();
    this.recordRows(options.rows ?? 1);
  }

  private flushWaiting(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const block of waiting) block.draw();
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

  /** Writes a block of text at the cursor (or, with `keepWithNext`, holds it for the next block). */
  text(text: string, style: TextStyle): void {
    const x = this.margin + (style.indent ?? 0);
    this.lines(this.wrap(text, style), style, (line) => this.doc.text(line, x, this.baseline(style)));
  }

  /** A heading: never left alone at the foot of a page, it goes with the first lines of what follows. */
  heading(text: string, style: TextStyle): void {
    this.text(text, { ...style, keepWithNext: true });
  }

  /** A bulleted item with a hanging indent. */
  bullet(text: string, style: TextStyle, marker = '•'): void {
    const indent = (style.indent ?? 0) + 14;
    this.lines(this.wrap(text, { ...style, indent }), style, (line, i) => {
      if (i === 0) this.doc.text(marker, this.margin + (style.indent ?? 0), this.baseline(style));
      this.doc.text(line, this.margin + indent, this.baseline(style));
    });
  }

  private baseline(style: TextStyle): number {
    return this.y + style.size * 0.8;
  }

  /** Lines of one block, broken across pages by the orphan, widow and keep-whole rules. */
  private lines(lines: string[], style: TextStyle, drawLine: (line: string, index: number) => void): void {
    const lh = this.lineHeightOf(style);
    const visible = (from: number, to: number) => lines.slice(from, to).filter((l) => l.trim() !== '').length;
    const drawRange = (from: number, to: number) => {
      this.setStyle(style);
      for (let i = from; i < to; i += 1) {
        if (lines[i]!.trim() !== '') {
          this.recordRows(1);
          drawLine(lines[i]!, i);
        }
        this.y += lh;
      }
    };
    if (style.keepWithNext) {
      this.waiting.push({ height: lines.length * lh + (style.after ?? 0), draw: () => this.lines(lines, { ...style, keepWithNext: false }, drawLine) });
      return;
    }
    const whole = visible(0, lines.length) <= KEEP_WHOLE;
    this.keep((whole ? lines.length : Math.min(lines.length, ORPHANS)) * lh, { rows: 0 });
    let i = 0;
    while (i < lines.length) {
      const rest = lines.length - i;
      let take = Math.min(rest, Math.floor((this.bottom - this.y + EPSILON) / lh));
      if (take < rest) {
        while (take > 0 && visible(i + take, lines.length) < WIDOWS) take -= 1;
        if (visible(i, i + take) < ORPHANS) take = 0;
      }
      // On a page with nothing on it yet, moving on cannot help: draw what fits.
      if (take === 0 && this.rowsOn(this.page).length === 0) take = Math.max(1, Math.min(rest, Math.floor((this.bottom - this.y) / lh)));
      drawRange(i, i + take);
      i += take;
      if (i < lines.length) {
        this.breakPage();
        while (i < lines.length && lines[i]!.trim() === '') i += 1;
      }
    }
    this.y += style.after ?? 0;
  }

  /** Space or a rule drawn after a waiting heading stays with it. */
  private afterWaiting(height: number, draw: () => void): void {
    if (this.waiting.length > 0) this.waiting.push({ height, draw });
    else draw();
  }

  rule(color: Rgb = RULE, width = 0.6): void {
    this.afterWaiting(0, () => {
      this.doc.setDrawColor(...color);
      this.doc.setLineWidth(width);
      this.doc.line(this.margin, this.y, this.pageWidth - this.margin, this.y);
    });
  }

  space(points: number): void {
    this.afterWaiting(points, () => {
      this.y += points;
    });
  }

  /**
   * Draws one section of the report from the top of a new page. When its last page would hold fewer
   * than MIN_TAIL_ROWS rows, the section is drawn again with the page before ending a few rows earlier.
   */
  section(draw: () => void): void {
    const first = this.page + 1;
    for (let attempt = 1; ; attempt += 1) {
      this.breakPage();
      draw();
      this.flushWaiting();
      const last = this.page;
      const tail = this.rowsOn(last).length;
      const before = this.rowsOn(last - 1);
      const cut = before[before.length - (MIN_TAIL_ROWS - tail)];
      if (last === first || tail >= MIN_TAIL_ROWS || attempt === TAIL_ATTEMPTS || cut === undefined) break;
      for (let page = last; page >= first; page -= 1) {
        this.doc.deletePage(page);
        this.rowTops.delete(page);
      }
      this.limits.set(last - 1, Math.min(cut, this.limits.get(last - 1) ?? cut));
    }
    this.limits.clear();
  }

  /** Stamps the running footer and "page N of M" on every page but the cover. */
  footers(left: string, pageLabel: (n: number, total: number) => string): void {
    const total = this.doc.getNumberOfPages();
    for (let n = 2; n <= total; n += 1) {
      this.doc.setPage(n);
      const y = this.pageHeight - FOOTER_BASELINE;
      this.doc.setDrawColor(...RULE);
      this.doc.setLineWidth(0.5);
      this.doc.line(this.margin, this.pageHeight - FOOTER_RULE, this.pageWidth - this.margin, this.pageHeight - FOOTER_RULE);
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
