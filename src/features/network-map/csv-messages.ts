// Words for importing members' and ties' spreadsheets: each problem with its row and column, what is
// wrong and what to put instead. Column names and the words a cell may hold are the file format's
// own (docs/network-map.md, src/core/network-map-labels.ts) and stay English in every language; the
// sentences around them are this catalogue's, translated in src/i18n/{fr,es}/network-map.ts. The
// codes stay for a "Details" disclosure.
import type { CsvProblem } from '../../core/network-map-csv';
import { CATEGORY_WORDS, MEMBER_KIND_WORDS, SECTOR_WORDS, TIE_KIND_WORDS } from '../../core/network-map-labels';
import type { ReadProblem } from '../../core/problems';
import { formatBytes, formatCount } from '../../components/format';
import { plural } from '../../i18n/plural';

const quote = (text: string | number) => `“${text}”`;
const words = (record: Record<string, string>) => Object.values(record).join(', ');

export type CsvWhat = 'members' | 'ties';

export const csvMessages = {
  importMembers: 'Import members',
  importTies: 'Import ties',
  importTitle: { members: 'Spreadsheet of members', ties: 'Spreadsheet of ties' } satisfies Record<CsvWhat, string>,
  importHint: {
    members:
      'A CSV file with the columns name, sector, kind, size, founded, place, needs, offers. Members already on the map (same name) are updated; nothing is removed.',
    ties: 'A CSV file with the columns from, to, kinds, written, since. Members are named exactly as on the map; import the members first.',
  } satisfies Record<CsvWhat, string>,
  template: { members: 'Download the members template', ties: 'Download the ties template' } satisfies Record<CsvWhat, string>,
  exportCsv: { members: 'Export members (CSV)', ties: 'Export ties (CSV)' } satisfies Record<CsvWhat, string>,
  working: 'Reading the file…',
  imported: (what: CsvWhat, added: number, updated: number, unchanged: number) => {
    const parts = [
      what === 'members' ? plural(added, { one: '# member added', other: '# members added' }) : plural(added, { one: '# tie added', other: '# ties added' }),
    ];
    if (updated) parts.push(`${formatCount(updated)} updated`);
    if (unchanged) parts.push(`${formatCount(unchanged)} already as in the file`);
    return `Imported: ${parts.join(', ')}.`;
  },
  ignoredColumns: (columns: string[]) =>
    columns.length === 1
      ? `This column is not one Fivefold reads, so its cells were not imported: ${quote(columns[0]!)}.`
      : `These columns are not ones Fivefold reads, so their cells were not imported: ${columns.map(quote).join(', ')}.`,
  failed: (file: string, total: number) =>
    `Nothing was imported from ${quote(file)}: ${plural(total, { one: 'it has # problem', other: 'it has # problems' })}. Correct the file and import it again.`,
  moreProblems: (shown: number, total: number) => `The first ${formatCount(shown)} of ${formatCount(total)} problems are listed.`,
  details: 'Details',
  /** Where a problem is: "Row 4, column kind: ". Column names are the file's own, never translated. */
  atCell: (row: number, column: string) => `Row ${row}, column ${column}: `,
  atRow: (row: number) => `Row ${row}: `,
  /** What is wrong, with the accepted words of the file format (`accepted`, a list) where that helps. */
  problem: {
    fileTooLarge: (max: string) => `The file is larger than ${max}.`,
    tooManyRows: (max: string) => `The file has more than ${max} rows.`,
    emptyFile: 'The file is empty.',
    noRows: 'The file has a header row but nothing under it.',
    tabs: 'Its cells are separated by tabs, not commas: in your spreadsheet, save it as “CSV (comma-separated)”.',
    semicolons: 'Its cells are separated by semicolons, not commas: in your spreadsheet, save it as “CSV (comma-separated)”.',
    noHeader: (columns: string) => `The first row should name the columns: ${columns}.`,
    missingColumn: (column: string) => `The column ${quote(column)} is missing.`,
    missingColumnMeant: (column: string, meant: string) => `The column ${quote(column)} is missing (is ${quote(meant)} meant to be it?).`,
    duplicateColumn: (column: string) => `The column ${quote(column)} appears twice.`,
    unclosedQuote: 'A quotation mark opened here is never closed, so the rest of the file runs together. Close it, or remove it.',
    tooManyCells: (found: string, expected: string) =>
      `The row has more cells than there are columns (${found} for ${expected}): often a comma inside a name. Put that name in quotation marks, or remove the comma.`,
    required: 'This cell must not be empty.',
    /** "Other: your word" is how a cell names a sector not on the list; "Other:" stays as the file writes it. */
    otherSector: '“Other: your word”',
    unknownSector: (value: string, accepted: string, other: string) => `${quote(value)} is not a sector on the list; use one of ${accepted} (or ${other}).`,
    unknownKind: (value: string, accepted: string) => `${quote(value)} is not a kind of member; use one of ${accepted}.`,
    unknownTieKind: (value: string, accepted: string) => `${quote(value)} is not a kind of tie; use one of ${accepted}, separated by “;”.`,
    unknownCategory: (value: string, accepted: string) =>
      `${quote(value)} is not a category of need or offer; use one of ${accepted}, each optionally followed by “:” and your own words.`,
    notYesNo: (value: string) => `${quote(value)} is not yes or no.`,
    notAWholeNumber: (value: string) => `${quote(value)} is not a whole number.`,
    outOfRange: (value: string, min: string, max: string) => `${quote(value)} is outside ${min}–${max}.`,
    tooLong: (max: string) => `The text is too long: at most ${max} characters.`,
    tooMany: (max: string) => `At most ${max} may be listed.`,
    duplicateMember: (name: string, row: number) => `${quote(name)} is already in row ${row}; a member appears once.`,
    duplicatePair: (from: string, to: string, row: number) =>
      `${quote(from)} and ${quote(to)} are already tied in row ${row}; put every kind of their tie in one row.`,
    duplicateName: (name: string) => `${quote(name)} is already on the map.`,
    unknownMember: (name: string) => `${quote(name)} is not a member on the map. Names must match exactly; import or add the member first.`,
    unknownMemberUnnamed: 'That member is not on the map.',
    sameMember: 'A member cannot be tied to itself.',
    alreadyTied: 'These two are already tied.',
    tooManyMembers: (max: string) => `The map would have more than ${max} members.`,
    tooManyTies: (max: string) => `The map would have more than ${max} ties.`,
    unknownTie: 'That tie is no longer on the map.',
  },
  /** A file that could not be read as text at all. */
  read: {
    tooLarge: (size: string, max: string) => `The file is ${size}; Fivefold reads spreadsheets of up to ${max}.`,
    workbook: 'This looks like an Excel or other workbook, not a CSV file: in your spreadsheet, save it as “CSV (comma-separated)” and import that.',
    notText: 'This is not a text file: choose the CSV file (its name ends in .csv).',
    empty: 'The file is empty.',
    other: 'The file could not be read as text. Save it again as “CSV UTF-8 (comma-separated)” and import that.',
  },
};

