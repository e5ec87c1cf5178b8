// The plan's part of the PDF report: the action plan as a table (action, principle, owner, due date,
// status; column headings repeat on every page it runs onto, a row never splits) and the priorities,
// weakest principle first, each recommendation with who typically leads it and a first step.
import type { ReportAction, ReportLastPlan, ReportModel, ReportPriority } from '../../core/report-model';
import { formatDueDate, formatReportScore, lastPlanLine, principleScoreText, reportText as t } from '../report-text';
import { H1, H3, SMALL } from './pdf-styles';
import { ACCENT, INK, MUTED, RULE } from './pdf-writer';
import type { PdfWriter, TextStyle } from './pdf-writer';

const CELL: TextStyle = { size: 8.5, lineHeight: 1.3 };
const HEAD: TextStyle = { size: 7.5, bold: true, color: MUTED, lineHeight: 1.25 };
const PAD = 4;

function ruleAt(w: PdfWriter, y: number, color = RULE): void {
  w.doc.setDrawColor(...color);
  w.doc.setLineWidth(0.4);
  w.doc.line(w.margin, y, w.pageWidth - w.margin, y);
}

function cellText(w: PdfWriter, lines: string[], x: number, top: number, style: TextStyle): void {
  w.setStyle(style);
  lines.forEach((line, i) => w.doc.text(line, x, top + style.size * 0.85 + i * w.lineHeightOf(style)));
}

/** Column widths: the action takes what the others leave. */
function columns(w: PdfWriter) {
  const fixed = { number: 18, principle: 84, owner: 80, due: 62, status: 62 };
  const action = w.contentWidth - fixed.number - fixed.principle - fixed.owner - fixed.due - fixed.status;
  const widths = [fixed.number, action, fixed.principle, fixed.owner, fixed.due, fixed.status];
  const xs = widths.reduce<number[]>((acc, _wd, i) => [...acc, i === 0 ? w.margin : acc[i - 1]! + widths[i - 1]!], []);
  return { widths, xs };
}

function drawTable(w: PdfWriter, actions: ReportAction[]): void {
  const { widths, xs } = columns(w);
  const lh = w.lineHeightOf(CELL);
  const header = () => {
    const top = w.y;
    [t.colNumber, t.colAction, t.colPrinciple, t.colOwner, t.colDue, t.colStatus].forEach((label, i) => cellText(w, [label], xs[i]!, top, HEAD));
    w.y = top + 13;
    ruleAt(w, w.y, MUTED);
  };
  const cellsOf = (a: ReportAction) => [
    w.wrap(String(a.number), { ...CELL, bold: true }, widths[0]! - PAD),
    [...w.wrap(a.text, CELL, widths[1]! - PAD), ...(a.carried ? w.wrap(`(${t.carried})`, { ...CELL, color: MUTED }, widths[1]! - PAD) : [])],
    w.wrap(a.principle ?? '—', CELL, widths[2]! - PAD),
    w.wrap(a.owner.trim() === '' ? t.noOwner : a.owner, CELL, widths[3]! - PAD),
    w.wrap(a.due === '' ? t.noDue : formatDueDate(a.due), CELL, widths[4]! - PAD),
    w.wrap(t.status[a.status], { ...CELL, bold: true }, widths[5]! - PAD),
  ];
  // The headings go with the first lines of the first row.
  const first = actions[0] ? Math.max(...cellsOf(actions[0]).map((c) => c.length)) : 1;
  w.keep(13 + Math.min(first, 3) * lh + 2 * PAD, { rows: 1 });
  header();
  for (const a of actions) {
    const cells = cellsOf(a);
    const textLines = w.wrap(a.text, CELL, widths[1]! - PAD).length;
    const rows = Math.max(...cells.map((c) => c.length));
    // A row moves whole to the next page when it fits there; one longer than a page (an action
    // written at length) continues on the next, at least two lines on each side of the break.
    let start = 0;
    while (start < rows) {
      const left = rows - start;
      const room = Math.floor((w.bottom - w.y - 2 * PAD + 0.01) / lh);
      const fresh = Math.floor((w.pageHeight - 2 * w.margin - 13 - 2 * PAD) / lh);
      let take = left <= room ? left : left <= fresh ? 0 : room >= 2 && left - room >= 2 ? room : 0;
      if (take === 0) {
        // Not here: the next page, under the column headings.
        w.keep(w.pageHeight, { rows: 0, onNewPage: header });
        take = Math.min(left, Math.floor((w.bottom - w.y - 2 * PAD + 0.01) / lh));
        if (left - take === 1) take -= 1;
      }
      take = Math.max(1, take);
      const height = take * lh + 2 * PAD;
      w.keep(height, { rows: take, onNewPage: header });
      const top = w.y + PAD;
      const end = start + take;
      cells.forEach((lines, i) => {
        const part = (from: number, to: number) => lines.slice(Math.max(from, start), Math.min(to, end));
        const offset = (from: number) => (Math.max(from, start) - start) * lh;
        if (i === 1) {
          cellText(w, part(0, textLines), xs[i]!, top, CELL);
          cellText(w, part(textLines, lines.length), xs[i]!, top + offset(textLines), { ...CELL, color: MUTED });
        } else {
          cellText(w, part(0, lines.length), xs[i]!, top, { ...CELL, bold: i === 0 || i === 5, color: i === 5 && a.status === 'done' ? ACCENT : INK });
        }
      });
      w.y += height;
      ruleAt(w, w.y);
      start = end;
    }
  }
  w.doc.setTextColor(...INK);
  w.space(10);
}

