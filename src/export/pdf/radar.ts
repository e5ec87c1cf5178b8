// The radar chart drawn with PDF vector primitives from the same numbers as the score table:
// crisp at any zoom, a few kilobytes, and no screenshot of the screen.
import type { jsPDF } from 'jspdf';
import { ACCENT, FONT, INK, MUTED, RULE, SOFT } from './pdf-writer';

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

const LABEL_GAP = 10;
const LABEL_SIZE = 8;
const LABEL_LINE = LABEL_SIZE * 1.2;

/** A label in two lines, the principle over its score, so the labels stay narrow beside the table. */
function axisLabel(axis: RadarAxis): [string, string] {
  return [axis.label, axis.score === null ? '–' : String(Math.round(axis.score))];
}

function labelWidth(doc: jsPDF, axis: RadarAxis): number {
  return Math.max(...axisLabel(axis).map((line) => doc.getTextWidth(line)));
}

/**
 * The largest radius (up to `maxRadius`) whose labels fit between `left` and `right`, and the centre
 * that puts them there: labels must not run into the score table beside the chart.
 */
function fit(doc: jsPDF, axes: RadarAxis[], left: number, right: number, maxRadius: number): { cx: number; radius: number } {
  doc.setFont(FONT, 'normal');
  doc.setFontSize(LABEL_SIZE);
  const widths = axes.map((a) => labelWidth(doc, a));
  const extent = (radius: number) => {
    let [min, max] = [-radius, radius];
    axes.forEach((_, i) => {
      const [x] = pointAt(0, 0, radius + LABEL_GAP, i, axes.length);
      const w = widths[i]!;
      const [from, to] = Math.abs(x) < 1 ? [x - w / 2, x + w / 2] : x > 0 ? [x, x + w] : [x - w, x];
      [min, max] = [Math.min(min, from), Math.max(max, to)];
    });
    return { min, max };
  };
  let radius = maxRadius;
  while (radius > 30 && extent(radius).max - extent(radius).min > right - left) radius -= 1;
  const { min, max } = extent(radius);
  return { cx: left + (right - left - (max - min)) / 2 - min, radius };
}

/** Draws the chart centred vertically on `cy`, its labels kept between `left` and `right`. */
export function drawRadar(doc: jsPDF, axes: RadarAxis[], left: number, right: number, cy: number, maxRadius: number): void {
  const { cx, radius } = fit(doc, axes, left, right, maxRadius);
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

  doc.setFontSize(LABEL_SIZE);
  doc.setTextColor(...INK);
  axes.forEach((axis, i) => {
    const [x, y] = pointAt(cx, cy, radius + LABEL_GAP, i, n);
    const align = Math.abs(x - cx) < 1 ? 'center' : x > cx ? 'left' : 'right';
    // Above the chart the block ends just over the point; below, it starts under it; beside, it is centred.
    const first = y < cy - radius * 0.5 ? y - 3 - LABEL_LINE : y > cy + radius * 0.5 ? y + 7 : y + 3 - LABEL_LINE / 2;
    axisLabel(axis).forEach((line, k) => {
      doc.setFont(FONT, k === 0 ? 'normal' : 'bold');
      doc.text(line, x, first + k * LABEL_LINE, { align });
    });
  });
}
