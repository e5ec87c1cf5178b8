// Importing members and ties from CSV into a map: all or nothing. Every row is read and checked
// (by the same rules as the forms) before anything changes; one bad row and the map is returned
// untouched with each problem's row and column. A member whose name is already on the map is that
// member: the file's non-empty cells replace what the map holds and its empty cells keep it. A tie
// between a pair already tied is that pair's tie, updated the same way.
import { newId } from './new-id';
import { MAP_LIMITS, nameKey, pairKey } from './network-map';
import type { Member, NetworkMap, Tie, TieKind } from './network-map';
import {
  LIST_SEPARATOR,
  MEMBER_COLUMNS,
  Problems,
  REQUIRED_MEMBER_COLUMNS,
  REQUIRED_TIE_COLUMNS,
  TIE_COLUMNS,
  listCell,
  readExchange,
  readSector,
  readTable,
  readWholeNumber,
  readYesNo,
} from './network-map-csv';
import type { CsvImportResult, ImportOptions } from './network-map-csv';
import { memberInput } from './network-map-edit';
import { indexMap, memberProblems, tidyMember, tidyTie, tieProblems } from './network-map-input';
import type { ExchangeInput, MemberInput, TieInput } from './network-map-input';
import { MEMBER_KIND_VOCABULARY, TIE_KIND_VOCABULARY } from './network-map-labels';

/** Blank lines are allowed, but not enough of them to make reading the file slow. */
const maxRows = (limit: number) => limit * 2;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Ids for a file's new rows: one random stem and a count, as a UUID per row is slow for 50,000 ties. */
function idMaker(options: ImportOptions): () => string {
  if (options.makeId) return options.makeId;
  const stem = newId();
  let n = 0;
  return () => `${stem}-${(n += 1)}`;
}

function readExchanges(cell: string, row: number, column: 'needs' | 'offers', problems: Problems): ExchangeInput[] {
  const out: ExchangeInput[] = [];
  for (const item of listCell(cell)) {
    const e = readExchange(item);
    if (e) out.push(e);
    else problems.add(row, column, 'unknown-category', { value: item });
  }
  return out;
}

