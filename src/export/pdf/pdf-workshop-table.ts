// The workshop's tables in the PDF: the distribution of answers per question (counts as numbers,
// each with a small vector bar for its share) and the round-1/round-2 comparison. Column headings
// repeat on every page a table runs onto; a row never splits across pages.
import { shareOfAnswered } from '../../core/answer-share';
import type { ReportModel } from '../../core/report-model';
import type { ReportWorkshop, WorkshopIndicatorReport } from '../../core/workshop-report';
import { changeText, formatStat, roundStatsText, workshopText as wt } from '../workshop-text';
import { ACCENT, INK, MUTED, RULE, SOFT, WARN } from './pdf-writer';
import type { PdfWriter, TextStyle } from './pdf-writer';

const CELL: TextStyle = { size: 8, lineHeight: 1.25 };
const HEAD: TextStyle = { size: 7, bold: true, color: MUTED, lineHeight: 1.25 };
const MARK: TextStyle = { size: 7, bold: true, color: WARN };
const PAD = 4;
/** Zero counts recede, but stay legible on paper. */
const ZERO = [150, 150, 150] as const;
const NUMBER_WIDTH = 22;
const COUNT_WIDTH = 28;
/** The count is right-aligned here within its cell; the bar starts just after it. */
const COUNT_TEXT = 11;
const BAR_MAX = COUNT_WIDTH - COUNT_TEXT - 4;


function ruleAt(w: PdfWriter, y: number, color = RULE): void {
  w.doc.setDrawColor(...color);
  w.doc.setLineWidth(0.4);
  w.doc.line(w.margin, y, w.pageWidth - w.margin, y);
}

/** Wrapped cell text, top-aligned at `top`. */
function cellText(w: PdfWriter, lines: string[], x: number, top: number, style: TextStyle): void {
  w.setStyle(style);
  lines.forEach((line, i) => w.doc.text(line, x, top + style.size * 0.85 + i * w.lineHeightOf(style)));
}

