// How a laid-out map is drawn, the same on screen (SVG) and in the PDF (jsPDF lines and polygons):
// members as shapes coloured by kind — each kind also has its own shape, so the drawing reads
// without colour — sized by their number of members or workers; ties as lines thicker for each
// further kind, dashed when not in writing. Pure geometry in drawing units; renderers only paint.
import type { MapLayout, Point } from './network-layout';
import { MEMBER_KINDS } from './network-map';
import type { MemberKind, NetworkMap } from './network-map';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'pentagon' | 'hexagon' | 'star' | 'triangle-down' | 'cross' | 'ring';

/** Kind → shape and colour (Okabe–Ito, safe for the common colour blindnesses, plus two greys). */
export const KIND_STYLE: Record<MemberKind, { shape: Shape; color: readonly [number, number, number] }> = {
  worker: { shape: 'circle', color: [0, 114, 178] },
  consumer: { shape: 'square', color: [230, 159, 0] },
  producer: { shape: 'triangle', color: [0, 158, 115] },
  housing: { shape: 'pentagon', color: [204, 121, 167] },
  'credit-union': { shape: 'diamond', color: [213, 94, 0] },
  'multi-stakeholder': { shape: 'hexagon', color: [86, 180, 233] },
  secondary: { shape: 'star', color: [120, 94, 150] },
  'support-body': { shape: 'triangle-down', color: [88, 88, 88] },
  'public-body': { shape: 'cross', color: [150, 150, 150] },
  other: { shape: 'ring', color: [40, 40, 40] },
};

export const hex = ([r, g, b]: readonly [number, number, number]): string =>
  `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The drawing's units: the longer side of the layout box becomes this many, plus a margin all round. */
export const DRAWING_SIZE = 1000;
const MARGIN = 40;

export interface DrawnMember {
  id: string;
  kind: MemberKind;
  x: number;
  y: number;
  /** Half the shape's width. */
  r: number;
}

export interface DrawnTie {
  from: Point;
  to: Point;
  /** Line width in drawing units: thicker for each further kind. */
  width: number;
  written: boolean;
}

export interface Drawing {
  width: number;
  height: number;
  members: DrawnMember[];
  ties: DrawnTie[];
  /** Names beside members only when the map is small enough for them to be read. */
  labelled: boolean;
}

/** Members and up to this many are labelled with their names in the drawing. */
export const LABEL_LIMIT = 40;

/** Lays the members and ties of a map on the layout's positions, in drawing units. */
export function drawMap(map: Pick<NetworkMap, 'members' | 'ties'>, layout: MapLayout): Drawing {
  const scale = DRAWING_SIZE;
  const room = layout.spacing * scale;
  // A member's shape is at most 40% of its room (so neighbours never overlap), and never tiny.
  const largest = Math.min(Math.max(room * 0.4, 6), 34);
  const maxSize = Math.max(1, ...map.members.map((m) => m.size ?? 0));
  const members: DrawnMember[] = map.members.flatMap((m) => {
    const p = layout.positions[m.id];
    if (!p) return [];
    // Area grows with size: radius by the square root, from 45% (no size given, or tiny) to 100%.
    const r = largest * (0.45 + 0.55 * Math.sqrt((m.size ?? 0) / maxSize));
    return [{ id: m.id, kind: m.kind, x: MARGIN + p.x * scale, y: MARGIN + p.y * scale, r }];
  });
  const at = new Map(members.map((m) => [m.id, m]));
  const ties: DrawnTie[] = map.ties.flatMap((t) => {
    const a = at.get(t.from);
    const b = at.get(t.to);
    if (!a || !b) return [];
    return [{ from: { x: a.x, y: a.y }, to: { x: b.x, y: b.y }, width: 1.2 + 1.6 * (t.kinds.length - 1), written: t.written }];
  });
  return {
    width: layout.width * scale + 2 * MARGIN,
    height: layout.height * scale + 2 * MARGIN,
    members,
    ties,
    labelled: members.length <= LABEL_LIMIT,
  };
}

/** The dash pattern of a tie not in writing, in drawing units (dash, gap). */
export const UNWRITTEN_DASH: readonly [number, number] = [7, 5];

/** A shape's outline as polygons around (x, y) with half-width r; null for the circle and ring. */
export function shapePolygons(shape: Shape, x: number, y: number, r: number): [number, number][][] | null {
  const regular = (n: number, turn: number, radius = r) =>
    Array.from({ length: n }, (_, i) => {
      const a = turn + (2 * Math.PI * i) / n;
      return [x + radius * Math.cos(a), y + radius * Math.sin(a)] as [number, number];
    });
  const up = -Math.PI / 2;
  switch (shape) {
    case 'circle':
    case 'ring':
      return null;
    case 'square':
      return [regular(4, Math.PI / 4, r * 1.2)];
    case 'diamond':
      return [regular(4, up, r * 1.15)];
    case 'triangle':
      return [regular(3, up, r * 1.25)];
    case 'triangle-down':
      return [regular(3, Math.PI / 2, r * 1.25)];
    case 'pentagon':
      return [regular(5, up, r * 1.1)];
    case 'hexagon':
      return [regular(6, 0, r * 1.1)];
    case 'star':
      return [
        Array.from({ length: 10 }, (_, i) => {
          const a = up + (Math.PI * i) / 5;
          const radius = i % 2 === 0 ? r * 1.3 : r * 0.6;
          return [x + radius * Math.cos(a), y + radius * Math.sin(a)] as [number, number];
        }),
      ];
    case 'cross': {
      const t = r * 0.42;
      const s = r * 1.1;
      return [
        [
          [x - t, y - s], [x + t, y - s], [x + t, y - t], [x + s, y - t], [x + s, y + t], [x + t, y + t],
          [x + t, y + s], [x - t, y + s], [x - t, y + t], [x - s, y + t], [x - s, y - t], [x - t, y - t],
        ],
      ];
    }
  }
}

/** The kinds present on a map, in list order: what a legend needs to show. */
export const kindsPresent = (map: Pick<NetworkMap, 'members'>): MemberKind[] => MEMBER_KINDS.filter((k) => map.members.some((m) => m.kind === k));