const t = csvMessages.problem;


/** The accepted words of a column, for "use one of …": the file format's words, the same in every language. */
function accepted(problem: CsvProblem): string {
  switch (problem.code) {
    case 'unknown-sector':
      return words(SECTOR_WORDS);
    case 'unknown-kind':
      return words(MEMBER_KIND_WORDS);
    case 'unknown-tie-kind':
      return words(TIE_KIND_WORDS);
    default:
      return words(CATEGORY_WORDS);
  }
}

function what(problem: CsvProblem): string {
  const p = problem.params;
  const value = String(p.value ?? '');
  switch (problem.code) {
    case 'file-too-large':
      return t.fileTooLarge(formatBytes(Number(p.max)));
    case 'too-many-rows':
      return t.tooManyRows(formatCount(Number(p.max)));
    case 'empty-file':
      return t.emptyFile;
    case 'no-rows':
      return t.noRows;
    case 'wrong-separator':
      return p.separator === 'tab' ? t.tabs : t.semicolons;
    case 'no-header':
      return t.noHeader(String(p.columns));
    case 'missing-column':
      return p.didYouMean ? t.missingColumnMeant(String(p.column), String(p.didYouMean)) : t.missingColumn(String(p.column));
    case 'duplicate-column':
      return t.duplicateColumn(String(p.column));
    case 'unclosed-quote':
      return t.unclosedQuote;
    case 'too-many-cells':
      return t.tooManyCells(formatCount(Number(p.found)), formatCount(Number(p.expected)));
    case 'required':
      return t.required;
    case 'unknown-sector':
      return t.unknownSector(value, accepted(problem), t.otherSector);
    case 'unknown-kind':
      return t.unknownKind(value, accepted(problem));
    case 'unknown-tie-kind':
      return t.unknownTieKind(value, accepted(problem));
    case 'unknown-category':
      return t.unknownCategory(value, accepted(problem));
    case 'not-yes-no':
      return t.notYesNo(value);
    case 'not-a-whole-number':
      return t.notAWholeNumber(value);
    case 'out-of-range':
      return t.outOfRange(value, formatCount(Number(p.min)), String(p.max));
    case 'too-long':
      return t.tooLong(formatCount(Number(p.max)));
    case 'too-many':
      return t.tooMany(formatCount(Number(p.max)));
    case 'duplicate-row':
      return p.name !== undefined ? t.duplicateMember(String(p.name), Number(p.firstRow)) : t.duplicatePair(String(p.from), String(p.to), Number(p.firstRow));
    case 'duplicate-name':
      return t.duplicateName(String(p.name));
    case 'unknown-member':
      return p.name !== undefined ? t.unknownMember(String(p.name)) : t.unknownMemberUnnamed;
    case 'same-member':
      return t.sameMember;
    case 'already-tied':
      return t.alreadyTied;
    case 'too-many-members':
      return t.tooManyMembers(formatCount(Number(p.max)));
    case 'too-many-ties':
      return t.tooManyTies(formatCount(Number(p.max)));
    case 'unknown-tie':
      return t.unknownTie;
  }
}

/** "Row 4, column kind: “coop” is not a kind of member; use one of …". */
export function csvProblemText(problem: CsvProblem): string {
  const m = csvMessages;
  const where =
    problem.row !== undefined && problem.column !== undefined ? m.atCell(problem.row, problem.column) : problem.row !== undefined ? m.atRow(problem.row) : '';
  return `${where}${what(problem)}`;
}

/** For the Details disclosure: the codes, as support reads them. */
export const csvProblemDetail = (p: CsvProblem): string => `${p.row ?? '-'}/${p.column ?? '-'}: ${p.code} ${JSON.stringify(p.params)}`;

/** A file that could not be read as text at all (a workbook picked by mistake, too large…). */
export function csvReadProblemText(problem: ReadProblem): string {
  const r = csvMessages.read;
  switch (problem.code) {
    case 'too-large':
      return r.tooLarge(formatBytes(problem.size), formatBytes(problem.max));
    case 'binary':
      return problem.format === 'zip' || problem.format === 'office' ? r.workbook : r.notText;
    case 'empty':
      return r.empty;
    default:
      return r.other;
  }
}
