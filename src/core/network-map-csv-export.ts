// Writing a map as the members' and ties' CSV files, and the two templates linked from the map
// screen: the same columns and words the import reads (network-map-csv.ts), so an export
// re-imports unchanged.
import { csvDocument } from './csv-text';
import { LIST_SEPARATOR, MEMBER_COLUMNS, TIE_COLUMNS } from './network-map-csv';
import { CATEGORY_WORDS, MEMBER_KIND_WORDS, SECTOR_WORDS, TIE_KIND_WORDS } from './network-map-labels';
import type { Exchange, Member, NetworkMap } from './network-map';

// A ";" inside a member's own words would split the cell on the way back in, so it is written as ",".
const exchangeCell = (list: readonly Exchange[]) =>
  list
    .map((e) => (e.text ? `${CATEGORY_WORDS[e.category]}: ${e.text.replaceAll(LIST_SEPARATOR, ',')}` : CATEGORY_WORDS[e.category]))
    .join(`${LIST_SEPARATOR} `);
const sectorCell = (m: Member) => (m.sector === 'other' && m.sectorOther ? `${SECTOR_WORDS.other}: ${m.sectorOther}` : SECTOR_WORDS[m.sector]);
const optional = (n: number | undefined) => (n === undefined ? '' : String(n));

export function membersCsv(map: NetworkMap): string {
  const rows = map.members.map((m) => [
    m.name,
    sectorCell(m),
    MEMBER_KIND_WORDS[m.kind],
    optional(m.size),
    optional(m.founded),
    m.place ?? '',
    exchangeCell(m.needs),
    exchangeCell(m.offers),
  ]);
  return csvDocument([[...MEMBER_COLUMNS], ...rows]);
}

export function tiesCsv(map: NetworkMap): string {
  const names = new Map(map.members.map((m) => [m.id, m.name]));
  const rows = map.ties.map((t) => [
    names.get(t.from) ?? '',
    names.get(t.to) ?? '',
    t.kinds.map((k) => TIE_KIND_WORDS[k]).join(`${LIST_SEPARATOR} `),
    t.written ? 'yes' : 'no',
    optional(t.since),
  ]);
  return csvDocument([[...TIE_COLUMNS], ...rows]);
}

// The templates' example rows are data in the file format's own (English) words. The ties example
// names the members example's organisations, so the two templates import one after the other.
const EXAMPLE_MEMBERS = [
  ['Riverbank Bakery', 'Food and farming', 'worker', '14', '2009', 'Riverton', 'bookkeeping; IT: a new website', 'premises: kitchen space at weekends'],
  ['Ledger Workers’ Co-op', 'Services', 'worker', '6', '2015', 'Riverton', 'marketing', 'bookkeeping: monthly accounts and payroll; training'],
  ['Hillside Credit Union', 'Finance', 'credit union/financial', '2,300', '1978', 'Hillside', '', 'finance: loans to member co-ops'],
];
const EXAMPLE_TIES = [
  ['Riverbank Bakery', 'Ledger Workers’ Co-op', 'trade; referral', 'yes', '2016'],
  ['Hillside Credit Union', 'Riverbank Bakery', 'finance/lending; governance seat', 'no', '2011'],
];

export const membersTemplate = (): string => csvDocument([[...MEMBER_COLUMNS], ...EXAMPLE_MEMBERS]);
export const tiesTemplate = (): string => csvDocument([[...TIE_COLUMNS], ...EXAMPLE_TIES]);
