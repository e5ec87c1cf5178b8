// The radar chart drawn with PDF vector primitives from the same numbers as the score table:
// crisp at any zoom, a few kilobytes, and no screenshot of the screen.
import type { jsPDF } from 'jspdf';
import { ACCENT, INK, MUTED, RULE, SOFT } from './pdf-writer';
import { FONT } from './pdf-writer';

export interface RadarAxis {
  label: string;
  /** 0–100, or null when the principle has too few answers (drawn at the centre, label marked). */
  score: number | null;
}

type Point = [number, number];

function pointAt(cx: number, cy: number, radius: number, index: number, count: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
}

function polygon(doc: jsPDF, points: Point[], style: 'S' | 'F' | 'FD'): void {
  const [first, ...rest] = points;
  if (!first) return;
  let [px, py] = first;
  const deltas = rest.map(([x, y]) => {
    const d = [x - px, y - py];
    px = x;
    py = y;
    return d;
  });
  doc.lines(deltas, first[0], first[1], [1, 1], style, true);
}

export function drawRadar(doc: jsPDF, axes: RadarAxis[], cx: number, cy: number, radius: number): void {
  const n = axes.length;
  const ring = (fraction: number) => axes.map((_, i) => pointAt(cx, cy, radius * fraction, i, n));

  // Data area first, so the grid stays visible on top of the fill.
  const data = axes.map((a, i) => pointAt(cx, cy, (radius * (a.score ?? 0)) / 100, i, n));
  doc.setFillColor(...SOFT);
  polygon(doc, data, 'F');

  doc.setDrawColor(...RULE);
  doc.setLineWidth(0.5);
  for (const f of [0.25, 0.5, 0.75, 1]) polygon(doc, ring(f), 'S');
  ring(1).forEach(([x, y]) => doc.line(cx, cy, x, y));

  doc.setFont(FONT, 'normal');
  doc.setFontSize(7);
  doc.setTextColor(...MUTED);
  for (const value of [25, 50, 75, 100]) {
    const [x, y] = pointAt(cx, cy, (radius * value) / 100, 0, n);
    doc.text(String(value), x + 3, y + 2.5);
  }

  doc.setDrawColor(...ACCENT);
  doc.setLineWidth(1.6);
  polygon(doc, data, 'S');
  doc.setFillColor(...ACCENT);
  data.forEach(([x, y]) => doc.circle(x, y, 2.2, 'F'));

  doc.setFontSize(8.5);
  axes.forEach((axis, i) => {
    const [x, y] = pointAt(cx, cy, radius + 12, i, n);
    const label = axis.score === null ? `${axis.label} (–)` : `${axis.label} ${Math.round(axis.score)}`;
    const width = doc.getTextWidth(label);
    const align = Math.abs(x - cx) < 1 ? x - width / 2 : x > cx ? x : x - width;
    const baseline = y < cy - radius * 0.5 ? y - 2 : y > cy + radius * 0.5 ? y + 8 : y + 3;
    doc.setTextColor(...INK);
    doc.text(label, align, baseline);
  });
}
