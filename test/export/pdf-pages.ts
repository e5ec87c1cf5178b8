// A PDF's pages as a reader's tool sees them (poppler's `pdftotext -bbox`): every word with its box,
// grouped into rows of body text, the running footer kept apart. The layout checks the property
// tests make live here, so a new generated input (an action plan, a summary page) reuses them.
import { execFileSync } from 'node:child_process';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  number: number;
  width: number;
  height: number;
  words: Word[];
}

/** The running footer (its rule, the network and date, "page N of M") sits in this band at the foot of the page. */
export const FOOTER_BAND = 48;
/** Nothing is printed closer to the left or right edge than this. */
const SIDE_CLEARANCE = 28;
/** The fewest rows of body text a page may hold, unless it is the document's last page. */
export const MIN_ROWS = 3;

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function readPages(path: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return html
    .split('<page ')
    .slice(1)
    .map((chunk, i) => {
      const [, width, height] = /^width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
      const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        ([, xMin, yMin, xMax, yMax, text]) => ({ text: decode(text!), xMin: +xMin!, yMin: +yMin!, xMax: +xMax!, yMax: +yMax! }),
      );
      return { number: i + 1, width: Number(width), height: Number(height), words };
    });
}

/** Words on one line of text; words whose boxes end within 3 pt of each other share a row. */
export function rowsOf(words: Word[]): Word[][] {
  const rows: Word[][] = [];
  for (const word of [...words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const row = rows.at(-1);
    if (row && word.yMax - row[0]!.yMax < 3) row.push(word);
    else rows.push([word]);
  }
  return rows.map((row) => row.sort((a, b) => a.xMin - b.xMin));
}

const footerTop = (page: Page) => page.height - FOOTER_BAND;

export function bodyRows(page: Page): Word[][] {
  return rowsOf(page.words.filter((w) => w.yMin < footerTop(page)));
}

export const rowText = (row: Word[]) => row.map((w) => w.text).join(' ');

/**
 * Words printed over each other: boxes that cross by more than a point across and by more than a
 * third of the shorter word's height (font boxes are taller than the line, so a little overlap between
 * lines is normal).
 */
function overlaps(words: Word[]): [Word, Word][] {
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin);
  const found: [Word, Word][] = [];
  sorted.forEach((a, i) => {
    for (let j = i + 1; j < sorted.length && sorted[j]!.yMin < a.yMax; j += 1) {
      const b = sorted[j]!;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (across > 1 && down > Math.min(a.yMax - a.yMin, b.yMax - b.yMin) / 3) found.push([a, b]);
    }
  });
  return found;
}

/**
 * What a reader would call a layout fault, page by page: a page (other than the last) with fewer than
 * MIN_ROWS rows of body text, a word outside the page or its side margins, body text reaching into the
 * footer band, words printed over each other, or a footer that is not one line ending "page N of M".
 * Empty when the layout is sound.
 */
export function layoutProblems(pages: Page[]): string[] {
  const problems: string[] = [];
  const total = pages.length;
  for (const page of pages) {
    const at = `page ${page.number} of ${total}`;
    const body = bodyRows(page);
    if (page.number < total && body.length < MIN_ROWS) {
      problems.push(`${at} holds ${body.length} row(s) of body text: ${body.map(rowText).join(' / ').slice(0, 160)}`);
    }
    for (const w of page.words) {
      if (w.xMin < SIDE_CLEARANCE || w.xMax > page.width - SIDE_CLEARANCE || w.yMin < 0 || w.yMax > page.height) {
        problems.push(`${at}: "${w.text}" lies outside the page (${w.xMin}, ${w.yMin}, ${w.xMax}, ${w.yMax})`);
      }
      if (w.yMin < footerTop(page) && w.yMax > footerTop(page)) {
        problems.push(`${at}: "${w.text}" reaches into the footer (bottom at ${w.yMax} of ${page.height})`);
      }
    }
    for (const [a, b] of overlaps(page.words)) problems.push(`${at}: "${a.text}" and "${b.text}" are printed over each other`);
    const footer = rowsOf(page.words.filter((w) => w.yMin >= footerTop(page)));
    if (page.number > 1) {
      if (footer.length !== 1 || !rowText(footer[0]!).endsWith(at)) {
        problems.push(`${at}: the footer reads ${JSON.stringify(footer.map(rowText))}`);
      }
    } else if (footer.length > 0) {
      problems.push(`${at}: the cover has text in the footer band: ${footer.map(rowText).join(' / ')}`);
    }
  }
  return problems;
}
