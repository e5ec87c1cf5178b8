// Members' and ties' CSV files: the format the issue names, row-precise problems, all-or-nothing.
import { importMembersCsv, importTiesCsv } from '../../src/core/network-map-csv-import';
import { MEMBER_COLUMNS, TIE_COLUMNS, readSector } from '../../src/core/network-map-csv';
import type { CsvImportResult } from '../../src/core/network-map-csv';
import { membersCsv, membersTemplate, tiesCsv, tiesTemplate } from '../../src/core/network-map-csv-export';
import { createNetworkMap, networkMapSchema } from '../../src/core/network-map';
import type { NetworkMap } from '../../src/core/network-map';
import { MEMBER_KIND_VOCABULARY, SECTOR_VOCABULARY, TIE_KIND_VOCABULARY, vocabulary } from '../../src/core/network-map-labels';
import { MAX_IMPORT_BYTES } from '../../src/core/json-input';
import { mapOf, member, tie } from '../fixtures/network-maps';

const empty = () => createNetworkMap('riverton', new Date('2026-03-01T00:00:00Z'));
const ids = () => {
  let n = 0;
  return { makeId: () => `n${(n += 1)}`, now: new Date('2026-03-02T00:00:00Z') };
};
const lines = (...rows: string[]) => rows.join('\r\n');
const MEMBERS_HEADER = MEMBER_COLUMNS.join(',');

function ok(result: CsvImportResult) {
  if (!result.ok) throw new Error(`expected the import to succeed: ${JSON.stringify(result.problems)}`);
  expect(networkMapSchema.safeParse(result.map).success).toBe(true);
  return result;
}
const problemsOf = (result: CsvImportResult) => (result.ok ? [] : result.problems);

describe('templates', () => {
  it('have exactly the documented headers', () => {
    expect(membersTemplate().split('\r\n')[0]).toBe('\uFEFFname,sector,kind,size,founded,place,needs,offers');
    expect(tiesTemplate().split('\r\n')[0]).toBe('\uFEFFfrom,to,kinds,written,since');
  });

  it('import one after the other into an empty map', () => {
    const withMembers = ok(importMembersCsv(empty(), membersTemplate(), ids()));
    expect(withMembers.added).toHaveLength(3);
    const withTies = ok(importTiesCsv(withMembers.map, tiesTemplate(), ids()));
    expect(withTies.added).toHaveLength(2);
    const credit = withTies.map.members.find((m) => m.name === 'Hillside Credit Union');
    expect(credit).toMatchObject({ kind: 'credit-union', sector: 'finance', size: 2300, offers: [{ category: 'finance', text: 'loans to member co-ops' }] });
    expect(withTies.map.ties[1]).toMatchObject({ kinds: ['finance', 'governance'], written: false, since: 2011 });
  });
});

