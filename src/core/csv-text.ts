// CSV as spreadsheets write and read it (RFC 4180): one field writer with the formula guard, used by
// every CSV export, and a small reader for the files users import. The reader is lenient where
// spreadsheets are (a stray quote inside a field is kept as a character) and strict where a mistake
// would shift data silently (an unclosed quote).

// Spreadsheets treat a cell starting with one of these as a formula (OWASP "CSV injection");
// a leading apostrophe makes them show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

/** One field: formula-guarded, then quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Undoes csvField's guard, so a file Fivefold wrote reads back as the text it held. */
export const unguardField = (value: string): string => (GUARDED.test(value) ? value.slice(1) : value);

/** Lines joined as RFC 4180 asks (CRLF), after the BOM by which Excel knows the file is UTF-8. */
export const csvDocument = (rows: readonly (readonly string[])[]): string =>
  `\uFEFF${rows.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;

export type CsvReadResult =
  | { ok: true; records: string[][] }
  | { ok: false; code: 'unclosed-quote'; row: number }
  | { ok: false; code: 'too-many-rows'; max: number };

/**
 * Splits CSV text into records of fields. records[i] is the spreadsheet's row i + 1: a quoted line
 * break stays inside its field and an empty line is a record of one empty field, so row numbers
 * match what a spreadsheet shows. A leading BOM is dropped; CRLF, LF and CR all end a line.
 */
export function readCsv(text: string, maxRecords: number = Number.POSITIVE_INFINITY): CsvReadResult {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let fieldStart = true;
  let lineStart = true;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    fields.push(field);
    field = '';
    fieldStart = true;
  };
  while (i < text.length) {
    const c = text[i]!;
    lineStart = false;
    if (c === '"' && fieldStart) {
      // A quoted field runs to the next quote that is not doubled.
      const openedAt = records.length + 1;
      i += 1;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return { ok: false, code: 'unclosed-quote', row: openedAt };
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fieldStart = false;
    } else if (c === ',') {
      endField();
      i += 1;
    } else if (c === '\n' || c === '\r') {
      endField();
      records.push(fields);
      if (records.length > maxRecords) return { ok: false, code: 'too-many-rows', max: maxRecords };
      fields = [];
      lineStart = true;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // Plain text runs to the next comma or line end; a quote in it is just a character.
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j += 1;
      field += text.slice(i, j);
      fieldStart = false;
      i = j;
    }
  }
  if (!lineStart) {
    endField();
    records.push(fields);
    if (records.length > maxRecords) return { ok: false, code: 'too-many-rows', max: maxRecords };
  }
  return { ok: true, records };
}
