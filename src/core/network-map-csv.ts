// The members' and ties' CSV files: their columns, problems, the header check and how a cell is
// read. The import is in network-map-csv-import.ts, the export and templates in network-map-csv-export.ts. Cells use
// the words of network-map-labels.ts; docs/network-map.md documents the format.
import { readCsv, unguardField } from './csv-text';
import type { FieldProblem, InputProblemCode } from './network-map-input';
import { CATEGORY_VOCABULARY, SECTOR_VOCABULARY } from './network-map-labels';
import { MAP_LIMITS } from './network-map';
import type { Exchange, ExchangeCategory, NetworkMap, Sector } from './network-map';

export const MEMBER_COLUMNS = ['name', 'sector', 'kind', 'size', 'founded', 'place', 'needs', 'offers'] as const;
export const TIE_COLUMNS = ['from', 'to', 'kinds', 'written', 'since'] as const;
export type MemberColumn = (typeof MEMBER_COLUMNS)[number];
export type TieColumn = (typeof TIE_COLUMNS)[number];
export const REQUIRED_MEMBER_COLUMNS: readonly MemberColumn[] = ['name', 'sector', 'kind'];
export const REQUIRED_TIE_COLUMNS: readonly TieColumn[] = ['from', 'to', 'kinds'];
/** Separates several kinds or categories in one cell. */
export const LIST_SEPARATOR = ';';

export type CsvProblemCode =
  | InputProblemCode
  | 'file-too-large'
  | 'empty-file'
  | 'no-rows'
  | 'unclosed-quote'
  | 'too-many-rows'
  | 'wrong-separator'
  | 'no-header'
  | 'missing-column'
  | 'duplicate-column'
  | 'too-many-cells'
  | 'duplicate-row'
  | 'unknown-sector'
  | 'unknown-kind'
  | 'unknown-tie-kind'
  | 'unknown-category'
  | 'not-yes-no';

/** One thing wrong with a file: its row as a spreadsheet numbers it (the header is row 1) and column. */
export interface CsvProblem {
  row?: number;
  column?: string;
  code: CsvProblemCode;
  params: Record<string, string | number>;
}

/** A file may have many bad rows; the first ones are enough to fix it. */
export const MAX_REPORTED_PROBLEMS = 100;

export interface CsvTable<C extends string> {
  /** The data rows: spreadsheet row number and the cell of each known column (trimmed, '' when absent). */
  rows: { row: number; cells: Record<C, string>; shifted?: CsvProblem }[];
  /** Header cells that name no column of this file; their data is not read. */
  ignoredColumns: string[];
}

const fold = (s: string) => s.trim().toLowerCase();

/** Levenshtein distance, to suggest which misspelt header was meant. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** A cell as read: trimmed, and without the apostrophe Fivefold's own export puts before "=", "+"… */
const cellText = (raw: string | undefined): string => unguardField((raw ?? '').trim()).trim();

/**
 * Reads a whole file into rows keyed by column, or the problems that stop it: size, quoting, the
 * separator and the header (required columns, duplicates). Blank rows are skipped but still counted.
 */