describe('importing members', () => {
  it('reads labels and codes case-insensitively, lists with ";", and "category: words"', () => {
    const text = lines(
      'Name, Sector ,KIND,size,founded,place,needs,offers',
      'Bakery,food and FARMING,Producer/Agricultural,"1,200",1999,Riverton,"bookkeeping; it: website ;legal",',
      'Council,other: Local government,public-body,,,,,premises',
    );
    const result = ok(importMembersCsv(empty(), text, ids()));
    expect(result.map.members).toEqual([
      {
        id: 'n1',
        name: 'Bakery',
        sector: 'food-farming',
        kind: 'producer',
        size: 1200,
        founded: 1999,
        place: 'Riverton',
        needs: [{ category: 'bookkeeping' }, { category: 'it', text: 'website' }, { category: 'legal' }],
        offers: [],
      },
      { id: 'n2', name: 'Council', sector: 'other', sectorOther: 'Local government', kind: 'public-body', needs: [], offers: [{ category: 'premises' }] },
    ]);
  });

  it('matches existing members by exact name: filled cells replace, empty cells keep, nothing is duplicated', () => {
    const map = mapOf([member('a', { name: 'Bakery', size: 10, place: 'Riverton' }), member('b', { name: 'Mill' })]);
    const text = lines(MEMBERS_HEADER, 'Bakery,Retail,worker,12,,,,', 'Mill,Retail,worker,,,,,', 'bakery,Retail,worker,,,,,');
    const result = ok(importMembersCsv(map, text, ids()));
    expect(result.updated).toEqual(['a']);
    expect(result.unchanged).toEqual(['b']);
    expect(result.added).toEqual(['n1']);
    expect(result.map.members.map((m) => m.name)).toEqual(['Bakery', 'Mill', 'bakery']);
    expect(result.map.members[0]).toMatchObject({ size: 12, place: 'Riverton' });
  });

  it('changes nothing, not even the date, when the file says what the map already holds', () => {
    const map = mapOf([member('a', { name: 'Bakery' })]);
    const result = ok(importMembersCsv(map, membersCsv(map), ids()));
    expect(result.map).toBe(map);
    expect(result.unchanged).toEqual(['a']);
  });

  it('handles a BOM, CRLF or LF, quoted commas and line breaks, blank lines and spaces', () => {
    const text = '\uFEFFname,sector,kind\n\n"Smith, Jones & Co",Retail,worker\r\n  ,  ,  \r\n"Two\nlines",Retail,worker\n';
    const result = ok(importMembersCsv(empty(), text, ids()));
    expect(result.map.members.map((m) => m.name)).toEqual(['Smith, Jones & Co', 'Two\nlines']);
  });

  it('keeps formula-like text as text, and reads back its own guarded export', () => {
    const map = mapOf([member('a', { name: '=HYPERLINK("http://x")', place: '+44 1234', needs: [{ category: 'other', text: '@home' }] })]);
    const csv = membersCsv(map);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const back = ok(importMembersCsv(empty(), csv, ids()));
    expect(back.map.members[0]).toMatchObject({ name: '=HYPERLINK("http://x")', place: '+44 1234', needs: [{ category: 'other', text: '@home' }] });
    const typed = ok(importMembersCsv(empty(), lines('name,sector,kind', '=1+1,Retail,worker'), ids()));
    expect(typed.map.members[0]!.name).toBe('=1+1');
  });

  it('ignores and reports extra columns', () => {
    const result = ok(importMembersCsv(empty(), lines('name,sector,kind,email,', 'A,Retail,worker,a@example.org,'), ids()));
    expect(result.ignoredColumns).toEqual(['email']);
  });
});

