// The sections of the PDF report, each drawn from the report model: the cover, the one summary page
// a board reads first, one section per principle (each answer and note once), the stage and
// outcomes, and how it was scored. The plan's sections are in pdf-plan-sections.ts.
import { MIN_RADAR_AXES } from '../../core/coverage';
import type { ReportModel, ReportPrinciple } from '../../core/report-model';
import {
  answerText,
  assessedByText,
  coverageText,
  formatReportDate,
  formatReportScore,
  methodParagraphs,
  notCoveredText,
  principleCoverageText,
  reportText as t,
  scoreLine,
} from '../report-text';
import { changeLine, overallChangeLine, reportNames, summarySentence, summaryText } from '../summary-text';
import type { ReportWorkshop } from '../../core/workshop-report';
import { BODY, H1, H2, H3, QUESTION, SMALL } from './pdf-styles';
import { drawIndicatorGroup } from './pdf-workshop-sections';
import { ACCENT, INK, MUTED, RULE, SOFT, WARN } from './pdf-writer';
import type { PdfWriter, TextStyle } from './pdf-writer';
import { oneLine } from './pdf-text';
import { drawRadar } from './radar';

/** The network's name in the largest of these sizes that keeps it to three lines, so the cover stays one page. */
const TITLE_SIZES = [28, 24, 20, 17, 14];

export function drawCover(w: PdfWriter, model: ReportModel): void {
  const { doc } = w;
  doc.setFillColor(...ACCENT);
  doc.rect(0, 0, w.pageWidth, 10, 'F');
  w.y = 150;
  w.text(t.documentTitle.toUpperCase(), { size: 11, bold: true, color: ACCENT, after: 14 });
  const name = oneLine(model.networkName) || '—';
  const title = (size: number) => ({ size, bold: true, lineHeight: 1.2, after: 28 });
  const size = TITLE_SIZES.find((s) => w.wrap(name, title(s)).length <= 3) ?? TITLE_SIZES.at(-1)!;
  w.text(name, title(size));
  w.rule(ACCENT, 1.2);
  w.space(18);
  const fact = (label: string, value: string) => {
    w.text(label, { size: 9, bold: true, color: MUTED, after: 0 });
    w.text(oneLine(value), { size: 12, after: 12 });
  };
  fact(t.assessedBy, assessedByText(model));
  fact(t.date, formatReportDate(model.assessedAt));
  fact(t.rubric, t.rubricVersion(model.rubric.title, model.rubric.version));
  w.space(20);
  w.text(model.rubric.description, SMALL);
  w.text(`${t.creator} · ${formatReportDate(model.generatedAt)}`, SMALL);
}

function summaryFigures(w: PdfWriter, model: ReportModel): void {
  const { doc } = w;
  const colWidth = (w.contentWidth - 16) / 2;
  const right = w.margin + colWidth + 16;
  w.setStyle({ size: 8.5, color: MUTED });
  const description = model.overallBandDescription ? (doc.splitTextToSize(model.overallBandDescription, colWidth - 24) as string[]) : [];
  // Tall enough for the band's description, however many lines it takes.
  const height = Math.max(92, 70 + description.length * 8.5 * 1.15 + 4);
  w.keep(height, { rows: 3 + description.length });
  const top = w.y;
  doc.setFillColor(...SOFT);
  doc.roundedRect(w.margin, top, colWidth, height, 6, 6, 'F');
  w.setStyle({ size: 9, bold: true, color: MUTED });
  doc.text(t.overall.toUpperCase(), w.margin + 12, top + 18);
  w.setStyle({ size: 30, bold: true, color: ACCENT });
  const big = formatReportScore(model.overall);
  const bigText = model.overall === null ? '–' : big;
  doc.text(bigText, w.margin + 12, top + 54);
  const afterBig = w.margin + 12 + doc.getTextWidth(bigText) + 8;
  w.setStyle({ size: 10, color: INK });
  doc.text(model.overall === null ? big : `${t.outOf100} · ${model.overallBand ?? ''}`, afterBig, top + 54);
  w.setStyle({ size: 8.5, color: MUTED });
  if (description.length > 0) doc.text(description, w.margin + 12, top + 70);

  doc.setDrawColor(...WARN);
  doc.setLineWidth(1);
  doc.roundedRect(right, top, colWidth, height, 6, 6, 'S');
  w.setStyle({ size: 9, bold: true, color: WARN });
  doc.text(t.weakest.toUpperCase(), right + 12, top + 18);
  w.setStyle({ size: 12, bold: true });
  const weakestText = model.weakest ? `${model.weakest.title} · ${formatReportScore(model.weakest.score)}` : '–';
  doc.text(doc.splitTextToSize(weakestText, colWidth - 24) as string[], right + 12, top + 38);
  w.setStyle({ size: 8.5, color: MUTED });
  doc.text(t.weakestWhy, right + 12, top + height - 14);
  w.y = top + height + 16;
}

