// Properties of the CSV reader and the map's CSV files, for any content fast-check can think of.
import fc from 'fast-check';
import Papa from 'papaparse';
import { csvDocument, readCsv, unguardField } from '../../src/core/csv-text';
import { importMembersCsv, importTiesCsv } from '../../src/core/network-map-csv-import';
import { membersCsv, tiesCsv } from '../../src/core/network-map-csv-export';
import { createNetworkMap } from '../../src/core/network-map';
import type { NetworkMap } from '../../src/core/network-map';
import { mapArb } from '../fixtures/network-map-arbitraries';

const field = fc.string({ unit: fc.constantFrom(...'ab é,"\'=+-@\r\n\t;'.split('')), maxLength: 8 });
const rowsArb = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
const counter = () => {
  let n = 0;
  return { makeId: () => `new${(n += 1)}` };
};

/** Members and ties by name, ids aside: what two maps must agree on after a round trip. */
function byName(map: NetworkMap) {
  const name = new Map(map.members.map((m) => [m.id, m.name]));
  return {
    members: map.members.map(({ id: _id, ...rest }) => rest),
    ties: map.ties.map(({ id: _id, from, to, ...rest }) => ({ from: name.get(from), to: name.get(to), ...rest })),
  };
}

describe('readCsv', () => {
  it('reads back every field csvDocument wrote, whatever it holds', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        // A typed "'=" is the one text the guard cannot tell from its own mark (docs/network-map.md).
        const safe = rows.map((r) => r.filter((f) => !/^'[=+\-@\t\r]/.test(f))).filter((r) => r.length > 0);
        fc.pre(safe.length > 0);
        const read = readCsv(csvDocument(safe));
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.records.map((r) => r.map(unguardField))).toEqual(safe);
      }),
    );
  });

  it('agrees with papaparse on well-formed files', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const text = rows.map((r) => r.map((f) => `"${f.replaceAll('"', '""')}"`).join(',')).join('\r\n');
        const read = readCsv(text);
        const papa = Papa.parse<string[]>(text, { newline: '\r\n', delimiter: ',' });
        expect(read.ok && read.records).toEqual(papa.data);
      }),
    );
  });

  it('never throws on any text, and numbers rows from 1', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\uFEFF'), maxLength: 40 }), (text) => {
        const read = readCsv(text);
        if (!read.ok && read.code === 'unclosed-quote') expect(read.row).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('map CSV files', () => {
  it('export then import into an empty map gives back the same members and ties', () => {
    fc.assert(
      fc.property(mapArb(), (map) => {
        let copy = createNetworkMap(map.networkId);
        // A file with no rows imports nothing (it says so): only non-empty lists travel.
        for (const [has, csv, read] of [
          [map.members.length > 0, membersCsv(map), importMembersCsv],
          [map.ties.length > 0, tiesCsv(map), importTiesCsv],
        ] as const) {
          if (!has) continue;
          const result = read(copy, csv, counter());
          if (!result.ok) throw new Error(JSON.stringify(result.problems));
          copy = result.map;
        }
        expect(byName(copy)).toEqual(byName(map));
      }),
    );
  });

  it("re-importing a map's own export changes nothing", () => {
    fc.assert(
      fc.property(
        mapArb().filter((m) => m.members.length > 0),
        (map) => {
          const members = importMembersCsv(map, membersCsv(map));
          expect(members.ok && members.map).toBe(map);
          if (map.ties.length) {
            const ties = importTiesCsv(map, tiesCsv(map));
            expect(ties.ok && ties.map).toBe(map);
          }
        },
      ),
    );
  });

  it('one bad row anywhere: nothing is imported, and that row is named', () => {
    fc.assert(
      fc.property(
        mapArb().filter((m) => m.members.length > 0),
        fc.nat(),
        fc.constantFrom('kind', 'sector', 'size', 'needs'),
        (map, pick, column) => {
          const lines = membersCsv(map).split('\r\n');
          // Rows are single lines unless a cell holds a line break; damage a row that starts a line.
          const starts = lines.map((_, i) => i).filter((i) => i > 0 && lines[i] !== '' && readCsv(lines.slice(0, i).join('\r\n')).ok);
          if (starts.length === 0) return;
          const at = starts[pick % starts.length]!;
          const bad = { kind: 'spaceship', sector: 'Mining', size: 'lots', needs: 'coffee' }[column];
          const row = readCsv(lines.slice(0, at).join('\r\n'));
          const rowNumber = row.ok ? row.records.length + 1 : -1;
          const damaged = importMembersCsv(createNetworkMap('x'), insertRow(lines, at, column, bad));
          expect(damaged.ok).toBe(false);
          if (!damaged.ok) expect(damaged.problems).toContainEqual(expect.objectContaining({ row: rowNumber, column }));
        },
      ),
    );
  });

  it('never throws on garbage, and every problem has a code', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const result of [importMembersCsv(createNetworkMap('x'), text), importTiesCsv(createNetworkMap('x'), text)]) {
          if (!result.ok) for (const p of result.problems) expect(typeof p.code).toBe('string');
        }
      }),
    );
  });
});

/** Puts a row with one bad cell before line `at`, keeping the other cells valid. */
function insertRow(lines: string[], at: number, column: string, bad: string): string {
  const cells: Record<string, string> = { name: 'Inserted Co-op', sector: 'Retail', kind: 'worker', size: '', founded: '', place: '', needs: '', offers: '' };
  cells[column] = bad;
  const row = ['name', 'sector', 'kind', 'size', 'founded', 'place', 'needs', 'offers'].map((c) => cells[c]).join(',');
  return [...lines.slice(0, at), row, ...lines.slice(at)].join('\r\n');
}
