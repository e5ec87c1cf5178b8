// Words for importing members' and ties' spreadsheets: each problem with its row and column, what is
// wrong and what to put instead, in the file format's own words (docs/network-map.md). The codes stay
// for a "Details" disclosure.
import type { CsvProblem } from '../../core/network-map-csv';
import { CATEGORY_WORDS, MEMBER_KIND_WORDS, SECTOR_WORDS, TIE_KIND_WORDS } from '../../core/network-map-labels';
import type { ReadProblem } from '../../core/problems';
import { formatBytes, formatCount } from '../../components/format';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
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
    const noun = what === 'members' ? ['member', 'members'] : ['tie', 'ties'];
    const parts = [`${plural(added, `${noun[0]} added`, `${noun[1]} added`)}`];
    if (updated) parts.push(`${formatCount(updated)} updated`);
    if (unchanged) parts.push(`${formatCount(unchanged)} already as in the file`);
    return `Imported: ${parts.join(', ')}.`;
  },
  ignoredColumns: (columns: string[]) =>
    `${columns.length === 1 ? 'This column is' : 'These columns are'} not one Fivefold reads, so ${columns.length === 1 ? 'its cells were' : 'their cells were'} not imported: ${columns.map(quote).join(', ')}.`,
  failed: (file: string, total: number) =>
    `Nothing was imported from ${quote(file)}: ${total === 1 ? 'it has 1 problem' : `it has ${formatCount(total)} problems`}. Correct the file and import it again.`,
  moreProblems: (shown: number, total: number) => `The first ${formatCount(shown)} of ${formatCount(total)} problems are listed.`,
  details: 'Details',
};

const COLUMN_WORDS: Record<string, string> = { founded: 'founded', written: 'written', since: 'since' };

/** The accepted words of a column, for "use one of …". */
function accepted(problem: CsvProblem): string {
  switch (problem.code) {
    case 'unknown-sector':
      return `${words(SECTOR_WORDS)} (or “Other: your word”)`;
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
  const value = quote(String(p.value ?? ''));
  switch (problem.code) {
    case 'file-too-large':
      return `The file is larger than ${formatBytes(Number(p.max))}.`;
    case 'too-many-rows':
      return `The file has more than ${formatCount(Number(p.max))} rows.`;
    case 'empty-file':
      return 'The file is empty.';
    case 'no-rows':
      return 'The file has a header row but nothing under it.';
    case 'wrong-separator':
      return `Its cells are separated by ${p.separator === 'tab' ? 'tabs' : 'semicolons'}, not commas: in your spreadsheet, save it as “CSV (comma-separated)”.`;
    case 'no-header':
      return `The first row should name the columns: ${p.columns}.`;
    case 'missing-column':
      return `The column ${quote(String(p.column))} is missing${p.didYouMean ? ` (is ${quote(String(p.didYouMean))} meant to be it?)` : ''}.`;
    case 'duplicate-column':
      return `The column ${quote(String(p.column))} appears twice.`;
    case 'unclosed-quote':
      return 'A quotation mark opened here is never closed, so the rest of the file runs together. Close it, or remove it.';
    case 'too-many-cells':
      return `The row has more cells than there are columns (${formatCount(Number(p.found))} for ${formatCount(Number(p.expected))}): often a comma inside a name. Put that name in quotation marks, or remove the comma.`;
    case 'required':
      return 'This cell must not be empty.';
    case 'unknown-sector':
      return `${value} is not a sector on the list; use one of ${accepted(problem)}.`;
    case 'unknown-kind':
      return `${value} is not a kind of member; use one of ${accepted(problem)}.`;
    case 'unknown-tie-kind':
      return `${value} is not a kind of tie; use one of ${accepted(problem)}, separated by “;”.`;
    case 'unknown-category':
      return `${value} is not a category of need or offer; use one of ${accepted(problem)}, each optionally followed by “:” and your own words.`;
    case 'not-yes-no':
      return `${value} is not yes or no.`;
    case 'not-a-whole-number':
      return `${value} is not a whole number.`;
    case 'out-of-range':
      return `${quote(String(p.value))} is outside ${formatCount(Number(p.min))}–${p.max}.`;
    case 'too-long':
      return `The text is too long: at most ${formatCount(Number(p.max))} characters.`;
    case 'too-many':
      return `At most ${formatCount(Number(p.max))} may be listed.`;
    case 'duplicate-row':
      return p.name !== undefined
        ? `${quote(String(p.name))} is already in row ${p.firstRow}; a member appears once.`
        : `${quote(String(p.from))} and ${quote(String(p.to))} are already tied in row ${p.firstRow}; put every kind of their tie in one row.`;
    case 'duplicate-name':
      return `${quote(String(p.name))} is already on the map.`;
    case 'unknown-member':
      return p.name !== undefined
        ? `${quote(String(p.name))} is not a member on the map. Names must match exactly; import or add the member first.`
        : 'That member is not on the map.';
    case 'same-member':
      return 'A member cannot be tied to itself.';
    case 'already-tied':
      return 'These two are already tied.';
    case 'too-many-members':
      return `The map would have more than ${formatCount(Number(p.max))} members.`;
    case 'too-many-ties':
      return `The map would have more than ${formatCount(Number(p.max))} ties.`;
    case 'unknown-tie':
      return 'That tie is no longer on the map.';
  }
}

/** "Row 4, column kind: “coop” is not a kind of member; use one of …". */
export function csvProblemText(problem: CsvProblem): string {
  const where =
    problem.row !== undefined && problem.column !== undefined
      ? `Row ${problem.row}, column ${COLUMN_WORDS[problem.column] ?? problem.column}: `
      : problem.row !== undefined
        ? `Row ${problem.row}: `
        : '';
  return `${where}${what(problem)}`;
}

/** For the Details disclosure: the codes, as support reads them. */
export const csvProblemDetail = (p: CsvProblem): string => `${p.row ?? '-'}/${p.column ?? '-'}: ${p.code} ${JSON.stringify(p.params)}`;

/** A file that could not be read as text at all (a workbook picked by mistake, too large…). */
export function csvReadProblemText(problem: ReadProblem): string {
  switch (problem.code) {
    case 'too-large':
      return `The file is ${formatBytes(problem.size)}; Fivefold reads spreadsheets of up to ${formatBytes(problem.max)}.`;
    case 'binary':
      return problem.format === 'zip' || problem.format === 'office'
        ? 'This looks like an Excel or other workbook, not a CSV file: in your spreadsheet, save it as “CSV (comma-separated)” and import that.'
        : 'This is not a text file: choose the CSV file (its name ends in .csv).';
    case 'empty':
      return 'The file is empty.';
    default:
      return 'The file could not be read as text. Save it again as “CSV UTF-8 (comma-separated)” and import that.';
  }
}