describe('problems: nothing is imported, and each is placed where a spreadsheet shows it', () => {
  it.each([
    ['a missing column', 'name,kind\nA,worker', [{ row: 1, column: 'sector', code: 'missing-column', params: { column: 'sector' } }]],
    ['a misspelt column', 'name,sectr,kind\nA,Retail,worker', [{ row: 1, column: 'sector', code: 'missing-column', params: { column: 'sector', didYouMean: 'sectr' } }]],
    ['no header at all', 'Bakery,Retail,worker', [{ row: 1, code: 'no-header', params: { columns: MEMBER_COLUMNS.join(', ') } }]],
    ['a column twice', 'name,sector,kind,Name\nA,Retail,worker,B', [{ row: 1, column: 'name', code: 'duplicate-column', params: { column: 'name' } }]],
    ['semicolons between columns', 'name;sector;kind\nA;Retail;worker', [{ row: 1, code: 'wrong-separator', params: { separator: ';' } }]],
    ['an unclosed quote', 'name,sector,kind\nA,Retail,worker\n"B,Retail,worker', [{ row: 3, code: 'unclosed-quote', params: {} }]],
    ['an empty file', '\uFEFF\r\n\r\n', [{ code: 'empty-file', params: {} }]],
    ['a header and no rows', 'name,sector,kind\r\n', [{ code: 'no-rows', params: {} }]],
  ])('%s', (_what, text, expected) => {
    expect(importMembersCsv(empty(), text)).toEqual({ ok: false, problems: expected, total: expected.length });
  });

  it('reports every bad cell with its row, counting blank lines and quoted line breaks as a spreadsheet does', () => {
    const text = lines(
      MEMBERS_HEADER,
      'Good,Retail,worker,,,,,',
      '',
      '"Multi',
      'line",Mining,spaceship,lots,1492,,coffee,',
      ',Retail,worker,,,,,',
      'Good,Retail,worker,,,,,',
      'Shifted, Jones,Retail,worker,12,2001,Riverton,legal,training',
    );
    const result = importMembersCsv(empty(), text);
    expect(problemsOf(result)).toEqual([
      { row: 4, column: 'sector', code: 'unknown-sector', params: { value: 'Mining' } },
      { row: 4, column: 'kind', code: 'unknown-kind', params: { value: 'spaceship' } },
      { row: 4, column: 'size', code: 'not-a-whole-number', params: { value: 'lots' } },
      { row: 4, column: 'needs', code: 'unknown-category', params: { value: 'coffee' } },
      { row: 5, column: 'name', code: 'required', params: {} },
      { row: 6, column: 'name', code: 'duplicate-row', params: { name: 'Good', firstRow: 2 } },
      { row: 7, code: 'too-many-cells', params: { expected: 8, found: 9 } },
    ]);
  });

  it('checks rows against the same rules as the form (range, length)', () => {
    const result = importMembersCsv(empty(), lines('name,sector,kind,founded', `${'x'.repeat(201)},Retail,worker,1492`));
    expect(problemsOf(result).map((p) => `${p.row}:${p.column}:${p.code}`)).toEqual(['2:name:too-long', '2:founded:out-of-range']);
  });

  it('refuses a file over the size limit before reading it', () => {
    const result = importMembersCsv(empty(), `name,sector,kind\n${'x'.repeat(MAX_IMPORT_BYTES)}`);
    expect(result).toEqual({ ok: false, problems: [{ code: 'file-too-large', params: { max: MAX_IMPORT_BYTES } }], total: 1 });
  });

  it('lists the first 100 problems and says how many there are', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `M${i},Nowhere,worker`);
    const result = importMembersCsv(empty(), lines('name,sector,kind', ...rows));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(100);
      expect(result.total).toBe(150);
    }
  });
});

describe('importing ties', () => {
  const map = mapOf([member('a', { name: 'Bakery' }), member('b', { name: 'Ledger' }), member('c', { name: 'Credit Union' })], [tie('a', 'b', ['trade'], true, { since: 2010 })]);

  it('refers to members by exact name; kinds by word or first word; yes/no in several spellings', () => {
    const text = lines('from,to,kinds,written,since', 'Credit Union,Bakery,Finance; governance;STAFF/secondment,Y,2001', 'Ledger,Credit Union,shared,0,');
    const result = ok(importTiesCsv(map, text, ids()));
    expect(result.added).toEqual(['n1', 'n2']);
    expect(result.map.ties.slice(1)).toEqual([
      { id: 'n1', from: 'c', to: 'a', kinds: ['finance', 'governance', 'staff'], written: true, since: 2001 },
      { id: 'n2', from: 'b', to: 'c', kinds: ['shared-service'], written: false },
    ]);
  });

  it('a pair already tied is that tie, whichever way round: its kinds replaced, empty cells kept', () => {
    const result = ok(importTiesCsv(map, lines('from,to,kinds,written,since', 'Ledger,Bakery,trade; referral,,'), ids()));
    expect(result.updated).toEqual(['a-b']);
    expect(result.map.ties).toEqual([{ id: 'a-b', from: 'a', to: 'b', kinds: ['trade', 'referral'], written: true, since: 2010 }]);
  });

  it('reports unknown names, unknown kinds, bad yes/no, a member tied to itself and a pair given twice', () => {
    const text = lines(
      'from,to,kinds,written,since',
      'bakery,Ledger,trade,yes,',
      'Bakery,Ledger,gift,maybe,soon',
      'Bakery,Bakery,trade,,',
      'Credit Union,Ledger,trade,,',
      'Ledger,Credit Union,referral,,',
      'Bakery,Credit Union,;,,',
    );
    expect(problemsOf(importTiesCsv(map, text))).toEqual([
      { row: 2, column: 'from', code: 'unknown-member', params: { name: 'bakery' } },
      { row: 3, column: 'kinds', code: 'unknown-tie-kind', params: { value: 'gift' } },
      { row: 3, column: 'written', code: 'not-yes-no', params: { value: 'maybe' } },
      { row: 3, column: 'since', code: 'not-a-whole-number', params: { value: 'soon' } },
      { row: 4, column: 'to', code: 'same-member', params: {} },
      { row: 6, column: 'to', code: 'duplicate-row', params: { from: 'Ledger', to: 'Credit Union', firstRow: 5 } },
      { row: 7, column: 'kinds', code: 'required', params: {} },
    ]);
  });
});

