// The map as an undirected graph of array indices, and the two structural questions the measures ask
// of it: its connected parts, and which members hold them together (articulation points). Plain
// linear-time code with no library, so the evidence lines beside questions and the report can use
// it without loading the layout's graph library; test/core checks it against that library.
import type { NetworkMap } from './network-map';

export interface MapGraph {
  /** Member ids in map order; node i is ids[i]. */
  ids: string[];
  neighbours: number[][];
}

export function mapGraph(map: Pick<NetworkMap, 'members' | 'ties'>): MapGraph {
  const ids = map.members.map((m) => m.id);
  const at = new Map(ids.map((id, i) => [id, i]));
  const neighbours: number[][] = ids.map(() => []);
  for (const t of map.ties) {
    const a = at.get(t.from);
    const b = at.get(t.to);
    if (a === undefined || b === undefined || a === b) continue;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  }
  return { ids, neighbours };
}

/** Connected parts, each a list of node indices (an isolated member is a part of one). */
export function connectedParts(g: MapGraph): number[][] {
  const seen = new Uint8Array(g.ids.length);
  const parts: number[][] = [];
  for (let start = 0; start < g.ids.length; start += 1) {
    if (seen[start]) continue;
    seen[start] = 1;
    const part = [start];
    for (let k = 0; k < part.length; k += 1) {
      for (const u of g.neighbours[part[k]!]!) {
        if (!seen[u]) {
          seen[u] = 1;
          part.push(u);
        }
      }
    }
    parts.push(part);
  }
  return parts;
}

export interface CutPoint {
  node: number;
  /** Members who would lose their path to the largest piece left if this one went. */
  cutOff: number;
}

/**
 * Articulation points (Hopcroft–Tarjan): members whose removal splits their connected part. An
 * iterative depth-first search, so a 5,000-member chain cannot overflow the stack. For each, the
 * pieces left are the child subtrees that cannot reach above it plus the rest of its part.
 */
export function cutPoints(g: MapGraph): CutPoint[] {
  const n = g.ids.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const separated = new Int32Array(n);
  const largestPiece = new Int32Array(n);
  const children = new Int32Array(n);
  const out: CutPoint[] = [];
  let clock = 0;
  for (let root = 0; root < n; root += 1) {
    if (order[root] !== -1) continue;
    const stack = [root];
    const visited = [root];
    order[root] = low[root] = clock++;
    size[root] = 1;
    while (stack.length) {
      const v = stack[stack.length - 1]!;
      const adj = g.neighbours[v]!;
      if (next[v]! < adj.length) {
        const u = adj[next[v]!]!;
        next[v]! += 1;
        if (order[u] === -1) {
          parent[u] = v;
          order[u] = low[u] = clock++;
          size[u] = 1;
          stack.push(u);
          visited.push(u);
        } else if (u !== parent[v]) {
          low[v] = Math.min(low[v]!, order[u]!);
        }
        continue;
      }
      stack.pop();
      const p = parent[v]!;
      if (p === -1) continue;
      size[p]! += size[v]!;
      low[p] = Math.min(low[p]!, low[v]!);
      children[p]! += 1;
      if (low[v]! >= order[p]!) {
        separated[p]! += size[v]!;
        largestPiece[p] = Math.max(largestPiece[p]!, size[v]!);
      }
    }
    const partSize = size[root]!;
    for (const v of visited) {
      const isCut = v === root ? children[v]! >= 2 : separated[v]! > 0;
      if (!isCut) continue;
      const rest = partSize - 1 - separated[v]!;
      out.push({ node: v, cutOff: partSize - 1 - Math.max(rest, largestPiece[v]!) });
    }
  }
  return out;
}
