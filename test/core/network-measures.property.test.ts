// Invariants of the measures for any map: ranges, monotone density, indifference to how members are
// named or ordered, and single points of failure checked against graphology's components.
import fc from 'fast-check';
import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import { measureNetwork } from '../../src/core/network-measures';
import type { NetworkMeasures } from '../../src/core/network-measures';
import type { NetworkMap } from '../../src/core/network-map';
import { mapArb } from '../fixtures/network-map-arbitraries';

const inUnit = (x: number | null) => x === null || (x >= 0 && x <= 1);

/** The measures with every id replaced through `rename` and id lists as sorted sets. */
function canonical(m: NetworkMeasures, rename: (id: string) => string) {
  const ids = (xs: string[]) => xs.map(rename).sort();
  return {
    ...m,
    degree: Object.fromEntries(Object.entries(m.degree).map(([id, d]) => [rename(id), d]).sort()),
    mostTies: m.mostTies && { ...m.mostTies, ids: ids(m.mostTies.ids) },
    singlePoints: m.singlePoints.map((p) => `${rename(p.id)}:${p.cutOff}`).sort(),
    isolated: ids(m.isolated),
  };
}

/** Single points of failure by brute force: remove each member and count graphology's components. */
function bruteForceCutPoints(map: NetworkMap): string[] {
  const graph = (without?: string) => {
    const g = new Graph({ type: 'undirected' });
    for (const m of map.members) if (m.id !== without) g.addNode(m.id);
    for (const t of map.ties) if (t.from !== without && t.to !== without) g.addEdge(t.from, t.to);
    return g;
  };
  const before = connectedComponents(graph()).length;
  const partOf = new Map(connectedComponents(graph()).flatMap((part) => part.map((id) => [id, part.length])));
  return map.members.flatMap((m) => {
    const pieces = connectedComponents(graph(m.id));
    if (pieces.length <= before) return [];
    // Of the pieces v's part falls into, all but the largest are cut off.
    const mine = pieces.filter((p) => map.ties.some((t) => (t.from === m.id && p.includes(t.to)) || (t.to === m.id && p.includes(t.from))));
    const cutOff = partOf.get(m.id)! - 1 - Math.max(...mine.map((p) => p.length));
    return [`${m.id}:${cutOff}`];
  });
}

describe('network measures for any map', () => {
  it('stay within their ranges', () => {
    fc.assert(
      fc.property(mapArb(), (map) => {
        const m = measureNetwork(map);
        for (const share of [m.density, m.writtenShare, m.multiplexity, m.mostTies?.share ?? null, m.outside.share, m.needs.share]) {
          expect(inUnit(share)).toBe(true);
        }
        for (const d of [m.sectors, m.kinds, m.coopSectors, m.coopKinds]) {
          if (d.blau !== null) {
            expect(d.blau).toBeGreaterThanOrEqual(0);
            // Blau's maximum is 1 − 1/K for K categories present.
            expect(d.blau).toBeLessThanOrEqual(1 - 1 / d.present + 1e-12);
          }
          expect(d.present).toBeLessThanOrEqual(d.total);
        }
        expect(m.isolated.length + m.singlePoints.length).toBeLessThanOrEqual(m.members);
        for (const p of m.singlePoints) expect(p.cutOff).toBeGreaterThanOrEqual(1);
        expect(m.parts).toBeGreaterThanOrEqual(m.isolated.length);
        expect(m.written).toBeLessThanOrEqual(m.ties);
        expect(m.needs.metInside).toBeLessThanOrEqual(m.needs.total);
      }),
    );
  });

  it('adding a tie never lowers the density', () => {
    fc.assert(
      fc.property(mapArb(), fc.nat(), fc.nat(), (map, i, j) => {
        const n = map.members.length;
        fc.pre(n >= 2);
        const a = map.members[i % n]!.id;
        const b = map.members[(i + 1 + (j % (n - 1))) % n]!.id;
        fc.pre(!map.ties.some((t) => (t.from === a && t.to === b) || (t.from === b && t.to === a)));
        const more = { ...map, ties: [...map.ties, { id: 'extra', from: a, to: b, kinds: ['trade' as const], written: false }] };
        expect(measureNetwork(more).density!).toBeGreaterThan(measureNetwork(map).density!);
      }),
    );
  });

  it('renaming, re-identifying or reordering members changes no measure', () => {
    fc.assert(
      fc.property(mapArb(), fc.infiniteStream(fc.nat()), (map, stream) => {
        const newId = (id: string) => `x-${id}-renamed`;
        const order = map.members.map((m) => ({ m, key: stream.next().value }));
        const relabelled: NetworkMap = {
          ...map,
          members: order.sort((p, q) => p.key - q.key).map(({ m }) => ({ ...m, id: newId(m.id), name: `${m.name} (new)` })),
          ties: [...map.ties].reverse().map((t) => ({ ...t, from: newId(t.to), to: newId(t.from) })),
        };
        expect(canonical(measureNetwork(relabelled), (id) => id)).toEqual(canonical(measureNetwork(map), newId));
      }),
    );
  });

  it('finds exactly the members whose removal splits the network, and how many each cuts off', () => {
    fc.assert(
      fc.property(mapArb(12), (map) => {
        const found = measureNetwork(map).singlePoints.map((p) => `${p.id}:${p.cutOff}`);
        expect(found.sort()).toEqual(bruteForceCutPoints(map).sort());
      }),
    );
  });

  it('handles a 5,000-member chain without running out of stack', () => {
    const n = 5000;
    const map: NetworkMap = {
      schemaVersion: 1,
      networkId: 'chain',
      updatedAt: '2026-01-01T00:00:00Z',
      members: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `C${i}`, sector: 'retail', kind: 'worker', needs: [], offers: [] })),
      ties: Array.from({ length: n - 1 }, (_, i) => ({ id: `t${i}`, from: `c${i}`, to: `c${i + 1}`, kinds: ['trade'], written: true })),
    };
    const m = measureNetwork(map);
    expect(m.singlePoints).toHaveLength(n - 2);
    expect(m.singlePoints[0]).toEqual({ id: `c${n / 2 - 1}`, cutOff: n / 2 - 1 });
  });
});