describe('the CSV vocabulary', () => {
  it('accepts every word the issue lists for tie kinds, member kinds and sectors', () => {
    const tieWords = ['trade', 'finance/lending', 'shared service', 'governance seat', 'referral', 'staff/secondment', 'education/training', 'finance', 'governance'];
    expect(tieWords.map((w) => TIE_KIND_VOCABULARY.read(w))).not.toContain(undefined);
    const kindWords = ['worker', 'consumer', 'producer/agricultural', 'housing', 'credit union/financial', 'multi-stakeholder', 'secondary/federation', 'support body', 'public body', 'other'];
    expect(new Set(kindWords.map((w) => MEMBER_KIND_VOCABULARY.read(w))).size).toBe(10);
    const sectorWords = ['Food and farming', 'Retail', 'Housing', 'Finance', 'Energy', 'Technology', 'Health and care', 'Education', 'Manufacturing', 'Services', 'Culture and media', 'Transport', 'Other'];
    expect(new Set(sectorWords.map((w) => SECTOR_VOCABULARY.read(w.toUpperCase()))).size).toBe(13);
  });

  it('accepts either half of a word written with "/", but no other part of a word', () => {
    expect(TIE_KIND_VOCABULARY.read('Lending')).toBe('finance');
    expect(MEMBER_KIND_VOCABULARY.read('federation')).toBe('secondary');
    expect(TIE_KIND_VOCABULARY.read('service')).toBeUndefined();
    expect(SECTOR_VOCABULARY.read('and')).toBeUndefined();
  });

  it('never accepts a short form two items could claim', () => {
    const v = vocabulary(['one', 'two'] as const, { one: 'shared service', two: 'shared kitchen/food' });
    expect(v.read('shared')).toBeUndefined();
    expect(v.read('Shared Kitchen')).toBe('two');
    expect(v.read('food')).toBe('two');
  });
});

describe('the sector cell', () => {
  it.each([
    ['Other: Forestry', { sector: 'other', sectorOther: 'Forestry' }],
    ['other - forestry', { sector: 'other', sectorOther: 'forestry' }],
    ['Other (Forestry (wood))', { sector: 'other', sectorOther: 'Forestry (wood)' }],
    ['Other: (a)', { sector: 'other', sectorOther: '(a)' }],
    ['OTHER', { sector: 'other' }],
    ['health-and-care', { sector: 'health-care' }],
    ['Forestry', undefined],
  ])('%s', (cell, expected) => {
    expect(readSector(cell)).toEqual(expected);
  });
});

describe('export', () => {
  it('writes the words the import reads, and ties by the names of their members', () => {
    const map: NetworkMap = mapOf(
      [member('a', { name: 'Bakery', sector: 'other', sectorOther: 'Bread', kind: 'producer', needs: [{ category: 'it', text: 'site; shop' }] }), member('b', { name: 'Ledger' })],
      [tie('a', 'b', ['trade', 'education'], true, { since: 2001 })],
    );
    expect(membersCsv(map)).toBe(`\uFEFF${MEMBERS_HEADER}\r\nBakery,Other: Bread,producer/agricultural,,,,"IT: site, shop",\r\nLedger,Retail,worker,,,,,\r\n`);
    expect(tiesCsv(map)).toBe(`\uFEFF${TIE_COLUMNS.join(',')}\r\nBakery,Ledger,trade; education/training,yes,2001\r\n`);
  });
});
