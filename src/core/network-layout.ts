// Where each member is drawn: the same map always draws the same way, on screen and in the PDF.
// Uses graphology and its ForceAtlas2 layout (the force-directed layout network tools such as Gephi
// use; it has no randomness, so a fixed start and a fixed number of rounds give fixed positions).
// Each connected part is laid out on its own from a circle in breadth-first order (so neighbours start
// close), then the parts are packed in rows, largest first, isolated members last: a lone member
// cannot fly off and squeeze the rest. Positions fit a box whose longer side is 1.
// A map of a few hundred members takes longer than a screen frame: the UI runs this in a Web Worker.
import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { NetworkMap, Tie } from './network-map';

/** All the layout reads of a map: what a Web Worker needs to be sent. */
export interface LayoutInput {
  members: readonly { id: string }[];
  ties: readonly Pick<Tie, 'from' | 'to' | 'kinds'>[];
}

/** The map cut down to what the layout reads, for posting to a worker (names and needs stay behind). */
export const layoutInput = (map: NetworkMap): LayoutInput => ({
  members: map.members.map((m) => ({ id: m.id })),
  ties: map.ties.map((t) => ({ from: t.from, to: t.to, kinds: t.kinds })),
});

export interface Point {
  x: number;
  y: number;
}
export interface MapLayout {
  /** Member id → centre, with 0 ≤ x ≤ width and 0 ≤ y ≤ height. */
  positions: Record<string, Point>;
  /** The drawing's extent; the longer side is 1 (both are 0 for an empty map). */
  width: number;
  height: number;
  /** The room each member has, in the same units: draw members no wider than this. */
  spacing: number;
}

/** Rounds of ForceAtlas2 for a part of n members: enough to settle, fewer as each round costs more. */
export const layoutRounds = (n: number): number => (n <= 50 ? 300 : n <= 500 ? 100 : n <= 2000 ? 50 : 30);

/** In layout units: the width kept around each member, the area a part gives each, and the gap between parts. */
const MEMBER_ROOM = 1;
const MEMBER_AREA = 2.5;
const GAP = 1;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Breadth-first from the best-connected member, neighbours by id: the circle the layout starts from. */
function startOrder(graph: Graph, nodes: string[]): string[] {
  const root = nodes.reduce((best, n) => (graph.degree(n) > graph.degree(best) ? n : best));
  const seen = new Set([root]);
  const order = [root];
  for (let k = 0; k < order.length; k += 1) {
    for (const u of graph.neighbors(order[k]!).sort(byId)) {
      if (!seen.has(u)) {
        seen.add(u);
        order.push(u);
      }
    }
  }
  return order;
}

/** Lays one connected part out around (0, 0), scaled so its area grows with its number of members. */
function layoutPart(graph: Graph, nodes: string[]): Record<string, Point> {
  if (nodes.length === 1) return { [nodes[0]!]: { x: 0, y: 0 } };
  const part = new Graph({ type: 'undirected' });
  const order = startOrder(graph, nodes);
  order.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / order.length;
    part.addNode(id, { x: Math.cos(angle) * 100, y: Math.sin(angle) * 100 });
  });
  for (const id of order) {
    graph.forEachEdge(id, (_edge, attrs, source, target) => {
      const other = source === id ? target : source;
      if (id < other) part.addEdge(id, other, attrs);
    });
  }
  const raw =
    nodes.length === 2
      ? Object.fromEntries(order.map((id, i) => [id, { x: i, y: 0 }]))
      : forceAtlas2(part, {
          iterations: layoutRounds(nodes.length),
          getEdgeWeight: 'weight',
          settings: { ...forceAtlas2.inferSettings(nodes.length), barnesHutOptimize: nodes.length > 1000 },
        });
  // Centre, then scale so the part covers about MEMBER_AREA per member: its root-mean-square
  // distance from the centre becomes that of a disc of n × MEMBER_AREA.
  const pts = order.map((id) => raw[id]!);
  const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
  const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
  const rms = Math.sqrt(pts.reduce((s, p) => s + (p.x - cx) ** 2 + (p.y - cy) ** 2, 0) / pts.length);
  const scale = rms > 0 ? Math.sqrt((nodes.length * MEMBER_AREA) / (2 * Math.PI)) / rms : 1;
  // Turn the part so its longest spread lies across: a chain packs as a row, not a diagonal.
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of pts) {
    sxx += (p.x - cx) ** 2;
    syy += (p.y - cy) ** 2;
    sxy += (p.x - cx) * (p.y - cy);
  }
  const angle = -0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(angle) * scale;
  const sin = Math.sin(angle) * scale;
  return Object.fromEntries(
    order.map((id) => {
      const dx = raw[id]!.x - cx;
      const dy = raw[id]!.y - cy;
      return [id, { x: dx * cos - dy * sin, y: dx * sin + dy * cos }];
    }),
  );
}