function chartAndTable(w: PdfWriter, model: ReportModel): void {
  const { doc } = w;
  const height = 176;
  // The chart, its table and its caption stay together.
  w.keep(height + w.lineHeightOf(SMALL), { rows: model.principles.length + 2 });
  const top = w.y;
  // The table keeps the width its words need; the chart takes the rest.
  const tableWidth = 236;
  const x = w.pageWidth - w.margin - tableWidth;
  // A principle a shorter session left out is no point on the chart, where it would read as a zero;
  // with fewer than three axes there is no shape to draw, and the table says it all.
  const axes = model.principles.filter((p) => p.covered).map((p) => ({ label: p.shortTitle, score: p.score }));
  if (axes.length >= MIN_RADAR_AXES) drawRadar(doc, axes, w.margin, x - 12, top + height / 2, 60);
  const cols = [x, x + 100, x + 130, x + 190];
  let y = top + 14;
  w.setStyle({ size: 9, bold: true, color: MUTED });
  [t.colPrinciple, t.colScore, t.colBand, t.colAnswered].forEach((h, i) => doc.text(h, cols[i]!, y));
  y += 6;
  const row = (cells: string[], bold: boolean) => {
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.5);
    doc.line(x, y, w.pageWidth - w.margin, y);
    y += 14;
    w.setStyle({ size: 9.5, bold });
    cells.forEach((c, i) => doc.text(c, cols[i]!, y));
    y += 8;
  };
  for (const p of model.principles) {
    // A dash for no score in every language (the key under the table says what it means).
    const score = p.covered && p.score !== null ? formatReportScore(p.score) : '–';
    row([p.shortTitle, score, p.band ?? '–', principleCoverageText(p)], false);
  }
  row([t.overallShort, model.overall === null ? '–' : formatReportScore(model.overall), model.overallBand ?? '–', coverageText(model.coverage)], true);
  w.setStyle({ size: 7.5, color: MUTED });
  const key = model.notCovered.length > 0 ? t.dashMeansOrNotCovered : t.dashMeans;
  doc.text(doc.splitTextToSize(key, w.pageWidth - w.margin - x) as string[], x, y + 8);
  w.y = top + height;
  w.text(t.chartTitle, { ...SMALL, after: 8 });
}

const CHANGE: TextStyle = { size: 9, lineHeight: 1.3 };

/** "Change since …": one line per principle (and the index), in two columns, kept together. */
function changeSinceLast(w: PdfWriter, model: ReportModel): void {
  const change = model.change;
  if (!change) return;
  const lines = [overallChangeLine(change.overall), ...change.principles.map((c) => changeLine(c, change.versions))].filter(
    (l): l is string => l !== null,
  );
  const gap = 16;
  const colWidth = (w.contentWidth - gap) / 2;
  const wrapped = lines.map((l) => w.wrap(l, CHANGE, colWidth - 10));
  const half = Math.ceil(wrapped.length / 2);
  const columns = [wrapped.slice(0, half), wrapped.slice(half)];
  const lh = w.lineHeightOf(CHANGE);
  const height = Math.max(...columns.map((col) => col.reduce((sum, l) => sum + l.length * lh + 2, 0)));
  w.heading(summaryText.changeTitle(change.since), H3);
  w.keep(height, { rows: Math.max(...columns.map((c) => c.flat().length)) });
  const top = w.y;
  columns.forEach((col, ci) => {
    let y = top;
    const x = w.margin + ci * (colWidth + gap);
    w.setStyle(CHANGE);
    for (const l of col) {
      w.doc.text('•', x, y + CHANGE.size * 0.8);
      l.forEach((line, i) => w.doc.text(line, x + 10, y + CHANGE.size * 0.8 + i * lh));
      y += l.length * lh + 2;
    }
  });
  w.y = top + height + 6;
}

/**
 * The one summary page: the index and its band, the weakest principle, the executive summary, the
 * change since last time, the chart and table, and what the board is asked to decide. Kept to one
 * page on A4 and US Letter (the board ask is capped in length for that).
 */
export function drawSummary(w: PdfWriter, model: ReportModel): void {
  w.heading(t.summary, H1);
  const session = notCoveredText(model);
  if (session) w.text(session, { size: 10, bold: true, color: WARN, after: 10 });
  summaryFigures(w, model);
  const names = reportNames(model);
  w.text(model.summary.map((s) => summarySentence(s, names)).join(' '), { size: 10, lineHeight: 1.35, after: 8 });
  changeSinceLast(w, model);
  chartAndTable(w, model);
  if (model.boardAsk.trim() !== '') {
    w.heading(t.boardAsk, H3);
    // The summary is one page: a long ask steps its type down to fit the room left (never below
    // 7.5 pt), then its blank lines go, then its lines run on as one paragraph — the words are
    // always all there, only their layout gives way.
    // The heading above waits to be drawn with the ask's first lines: its height is not in w.y yet.
    const room = w.bottom - w.y - (w.wrap(t.boardAsk, H3).length * w.lineHeightOf(H3) + (H3.after ?? 0));
    const ask = model.boardAsk.trim();
    const layouts = [ask, ask.replace(/\n\s*\n+/g, '\n'), ask.split(/\s*\n\s*/).filter(Boolean).join(' · ')];
    const sizes = [9.5, 9, 8.5, 8, 7.5].map((size): TextStyle => ({ size, lineHeight: 1.3, after: 4 }));
    const fits = (text: string, st: TextStyle) => w.wrap(text, st).length * w.lineHeightOf(st) <= room;
    const choice = layouts.flatMap((text) => sizes.map((style) => ({ text, style }))).find(({ text, style }) => fits(text, style)) ?? {
      text: layouts[2]!,
      style: sizes[sizes.length - 1]!,
    };
    w.text(choice.text, choice.style);
  }
}

