// Text as the PDF's embedded font can draw it. The font covers Latin scripts (see
// scripts/make-pdf-fonts.sh); any other character (Hebrew, Arabic, CJK, emoji) becomes a visible
// replacement mark "�" rather than an empty box, and invisible direction and joiner marks are dropped.
import coverage from './fonts/coverage.json';

const RANGES = coverage as [number, number][];
const REPLACEMENT = '\uFFFD';
/** Zero-width and direction controls, and emoji variation selectors: nothing to draw. */
const INVISIBLE: [number, number][] = [
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2069],
  [0xfe00, 0xfe0f],
];
const invisible = (codePoint: number) => INVISIBLE.some(([a, b]) => codePoint >= a && codePoint <= b);

function covered(codePoint: number): boolean {
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = RANGES[mid]!;
    if (codePoint < first) hi = mid - 1;
    else if (codePoint > last) lo = mid + 1;
    else return true;
  }
  return false;
}

export function toPdfText(text: string): string {
  let out = '';
  let replaced = false;
  for (const char of text.normalize('NFC')) {
    if (char === '\n' || char === '\t') {
      out += char;
      replaced = false;
    } else if (invisible(char.codePointAt(0)!)) {
      continue;
    } else if (covered(char.codePointAt(0)!)) {
      out += char;
      replaced = false;
    } else if (!replaced) {
      // A run of characters the font lacks becomes one mark, not a row of them.
      out += REPLACEMENT;
      replaced = true;
    }
  }
  return out;
}

/** Applies toPdfText to every string in a value (the report model), returning a new value. */
export function pdfSafe<T>(value: T): T {
  if (typeof value === 'string') return toPdfText(value) as T;
  if (Array.isArray(value)) return value.map((v) => pdfSafe(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pdfSafe(v)])) as T;
  }
  return value;
}

/** Names are one-line fields; a line break that came in with an imported file is drawn as a space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