interface Box {
  points: Record<string, Point>;
  minX: number;
  minY: number;
  w: number;
  h: number;
}

function boxOf(points: Record<string, Point>): Box {
  const ps = Object.values(points);
  const minX = Math.min(...ps.map((p) => p.x)) - MEMBER_ROOM / 2;
  const minY = Math.min(...ps.map((p) => p.y)) - MEMBER_ROOM / 2;
  const maxX = Math.max(...ps.map((p) => p.x)) + MEMBER_ROOM / 2;
  const maxY = Math.max(...ps.map((p) => p.y)) + MEMBER_ROOM / 2;
  return { points, minX, minY, w: maxX - minX, h: maxY - minY };
}

export function layoutNetworkMap(map: LayoutInput): MapLayout {
  if (map.members.length === 0) return { positions: {}, width: 0, height: 0, spacing: 0 };
  const graph = new Graph({ type: 'undirected' });
  for (const id of map.members.map((m) => m.id).sort(byId)) graph.addNode(id);
  // Ties in a fixed order too: the layout's sums run in edge order, and floating-point sums
  // in another order would move members by a hair.
  const edges = map.ties
    .map((t) => (t.from < t.to ? [t.from, t.to, t.kinds.length] : [t.to, t.from, t.kinds.length]) as [string, string, number])
    .sort((a, b) => byId(a[0], b[0]) || byId(a[1], b[1]));
  for (const [a, b, weight] of edges) {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b) || graph.hasEdge(a, b)) continue;
    graph.addEdge(a, b, { weight });
  }
  const parts = connectedComponents(graph)
    .map((nodes) => nodes.sort(byId))
    .sort((a, b) => b.length - a.length || byId(a[0]!, b[0]!));
  const boxes = parts.map((nodes) => boxOf(layoutPart(graph, nodes)));

  // Shelf packing: rows a little wider than a square holding every part, never narrower than the largest.
  const area = boxes.reduce((s, b) => s + (b.w + GAP) * (b.h + GAP), 0);
  const rowWidth = Math.max(1.25 * Math.sqrt(area), ...boxes.map((b) => b.w));
  const positions: Record<string, Point> = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  boxes.forEach((box, i) => {
    // Isolated members start a row of their own, under the connected parts.
    const firstLoner = Object.keys(box.points).length === 1 && i > 0 && Object.keys(boxes[i - 1]!.points).length > 1;
    if (x > 0 && (x + box.w > rowWidth || firstLoner)) {
      x = 0;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    for (const [id, p] of Object.entries(box.points)) positions[id] = { x: x + p.x - box.minX, y: y + p.y - box.minY };
    x += box.w + GAP;
    rowHeight = Math.max(rowHeight, box.h);
    width = Math.max(width, x - GAP);
  });
  const height = y + rowHeight;
  const unit = Math.max(width, height);
  for (const p of Object.values(positions)) {
    p.x /= unit;
    p.y /= unit;
  }
  return { positions, width: width / unit, height: height / unit, spacing: 1 / unit };
}