export function drawActionPlan(w: PdfWriter, model: ReportModel): void {
  w.heading(t.actionPlan, H1);
  w.text(t.actionPlanIntro, SMALL);
  if (model.actions.length === 0) w.text(t.actionPlanNone, { size: 10, after: 12 });
  else drawTable(w, model.actions);
  if (model.lastPlan) drawLastPlan(w, model.lastPlan);
}

/** What became of last time's plan: done, dropped, still open. */
function drawLastPlan(w: PdfWriter, last: ReportLastPlan): void {
  w.heading(t.lastPlan(formatDueDate(last.since)), H3);
  w.text(t.lastPlanIntro, SMALL);
  const item = { size: 9.5, after: 1 } as const;
  const label = { size: 9.5, bold: true, after: 2 } as const;
  if (last.done.length === 0) w.text(t.lastPlanNoneDone, { size: 9.5, after: 4 });
  else {
    w.text(t.lastPlanDone, { ...label, keepWithNext: true });
    for (const a of last.done) w.bullet(lastPlanLine(a), item);
    w.space(4);
  }
  if (last.dropped.length > 0) {
    w.text(t.lastPlanDropped, { ...label, keepWithNext: true });
    for (const a of last.dropped) w.bullet(lastPlanLine(a), item);
    w.space(4);
  }
  if (last.open > 0) w.text(t.lastPlanOpen(last.open), { size: 9.5, after: 4 });
  w.space(6);
}

function drawPriority(w: PdfWriter, p: ReportPriority): void {
  const score = p.score === null ? formatReportScore(null) : `${formatReportScore(p.score)}${p.band ? ` · ${p.band}` : ''}`;
  w.heading(`${p.number}. ${p.title} · ${score}`, H3);
  if (p.recommendations.length === 0) {
    w.text(t.nextStepsNone, SMALL);
    w.space(6);
    return;
  }
  const detail = { size: 8.5, color: MUTED, indent: 14, after: 1 } as const;
  for (const r of p.recommendations) {
    // A recommendation moves with its first detail line.
    const hasDetail = Boolean(r.lead || r.firstStep || r.inPlan);
    w.bullet(r.text, { size: 9.5, after: 1, keepWithNext: hasDetail });
    if (r.lead) w.text(t.labelled(t.lead, r.lead), detail);
    if (r.firstStep) w.text(t.labelled(t.firstStep, r.firstStep), detail);
    if (r.inPlan) w.text(t.inPlan, { ...detail, color: ACCENT, bold: true });
    w.space(4);
  }
  w.space(6);
}

export function drawPriorities(w: PdfWriter, model: ReportModel): void {
  w.space(6);
  w.heading(t.priorities, H1);
  w.text(t.prioritiesIntro, SMALL);
  for (const p of model.priorities) drawPriority(w, p);
  // A principle a shorter session left out has nothing to prioritise: say so, once.
  for (const p of model.principles.filter((x) => !x.covered)) {
    w.heading(`${p.title} · ${principleScoreText(p)}`, H3);
    w.text(t.notCoveredSteps, { ...SMALL, after: 6 });
  }
}
