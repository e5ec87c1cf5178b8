// Reading outside input as JSON safely: a size cap before parsing, binary files recognised before
// they are parsed, and a problem code a person can be told about for everything else.
import type { BinaryFormat, Checked } from './problems';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Recognises the formats people pick by mistake (a photo, a PDF, a Word or Excel file) by their first bytes. */
export function binaryFormat(bytes: Uint8Array): BinaryFormat | null {
  if (startsWith(bytes, 0x89, ...ascii('PNG'))) return 'png';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (startsWith(bytes, ...ascii('GIF8'))) return 'gif';
  if (startsWith(bytes, ...ascii('RIFF')) && startsWith(bytes.subarray(8), ...ascii('WEBP'))) return 'webp';
  if (startsWith(bytes, ...ascii('%PDF'))) return 'pdf';
  if (startsWith(bytes, ...ascii('PK'), 3, 4)) return 'zip'; // .docx, .xlsx, .odt and .zip alike
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'office'; // .doc, .xls of old
  return null;
}

/** The text of a file's bytes, or a problem when they are not text (binary or not UTF-8). */
export function decodeText(bytes: Uint8Array): Checked<string> {
  const format = binaryFormat(bytes);
  if (format) return { ok: false, problem: { code: 'binary', format } };
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    // A text editor's "Unicode" (UTF-16): still text, so read it as such.
    return { ok: true, value: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) };
  }
  if (bytes.includes(0)) return { ok: false, problem: { code: 'binary', format: 'unknown' } };
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Mostly plain ASCII: text saved in another encoding (Latin-1, say), not a picture or a document.
    const plain = bytes.reduce((n, b) => n + (b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) ? 1 : 0), 0);
    return { ok: false, problem: { code: 'binary', format: plain >= bytes.length * 0.9 ? 'other-encoding' : 'unknown' } };
  }
}

/** What text that is not JSON seems to be: a table of values, a cut-short JSON file, or other text. */
function looksLike(text: string): 'csv' | 'damaged' | 'text' {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'damaged';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  return /[,;\t]/.test(firstLine) ? 'csv' : 'text';
}

/** Refuses text over the cap before parsing it, so a huge file cannot freeze the page. */
export function readJson(text: string, maxBytes: number = MAX_IMPORT_BYTES): Checked<unknown> {
  // Length in UTF-16 units is a fast lower bound on the byte size; good enough for a cap.
  if (text.length > maxBytes) return { ok: false, problem: { code: 'too-large', size: text.length, max: maxBytes } };
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  // Text that reached us without a byte check (pasted, say) may still be a binary file's.
  if (text.includes('\u0000')) return { ok: false, problem: { code: 'binary', format: 'unknown' } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: { code: 'not-json', looksLike: looksLike(text), detail } };
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