export function drawDistributionTable(w: PdfWriter, model: ReportModel, ws: ReportWorkshop): void {
  const { doc } = w;
  // The disagreement mark sits under the spread it comes from, so the spread column is as wide as the mark.
  w.setStyle(MARK);
  const spreadWidth = Math.max(32, doc.getTextWidth(wt.disagreementMark) + 2);
  const medianWidth = 32;
  const questionWidth = w.contentWidth - NUMBER_WIDTH - 7 * COUNT_WIDTH - medianWidth - spreadWidth - 2 * PAD;
  const xQuestion = w.margin + NUMBER_WIDTH;
  const xCounts = xQuestion + questionWidth + PAD;
  const xMedian = xCounts + 7 * COUNT_WIDTH + PAD;
  const xSpread = xMedian + medianWidth;
  const lh = w.lineHeightOf(CELL);

  const header = () => {
    const top = w.y;
    w.setStyle(HEAD);
    doc.text(wt.perLevel, xCounts, top + 6);
    const labels: [string, number, 'left' | 'right'][] = [
      [wt.colNumber, w.margin, 'left'],
      [wt.colQuestion, xQuestion, 'left'],
      ...[0, 1, 2, 3, 4].map((level): [string, number, 'right'] => [String(level), xCounts + level * COUNT_WIDTH + COUNT_TEXT, 'right']),
      [wt.colNotApplicable, xCounts + 5 * COUNT_WIDTH, 'left'],
      [wt.colDontKnow, xCounts + 6 * COUNT_WIDTH, 'left'],
      [wt.colMedian, xMedian, 'left'],
      [wt.colSpread, xSpread, 'left'],
    ];
    for (const [label, x, align] of labels) {
      const lines = w.wrap(label, HEAD, COUNT_WIDTH + 6);
      // Bottom-aligned, so a two-line heading ("Don’t know") sits on the same baseline as the rest.
      lines.forEach((line, i) => doc.text(line, x, top + 24 - (lines.length - 1 - i) * w.lineHeightOf(HEAD), { align }));
    }
    w.y = top + 28;
    ruleAt(w, w.y, MUTED);
  };

  const row = (r: WorkshopIndicatorReport) => {
    const lines = w.wrap(r.question, CELL, questionWidth);
    const height = Math.max(lines.length, r.disagreement ? 2 : 1) * lh + 2 * PAD;
    w.keep(height, { rows: lines.length, onNewPage: header });
    const top = w.y + PAD;
    cellText(w, [r.number], w.margin, top, { ...CELL, bold: true });
    cellText(w, lines, xQuestion, top, CELL);
    const d = r.distribution;
    [...d.levels, d.notApplicable, d.dontKnow].forEach((count, i) => {
      const x = xCounts + i * COUNT_WIDTH;
      w.setStyle({ ...CELL, color: count === 0 ? ZERO : INK });
      doc.text(String(count), x + COUNT_TEXT, top + CELL.size * 0.85, { align: 'right' });
      if (count > 0) {
        doc.setFillColor(...(i < 5 ? ACCENT : MUTED));
        doc.rect(x + COUNT_TEXT + 2, top + 1.5, Math.max(1, BAR_MAX * shareOfAnswered(count, d)), 5, 'F');
      }
    });
    cellText(w, [formatStat(r.median)], xMedian, top, { ...CELL, bold: true });
    cellText(w, [formatStat(r.spread)], xSpread, top, CELL);
    if (r.disagreement) cellText(w, [wt.disagreementMark], xSpread, top + lh, MARK);
    w.y += height;
    ruleAt(w, w.y);
  };

  // The column headings go with the first principle's name and its first row.
  w.keep(28 + 16 + 3 * lh + 2 * PAD, { rows: 2 });
  header();
  const byId = new Map(ws.perIndicator.map((r) => [r.id, r]));
  for (const p of model.principles) {
    // The principle's name travels with its first row.
    const first = byId.get(p.indicators[0]?.id ?? '');
    const firstHeight = first ? w.wrap(first.question, CELL, questionWidth).length * lh + 2 * PAD : 0;
    w.keep(16 + firstHeight, { onNewPage: header });
    doc.setFillColor(...SOFT);
    doc.rect(w.margin, w.y, w.contentWidth, 14, 'F');
    cellText(w, [`${p.number}. ${p.title}`], w.margin + 3, w.y + 2.5, { ...CELL, bold: true, color: ACCENT });
    w.y += 14;
    ruleAt(w, w.y);
    for (const ind of p.indicators) {
      const r = byId.get(ind.id);
      if (r) row(r);
    }
  }
  w.space(6);
}

export function drawRoundsTable(w: PdfWriter, rows: NonNullable<ReportWorkshop['roundComparison']>): void {
  const { doc } = w;
  const statWidth = 96;
  const changeWidth = 60;
  const questionWidth = w.contentWidth - NUMBER_WIDTH - 2 * statWidth - changeWidth - 2 * PAD;
  const xs = [w.margin, w.margin + NUMBER_WIDTH];
  xs.push(xs[1]! + questionWidth + PAD, xs[1]! + questionWidth + PAD + statWidth, xs[1]! + questionWidth + PAD + 2 * statWidth);
  const widths = [NUMBER_WIDTH - PAD, questionWidth, statWidth - PAD, statWidth - PAD, changeWidth];
  const lh = w.lineHeightOf(CELL);
  const header = () => {
    const top = w.y;
    [wt.colNumber, wt.colQuestion, wt.colFirstRound, wt.colSecondRound, wt.colChange].forEach((label, i) =>
      cellText(w, [label], xs[i]!, top, HEAD),
    );
    w.y = top + 14;
    ruleAt(w, w.y, MUTED);
  };
  w.keep(14 + 3 * lh + 2 * PAD, { rows: 1 });
  header();
  for (const r of rows) {
    const cells = [r.number, r.question, roundStatsText(r.round1), roundStatsText(r.round2), changeText(r.medianChange)];
    const wrapped = cells.map((c, i) => w.wrap(c, CELL, widths[i]));
    const height = Math.max(...wrapped.map((l) => l.length)) * lh + 2 * PAD;
    w.keep(height, { rows: Math.max(...wrapped.map((l) => l.length)), onNewPage: header });
    wrapped.forEach((lines, i) => cellText(w, lines, xs[i]!, w.y + PAD, { ...CELL, bold: i === 0 || i === 4 }));
    w.y += height;
    ruleAt(w, w.y);
  }
  doc.setTextColor(...INK);
  w.space(6);
}