export function readTable<C extends string>(
  text: string,
  columns: readonly C[],
  required: readonly C[],
  maxRows: number,
): { ok: true; table: CsvTable<C> } | { ok: false; problems: CsvProblem[] } {
  const fail = (problem: CsvProblem) => ({ ok: false as const, problems: [problem] });
  if (text.length > MAP_LIMITS.fileBytes) return fail({ code: 'file-too-large', params: { max: MAP_LIMITS.fileBytes } });
  const csv = readCsv(text, maxRows + 1);
  if (!csv.ok) {
    return csv.code === 'unclosed-quote'
      ? fail({ row: csv.row, code: 'unclosed-quote', params: {} })
      : fail({ code: 'too-many-rows', params: { max: maxRows } });
  }
  const headerAt = csv.records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerAt < 0) return fail({ code: 'empty-file', params: {} });
  const header = csv.records[headerAt]!.map(fold);
  const row = headerAt + 1;
  if (header.length === 1) {
    const separator = header[0]!.includes(';') ? ';' : header[0]!.includes('\t') ? 'tab' : null;
    if (separator) return fail({ row, code: 'wrong-separator', params: { separator } });
  }
  const problems: CsvProblem[] = [];
  const index = new Map<C, number>();
  header.forEach((name, i) => {
    const column = columns.find((c) => c === name);
    if (!column) return;
    if (index.has(column)) problems.push({ row, column, code: 'duplicate-column', params: { column } });
    else index.set(column, i);
  });
  const unknown = header.filter((h) => h !== '' && !columns.some((c) => c === h));
  if (index.size === 0) return fail({ row, code: 'no-header', params: { columns: columns.join(', ') } });
  for (const column of required) {
    if (index.has(column)) continue;
    const near = unknown.find((h) => distance(h, column) <= Math.max(1, Math.floor(column.length / 3)));
    problems.push({ row, column, code: 'missing-column', params: near ? { column, didYouMean: near } : { column } });
  }
  if (problems.length) return { ok: false, problems };
  const at = columns.map((c) => [c, index.get(c) ?? -1] as const);
  const rows: CsvTable<C>['rows'] = [];
  csv.records.slice(headerAt + 1).forEach((record, i) => {
    const number = headerAt + 2 + i;
    if (record.length === 1 ? record[0]!.trim() === '' : record.every((c) => c.trim() === '')) return;
    const cells = {} as Record<C, string>;
    for (const [c, i] of at) cells[c] = cellText(i < 0 ? undefined : record[i]);
    const entry: CsvTable<C>['rows'][number] = { row: number, cells };
    // More filled cells than columns usually means an unquoted comma has shifted the row.
    if (record.slice(header.length).some((c) => c.trim() !== '')) {
      entry.shifted = { code: 'too-many-cells', row: number, params: { expected: header.length, found: record.length } };
    }
    rows.push(entry);
  });
  if (rows.length === 0) return fail({ code: 'no-rows', params: {} });
  return { ok: true, table: { rows, ignoredColumns: unknown } };
}

/** A cell that holds several values: "trade; finance". */
export const listCell = (cell: string): string[] =>
  cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** "Other: Forestry" (also "other - forestry", "Other (forestry)") names sector "other" with the user's word. */
export function readSector(cell: string): { sector: Sector; sectorOther?: string } | undefined {
  const sector = SECTOR_VOCABULARY.read(cell);
  if (sector) return { sector };
  const other = /^other\s*[:\u2013\u2014-]\s*(.*)$/is.exec(cell) ?? /^other\s*\((.*)\)$/is.exec(cell);
  if (!other) return undefined;
  const words = other[1]!.trim();
  return words ? { sector: 'other', sectorOther: words } : { sector: 'other' };
}

/** "bookkeeping: payroll for 12 staff" → the category and the member's words after the colon. */
export function readExchange(item: string): Exchange | undefined {
  const colon = item.indexOf(':');
  const word = colon < 0 ? item : item.slice(0, colon);
  const category: ExchangeCategory | undefined = CATEGORY_VOCABULARY.read(word);
  if (!category) return undefined;
  const text = colon < 0 ? '' : item.slice(colon + 1).trim();
  return text ? { category, text } : { category };
}

/** A whole number, allowing thousands grouped by commas or spaces ("1,200", "1 200"). */
export function readWholeNumber(cell: string): number | undefined {
  const compact = cell.replace(/[\s\u00a0\u202f]/g, '');
  const digits = /^\d{1,3}(,\d{3})+$/.test(compact) ? compact.replaceAll(',', '') : compact;
  return /^\d{1,9}$/.test(digits) ? Number(digits) : undefined;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);
export function readYesNo(cell: string): boolean | undefined {
  const word = fold(cell);
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}

export interface ImportOptions {
  now?: Date;
  makeId?: () => string;
}

export type CsvImportResult =
  | {
      ok: true;
      map: NetworkMap;
      /** Ids of the members (or ties) the file added, changed, or named without changing. */
      added: string[];
      updated: string[];
      unchanged: string[];
      /** Header cells that are not columns of this file; what they held was not read. */
      ignoredColumns: string[];
    }
  | { ok: false; problems: CsvProblem[]; total: number };

/** Collects an import's problems in row order; its result lists the first MAX_REPORTED_PROBLEMS. */
export class Problems {
  list: CsvProblem[] = [];
  add(row: number, column: string, code: CsvProblemCode, params: Record<string, string | number> = {}) {
    this.list.push({ row, column, code, params });
  }
  addFields(row: number, problems: FieldProblem[]) {
    for (const p of problems) this.add(row, p.field, p.code, p.params);
  }
  result(): { ok: false; problems: CsvProblem[]; total: number } {
    return { ok: false, problems: this.list.slice(0, MAX_REPORTED_PROBLEMS), total: this.list.length };
  }
}
