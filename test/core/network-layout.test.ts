// The map's drawing positions: deterministic, inside their box, parts side by side.
import fc from 'fast-check';
import { layoutInput, layoutNetworkMap } from '../../src/core/network-layout';
import type { MapLayout } from '../../src/core/network-layout';
import type { NetworkMap } from '../../src/core/network-map';
import { mapArb } from '../fixtures/network-map-arbitraries';
import { generatedNetwork, mapOf, member, shape } from '../fixtures/network-maps';

function expectInsideBox(layout: MapLayout, ids: string[]) {
  if (ids.length === 0) return;
  expect(Math.max(layout.width, layout.height)).toBeCloseTo(1, 12);
  for (const id of ids) {
    const p = layout.positions[id]!;
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.y).toBeGreaterThanOrEqual(0);
    expect(p.x).toBeLessThanOrEqual(layout.width + 1e-12);
    expect(p.y).toBeLessThanOrEqual(layout.height + 1e-12);
  }
}

const minDistance = (layout: MapLayout) => {
  const ps = Object.values(layout.positions);
  let min = Infinity;
  for (let i = 0; i < ps.length; i += 1) for (let j = i + 1; j < ps.length; j += 1) min = Math.min(min, Math.hypot(ps[i]!.x - ps[j]!.x, ps[i]!.y - ps[j]!.y));
  return min;
};

describe('layoutNetworkMap', () => {
  it('draws nothing for an empty map and centres a lone member', () => {
    expect(layoutNetworkMap(mapOf([]))).toEqual({ positions: {}, width: 0, height: 0, spacing: 0 });
    expect(layoutNetworkMap(mapOf([member('a')]))).toEqual({ positions: { a: { x: 0.5, y: 0.5 } }, width: 1, height: 1, spacing: 1 });
  });

  it('gives the same positions for the same map, whatever order members and ties are listed in or what they are called', () => {
    fc.assert(
      fc.property(mapArb(8), (map) => {
        const first = layoutNetworkMap(map);
        expect(layoutNetworkMap(structuredClone(map))).toEqual(first);
        const shuffled: NetworkMap = {
          ...map,
          members: [...map.members].reverse().map((m) => ({ ...m, name: `${m.name}!` })),
          ties: [...map.ties].reverse().map((t) => ({ ...t, from: t.to, to: t.from })),
        };
        expect(layoutNetworkMap(shuffled)).toEqual(first);
        expectInsideBox(first, map.members.map((m) => m.id));
      }),
      { numRuns: 40 },
    );
  });

  it('lays a 300-member network out inside the box, no two members on the same spot', () => {
    const map = generatedNetwork(300);
    const layout = layoutNetworkMap(layoutInput(map));
    expectInsideBox(layout, map.members.map((m) => m.id));
    expect(minDistance(layout)).toBeGreaterThan(layout.spacing / 50);
  });

  it('puts separate parts side by side without overlap, isolated members included', () => {
    const map = shape('abcdefghijk', ['a-b', 'a-c', 'a-d', 'e-f', 'f-g', 'g-e', 'h-i']);
    const layout = layoutNetworkMap(map);
    expectInsideBox(layout, map.members.map((m) => m.id));
    const box = (ids: string) => {
      const ps = ids.split('').map((id) => layout.positions[id]!);
      return { x0: Math.min(...ps.map((p) => p.x)), x1: Math.max(...ps.map((p) => p.x)), y0: Math.min(...ps.map((p) => p.y)), y1: Math.max(...ps.map((p) => p.y)) };
    };
    const parts = ['abcd', 'efg', 'hi', 'j', 'k'].map(box);
    for (let i = 0; i < parts.length; i += 1) {
      for (let j = i + 1; j < parts.length; j += 1) {
        const [p, q] = [parts[i]!, parts[j]!];
        const apart = p.x1 < q.x0 || q.x1 < p.x0 || p.y1 < q.y0 || q.y1 < p.y0;
        expect(apart).toBe(true);
      }
    }
    // Members of one part are closer to each other than a part's width is to the next part.
    expect(minDistance(layout)).toBeGreaterThan(layout.spacing / 4);
  });

  it('draws a star with the hub in the middle of its leaves', () => {
    const layout = layoutNetworkMap(shape('abcde', ['a-b', 'a-c', 'a-d', 'a-e']));
    const leaves = ['b', 'c', 'd', 'e'].map((id) => layout.positions[id]!);
    const hub = layout.positions.a!;
    const cx = leaves.reduce((s, p) => s + p.x, 0) / 4;
    const cy = leaves.reduce((s, p) => s + p.y, 0) / 4;
    expect(Math.hypot(hub.x - cx, hub.y - cy)).toBeLessThan(0.1);
  });
});
