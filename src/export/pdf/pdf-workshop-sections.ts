// The workshop's part of the PDF report: "The group's picture" after the summary (who took part,
// how the answers spread, where the room disagreed, what it agreed, how round 2 moved), and the
// group detail under each question in the principle sections.
import type { ReportModel } from '../../core/report-model';
import type { ReportWorkshop, WorkshopIndicatorReport } from '../../core/workshop-report';
import { answerText } from '../report-text';
import { noteAuthor, participantsLine, roundLine, workshopText as wt } from '../workshop-text';
import { BODY, H1, H2, QUESTION, SMALL } from './pdf-styles';
import { drawDistributionTable, drawRoundsTable } from './pdf-workshop-table';
import { ACCENT, MUTED, WARN } from './pdf-writer';
import type { PdfWriter } from './pdf-writer';

const DETAIL = { size: 9, color: MUTED, indent: 14, after: 1 } as const;

function drawRationale(w: PdfWriter, rationale: string, indent: number): void {
  if (rationale.trim() === '') {
    w.text(wt.noRationale, { ...SMALL, indent });
    return;
  }
  w.heading(`${wt.rationale}:`, { size: 9, bold: true, indent, after: 0 });
  w.text(rationale, { size: 9.5, indent, after: 2 });
}

function drawAgenda(w: PdfWriter, ws: ReportWorkshop): void {
  w.heading(wt.disagreed, H2);
  if (ws.agenda.length === 0) {
    w.text(wt.disagreedNone(ws.disagreementSpread), BODY);
    return;
  }
  w.heading(wt.disagreedIntro(ws.disagreementSpread), SMALL);
  for (const r of ws.agenda) {
    w.heading(`${r.number}  ${r.question}`, QUESTION);
    // An item moves whole: its question, how the room split and, if any, what it then agreed.
    w.text(roundLine(ws, r), { ...DETAIL, color: WARN, keepWithNext: Boolean(r.consensus) });
    if (r.consensus) w.text(answerText(r.consensus.answer), { size: 9.5, bold: true, color: ACCENT, indent: 14, after: 1 });
    w.space(6);
  }
}

function drawAgreed(w: PdfWriter, ws: ReportWorkshop): void {
  const agreed = ws.perIndicator.filter((r) => r.consensus);
  w.space(8);
  w.heading(wt.agreed, H2);
  if (agreed.length === 0) {
    w.text(wt.agreedNone, BODY);
    return;
  }
  w.heading(wt.agreedIntro, SMALL);
  for (const r of agreed) {
    w.heading(`${r.number}  ${r.question}`, QUESTION);
    w.heading(answerText(r.consensus!.answer), { size: 10, bold: true, color: ACCENT, indent: 14, after: 1 });
    w.heading(roundLine(ws, r), DETAIL);
    // The rationale's first lines (all of a short one) carry the item's lines above them.
    drawRationale(w, r.consensus!.rationale, 14);
    w.space(8);
  }
}

export function drawGroupPicture(w: PdfWriter, model: ReportModel, ws: ReportWorkshop): void {
  w.heading(wt.groupPicture, H1);
  w.text(participantsLine(ws), { size: 10.5, bold: true, after: 4 });
  if (ws.groups.length > 0) w.text(`${wt.groups}: ${ws.groups.join(', ')}.`, BODY);
  if (ws.anonymous) w.text(wt.anonymous, BODY);
  w.space(6);
  w.heading(wt.distribution, H2);
  w.heading(wt.tableKey(true, ws.disagreementSpread), SMALL);
  drawDistributionTable(w, model, ws);
  w.space(10);
  drawAgenda(w, ws);
  drawAgreed(w, ws);
  if (ws.roundComparison) {
    w.space(8);
    w.heading(wt.rounds, H2);
    w.heading(wt.roundsIntro, SMALL);
    drawRoundsTable(w, ws.roundComparison);
  }
}

/** Under a question in its principle's section: the round's spread, the rationale, participants' notes. */
export function drawIndicatorGroup(w: PdfWriter, ws: ReportWorkshop, r: WorkshopIndicatorReport): void {
  w.text(roundLine(ws, r), { ...DETAIL, color: r.disagreement ? WARN : MUTED, after: 2 });
  if (r.consensus) drawRationale(w, r.consensus.rationale, 14);
  if (r.notes.length === 0) return;
  w.heading(`${wt.notes}:`, { size: 9, bold: true, indent: 14, after: 1 });
  for (const note of r.notes) {
    w.heading(noteAuthor(note), { size: 8.5, bold: true, color: MUTED, indent: 24, after: 0 });
    w.text(note.text, { size: 9.5, indent: 24, after: 3 });
  }
}