export function importMembersCsv(map: NetworkMap, text: string, options: ImportOptions = {}): CsvImportResult {
  const read = readTable(text, MEMBER_COLUMNS, REQUIRED_MEMBER_COLUMNS, maxRows(MAP_LIMITS.members));
  if (!read.ok) return { ok: false, problems: read.problems, total: read.problems.length };
  const problems = new Problems();
  const makeId = idMaker(options);
  const index = indexMap(map);
  const byId = new Map(map.members.map((m) => [m.id, m]));
  const firstRow = new Map<string, number>();
  const added: Member[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  for (const { row, cells, shifted } of read.table.rows) {
    if (shifted) {
      problems.list.push(shifted);
      continue;
    }
    const before = problems.list.length;
    const key = nameKey(cells.name);
    if (cells.name === '') problems.add(row, 'name', 'required');
    else if (firstRow.has(key)) problems.add(row, 'name', 'duplicate-row', { name: cells.name, firstRow: firstRow.get(key)! });
    else firstRow.set(key, row);
    const sector = cells.sector === '' ? undefined : readSector(cells.sector);
    if (!sector) problems.add(row, 'sector', cells.sector === '' ? 'required' : 'unknown-sector', { value: cells.sector });
    const kind = cells.kind === '' ? undefined : MEMBER_KIND_VOCABULARY.read(cells.kind);
    if (!kind) problems.add(row, 'kind', cells.kind === '' ? 'required' : 'unknown-kind', { value: cells.kind });
    const number = (column: 'size' | 'founded') => {
      if (cells[column] === '') return undefined;
      const n = readWholeNumber(cells[column]);
      if (n === undefined) problems.add(row, column, 'not-a-whole-number', { value: cells[column] });
      return n;
    };
    const size = number('size');
    const founded = number('founded');
    const needs = readExchanges(cells.needs, row, 'needs', problems);
    const offers = readExchanges(cells.offers, row, 'offers', problems);
    if (problems.list.length > before || !sector || !kind) continue;

    const existingId = index.byName.get(key);
    const existing = existingId === undefined ? undefined : byId.get(existingId);
    const input: MemberInput = { ...(existing ? memberInput(existing) : { name: cells.name }), ...sector, kind };
    if (sector.sectorOther === undefined) delete input.sectorOther;
    if (size !== undefined) input.size = size;
    if (founded !== undefined) input.founded = founded;
    if (cells.place !== '') input.place = cells.place;
    if (needs.length) input.needs = needs;
    if (offers.length) input.offers = offers;
    const member = tidyMember(existingId ?? makeId(), input);
    const found = memberProblems(index, member, existingId);
    if (found.length) {
      problems.addFields(row, found);
      continue;
    }
    if (existing) {
      if (sameJson(tidyMember(existing.id, existing), member)) unchanged.push(member.id);
      else {
        updated.push(member.id);
        byId.set(member.id, member);
      }
    } else {
      added.push(member);
      index.byName.set(key, member.id);
      index.memberIds.add(member.id);
    }
  }
  if (problems.list.length) return problems.result();
  const members = [...map.members.map((m) => byId.get(m.id) ?? m), ...added];
  const changed = added.length + updated.length > 0;
  return {
    ok: true,
    map: changed ? { ...map, members, updatedAt: (options.now ?? new Date()).toISOString() } : map,
    added: added.map((m) => m.id),
    updated,
    unchanged,
    ignoredColumns: read.table.ignoredColumns,
  };
}

export function importTiesCsv(map: NetworkMap, text: string, options: ImportOptions = {}): CsvImportResult {
  const read = readTable(text, TIE_COLUMNS, REQUIRED_TIE_COLUMNS, maxRows(MAP_LIMITS.ties));
  if (!read.ok) return { ok: false, problems: read.problems, total: read.problems.length };
  const problems = new Problems();
  const makeId = idMaker(options);
  const index = indexMap(map);
  const byId = new Map(map.ties.map((t) => [t.id, t]));
  const firstRow = new Map<string, number>();
  const added: Tie[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  for (const { row, cells, shifted } of read.table.rows) {
    if (shifted) {
      problems.list.push(shifted);
      continue;
    }
    const before = problems.list.length;
    const member = (column: 'from' | 'to') => {
      if (cells[column] === '') {
        problems.add(row, column, 'required');
        return undefined;
      }
      const id = index.byName.get(nameKey(cells[column]));
      if (id === undefined) problems.add(row, column, 'unknown-member', { name: cells[column] });
      return id;
    };
    const from = member('from');
    const to = member('to');
    const kinds: TieKind[] = [];
    for (const word of listCell(cells.kinds)) {
      const kind = TIE_KIND_VOCABULARY.read(word);
      if (kind) kinds.push(kind);
      else problems.add(row, 'kinds', 'unknown-tie-kind', { value: word });
    }
    if (cells.kinds.replaceAll(LIST_SEPARATOR, '').trim() === '') problems.add(row, 'kinds', 'required');
    const written = cells.written === '' ? undefined : readYesNo(cells.written);
    if (cells.written !== '' && written === undefined) problems.add(row, 'written', 'not-yes-no', { value: cells.written });
    const since = cells.since === '' ? undefined : readWholeNumber(cells.since);
    if (cells.since !== '' && since === undefined) problems.add(row, 'since', 'not-a-whole-number', { value: cells.since });
    if (problems.list.length > before || from === undefined || to === undefined) continue;

    const pair = pairKey(from, to);
    if (from !== to && firstRow.has(pair)) {
      problems.add(row, 'to', 'duplicate-row', { from: cells.from, to: cells.to, firstRow: firstRow.get(pair)! });
      continue;
    }
    firstRow.set(pair, row);
    const existingId = from === to ? undefined : index.byPair.get(pair);
    const existing = existingId === undefined ? undefined : byId.get(existingId);
    // An existing tie keeps the order its two ends were entered in.
    const ends = existing ? { from: existing.from, to: existing.to } : { from, to };
    const input: TieInput = { ...ends, kinds, written: written ?? existing?.written ?? false };
    const keptSince = since ?? existing?.since;
    if (keptSince !== undefined) input.since = keptSince;
    const tie = tidyTie(existingId ?? makeId(), input);
    const found = tieProblems(index, tie, existingId);
    if (found.length) {
      problems.addFields(row, found);
      continue;
    }
    if (existing) {
      if (sameJson(tidyTie(existing.id, existing), tie)) unchanged.push(tie.id);
      else {
        updated.push(tie.id);
        byId.set(tie.id, tie);
      }
    } else {
      added.push(tie);
      index.byPair.set(pair, tie.id);
      index.tieCount += 1;
    }
  }
  if (problems.list.length) return problems.result();
  const ties = [...map.ties.map((t) => byId.get(t.id) ?? t), ...added];
  const changed = added.length + updated.length > 0;
  return {
    ok: true,
    map: changed ? { ...map, ties, updatedAt: (options.now ?? new Date()).toISOString() } : map,
    added: added.map((t) => t.id),
    updated,
    unchanged,
    ignoredColumns: read.table.ignoredColumns,
  };
}