function drawIndicator(w: PdfWriter, ind: ReportPrinciple['indicators'][number], workshop?: ReportWorkshop): void {
  const question = `${ind.number}  ${ind.question}`;
  const tag = ind.highlight === 'strength' ? t.strength : ind.highlight === 'gap' ? t.gap : null;
  const answer = tag ? `${answerText(ind.answer)} · ${tag}` : answerText(ind.answer);
  const levelled = ind.answer.kind === 'level' || ind.answer.kind === 'between-levels';
  // The question stays with its answer line and the level's description.
  w.heading(question, QUESTION);
  w.text(answer, { size: 10, color: levelled ? ACCENT : MUTED, bold: true, indent: 14, after: 1, keepWithNext: ind.answer.kind === 'level' });
  if (ind.answer.kind === 'level') w.text(ind.answer.anchor, { size: 9, color: MUTED, indent: 14, after: 2 });
  if (ind.note) {
    w.heading(`${t.note}:`, { size: 9, bold: true, indent: 14, after: 0 });
    w.text(ind.note, { size: 9.5, indent: 14, after: 2 });
  }
  const group = workshop?.perIndicator.find((r) => r.id === ind.id);
  if (workshop && group) drawIndicatorGroup(w, workshop, group);
  w.space(8);
}

export function drawPrinciple(w: PdfWriter, p: ReportPrinciple, workshop?: ReportWorkshop): void {
  w.heading(t.principleHeading(p), H1);
  if (p.subtitle) w.text(p.subtitle, { size: 11, color: MUTED, after: 6 });
  w.text(p.definition, BODY);
  w.text(scoreLine(p), { size: 10.5, bold: true, color: p.isWeakest ? WARN : INK, after: 2 });
  if (p.isWeakest) w.text(`${t.weakest}. ${t.weakestWhy}`, { size: 9, color: WARN, after: 2 });
  w.space(8);
  w.rule();
  w.space(10);
  for (const ind of p.indicators) drawIndicator(w, ind, workshop);
}

function drawStage(w: PdfWriter, model: ReportModel): void {
  w.heading(t.stage, H2);
  const { stage } = model;
  if (!stage) {
    w.text(t.stageNone, BODY);
    return;
  }
  w.text(t.stageOf(stage.number, model.stageCount, stage.title), { size: 10.5, bold: true, after: 2, keepWithNext: true });
  w.text(stage.description, { ...BODY, after: 4 });
  if (stage.note) w.text(stage.note, { size: 9.5, color: MUTED, after: 4 });
  w.text(stage.next ? `${t.nextStage}: ${stage.next}.` : t.lastStage, { ...BODY, after: 4 });
  if (stage.nextSteps.length > 0) {
    w.heading(`${t.whatGetsThere}${stage.next ? `: ${stage.next}` : ''}`, H3);
    for (const step of stage.nextSteps) w.bullet(step, { size: 9.5, after: 3 });
  }
  w.space(12);
}

export function drawStageAndOutcomes(w: PdfWriter, model: ReportModel): void {
  w.heading(t.stageAndOutcomes, H1);
  drawStage(w, model);
  w.heading(t.outcomes, H2);
  const description = { size: 9, color: MUTED, after: 4 } as const;
  for (const o of model.outcomes) {
    w.setStyle({ size: 10, bold: true, color: o.rating ? ACCENT : MUTED });
    const rating = o.rating ?? t.notRated;
    const ratingWidth = w.doc.getTextWidth(rating);
    const titleLines = w.wrap(o.title, { size: 10, bold: true }, w.contentWidth - ratingWidth - 20);
    // An outcome moves whole: its title, rating and description.
    w.keep(titleLines.length * 14 + w.wrap(o.description, description).length * w.lineHeightOf(description), { rows: titleLines.length });
    const top = w.y;
    w.setStyle({ size: 10, bold: true, color: o.rating ? ACCENT : MUTED });
    w.doc.text(rating, w.pageWidth - w.margin - ratingWidth, top + 8);
    w.setStyle({ size: 10, bold: true });
    w.doc.text(titleLines, w.margin, top + 8);
    w.y = top + titleLines.length * 14;
    w.text(o.description, description);
    w.rule();
    w.space(8);
  }
  w.space(10);
}

export function drawMethod(w: PdfWriter, model: ReportModel): void {
  w.heading(t.method, H1);
  for (const paragraph of methodParagraphs(model)) w.text(paragraph, { size: 10, after: 8 });
}
