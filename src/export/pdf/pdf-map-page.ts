// The network map's page of the PDF: the drawing (vector, the same geometry as on screen), its legend,
// the measures and the top matches. The layout is computed before (in the browser's worker) and passed in.
import { drawMap, KIND_STYLE, kindsPresent, shapePolygons, UNWRITTEN_DASH } from '../../core/network-drawing';
import type { Drawing, Shape } from '../../core/network-drawing';
import type { MapLayout } from '../../core/network-layout';
import type { NetworkMap } from '../../core/network-map';
import { drawingWords, MEMBER_KIND_LABELS } from '../../components/network-map-words';
import { mapReportFacts } from '../map-report';
import { mapReportText as t } from '../map-report-text';
import { H1, H2, BODY, SMALL } from './pdf-styles';
import { MUTED } from './pdf-writer';
import type { PdfWriter } from './pdf-writer';

const LINE: [number, number, number] = [107, 114, 128];

function rgb(color: readonly [number, number, number]): [number, number, number] {
  return [color[0], color[1], color[2]];
}

/** One member's shape at (x, y) with half-width r, in page points. */
function shapeAt(w: PdfWriter, shape: Shape, color: readonly [number, number, number], x: number, y: number, r: number): void {
  const { doc } = w;
  doc.setFillColor(...rgb(color));
  doc.setDrawColor(255, 255, 255);
  doc.setLineWidth(Math.min(0.5, r * 0.15));
  const polygons = shapePolygons(shape, x, y, r);
  if (!polygons) {
    if (shape === 'ring') {
      doc.setDrawColor(...rgb(color));
      doc.setFillColor(255, 255, 255);
      doc.setLineWidth(Math.max(0.8, r * 0.35));
      doc.circle(x, y, r * 0.85, 'FD');
    } else doc.circle(x, y, r, 'FD');
    return;
  }
  for (const points of polygons) {
    const [first, ...rest] = points;
    if (!first) continue;
    let [px, py] = first;
    const deltas = rest.map(([qx, qy]) => {
      const d = [qx - px, qy - py];
      [px, py] = [qx, qy];
      return d;
    });
    doc.lines(deltas, first[0], first[1], [1, 1], 'FD', true);
  }
}

function drawDrawing(w: PdfWriter, drawing: Drawing, nameOf: (id: string) => string): void {
  const { doc } = w;
  const maxHeight = Math.min(w.bottom - w.y, w.contentWidth);
  const scale = Math.min(w.contentWidth / drawing.width, maxHeight / drawing.height);
  const width = drawing.width * scale;
  const height = drawing.height * scale;
  w.keep(height);
  const left = w.margin + (w.contentWidth - width) / 2;
  const top = w.y;
  const at = (x: number, y: number) => [left + x * scale, top + y * scale] as const;
  doc.setDrawColor(...LINE);
  doc.setLineCap('round');
  for (const tie of drawing.ties) {
    doc.setLineWidth(Math.max(0.3, tie.width * scale));
    doc.setLineDashPattern(tie.written ? [] : UNWRITTEN_DASH.map((d) => Math.max(1, d * scale)), 0);
    const [x1, y1] = at(tie.from.x, tie.from.y);
    const [x2, y2] = at(tie.to.x, tie.to.y);
    doc.line(x1, y1, x2, y2);
  }
  doc.setLineDashPattern([], 0);
  for (const m of drawing.members) {
    const [x, y] = at(m.x, m.y);
    const style = KIND_STYLE[m.kind];
    shapeAt(w, style.shape, style.color, x, y, m.r * scale);
  }
  if (drawing.labelled) {
    w.setStyle({ size: 7, color: [29, 35, 39] });
    for (const m of drawing.members) {
      const [x, y] = at(m.x, m.y);
      const r = m.r * scale;
      const right = m.x > drawing.width / 2;
      const name = nameOf(m.id);
      const label = name.length > 28 ? `${name.slice(0, 27).trimEnd()}…` : name;
      doc.text(label, right ? x - r - 2 : x + r + 2, y + 2.4, { align: right ? 'right' : 'left' });
    }
  }
  w.y = top + height + 8;
}

function drawLegend(w: PdfWriter, map: NetworkMap): void {
  const { doc } = w;
  const items: { draw: (x: number, y: number) => void; label: string }[] = [
    ...kindsPresent(map).map((k) => ({
      draw: (x: number, y: number) => shapeAt(w, KIND_STYLE[k].shape, KIND_STYLE[k].color, x + 7, y, 4.5),
      label: MEMBER_KIND_LABELS[k],
    })),
    ...([
      [drawingWords.written, false, 1],
      [drawingWords.notWritten, true, 1],
      [drawingWords.multiplex, false, 3],
    ] as const).map(([label, dashed, width]) => ({
      draw: (x: number, y: number) => {
        doc.setDrawColor(...LINE);
        doc.setLineWidth(width);
        doc.setLineDashPattern(dashed ? [3, 2] : [], 0);
        doc.line(x, y, x + 14, y);
        doc.setLineDashPattern([], 0);
      },
      label,
    })),
  ];
  const style = { size: 8.5, color: MUTED };
  w.setStyle(style);
  const rowHeight = 13;
  const columns = 2;
  const colWidth = w.contentWidth / columns;
  const rows = Math.ceil(items.length / columns);
  w.keep(rows * rowHeight, { rows });
  items.forEach((item, i) => {
    const x = w.margin + (i % columns) * colWidth;
    const y = w.y + Math.floor(i / columns) * rowHeight + rowHeight / 2;
    item.draw(x, y);
    w.setStyle(style);
    const [label] = w.doc.splitTextToSize(item.label, colWidth - 24) as string[];
    doc.text(label ?? '', x + 20, y + 3);
  });
  w.y += rows * rowHeight + 6;
  w.text(drawingWords.sized, { ...SMALL });
}

/** The map page (more pages when the map has many measures or matches). */
export function drawMapPage(w: PdfWriter, map: NetworkMap, layout: MapLayout): void {
  const facts = mapReportFacts(map);
  w.heading(t.title, H1);
  w.text(facts.summary, BODY);
  w.text(t.drawingNote, SMALL);
  drawDrawing(w, drawMap(map, layout), facts.nameOf);
  drawLegend(w, map);

  w.space(6);
  w.heading(t.measures, H2);
  for (const row of facts.measures) w.bullet(`${row.term}: ${row.value}. ${row.note}`, BODY);

  w.space(6);
  w.heading(t.matches, H2);
  for (const match of facts.matches) w.bullet(match, BODY);
  if (facts.matchesNote) w.text(facts.matchesNote, facts.matches.length ? SMALL : BODY);
}
