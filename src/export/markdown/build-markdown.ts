// The report as Markdown: the PDF's content in the PDF's order and words, for pasting into a wiki or minutes.
// Rubric and user text are escaped, so whatever is typed stays text and cannot add headings, lists, tables or HTML.
import type { ReportHighlight, ReportModel, ReportPrinciple } from '../../core/report-model';
import {
  answerText,
  assessedByText,
  coverageText,
  dontKnowText,
  formatReportDate,
  formatReportScore,
  methodParagraphs,
  reportText,
  scoreLine,
} from '../report-text';

const OUTCOME_COLUMNS = [reportText.colOutcome, reportText.colRating];

/** Typed backslashes are doubled, or a typed "\|" would cancel our escape; "<" would open raw HTML. */
function escapeInline(text: string): string {
  return text.replace(/[\\|<]/g, (c) => `\\${c}`);
}

/** One line of text that must not start a heading, list, quote, fence, rule or setext underline. */
function escapeLine(line: string): string {
  const text = escapeInline(line.trimStart());
  // "1.3" is not a list item; "1. " and "1) " are.
  const numbered = /^(\d+)[.)](\s|$)/.exec(text);
  if (numbered) return `${numbered[1]}\\${text.slice(numbered[1]!.length)}`;
  return /^[#>+\-*_=`~]/.test(text) ? `\\${text}` : text;
}

/** Text inside a line (heading, table cell, bold label), where a line break would end the structure early. */
function flat(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim());
}

/** The same, for a list item: its start could still open a nested heading or list. */
function oneLine(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim());
}

function heading(level: number, text: string): string {
  // A run of # at the end would be read as the heading's closing sequence and dropped.
  return `${'#'.repeat(level)} ${flat(text).replace(/#+$/, (m) => `\\${m}`)}`;
}

function paragraph(text: string): string {
  return text.split(/\r\n|\r|\n/).map(escapeLine).join('\n');
}

function list(items: string[]): string {
  return items.map((item) => `- ${oneLine(item)}`).join('\n');
}

function table(columns: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(flat).join(' | ')} |`;
  return [line(columns), `|${columns.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/** A note as a blockquote: every typed line keeps its own "> " line, blank lines separate paragraphs. */
function quote(note: string): string {
  const lines = note.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  return lines.map((l, i) => `> ${i === 0 ? `**${reportText.note}:** ${escapeInline(l.trim())}` : escapeLine(l)}`).join('\n>\n');
}

function fact(label: string, value: string): string {
  return `**${label}:** ${flat(value)}`;
}

function highlight(h: ReportHighlight): string {
  return `${h.number} ${h.question} (${h.principle}): ${answerText({ kind: 'level', level: h.level, label: h.label, anchor: '' })}`;
}

function summary(model: ReportModel): string[] {
  const { stage } = model;
  const overall = `${formatReportScore(model.overall)}${model.overall === null ? '' : ' out of 100'}`;
  return [
    heading(2, reportText.summary),
    fact(reportText.overall, model.overallBand ? `${overall} · ${model.overallBand}` : overall),
    ...(model.overallBandDescription ? [paragraph(model.overallBandDescription)] : []),
    ...(model.weakest
      ? [fact(reportText.weakest, `${model.weakest.title} · ${formatReportScore(model.weakest.score)}`), paragraph(reportText.weakestWhy)]
      : []),
    ...(stage
      ? [
          fact(reportText.stage, reportText.stageOf(stage.number, model.stageCount, stage.title)),
          paragraph(stage.description),
          ...(stage.note.trim() ? [quote(stage.note)] : []),
          ...(stage.next
            ? [fact(reportText.nextStage, stage.next), `**${reportText.whatGetsThere}:**`, list(stage.nextSteps)]
            : [paragraph(reportText.lastStage)]),
        ]
      : [fact(reportText.stage, reportText.stageNone)]),
    heading(3, reportText.scoresTable),
    table(
      [reportText.colPrinciple, reportText.colScore, reportText.colBand, reportText.colAnswered],
      model.principles.map((p) => [reportText.principleHeading(p), formatReportScore(p.score), p.band ?? '', coverageText(p)]),
    ),
    heading(3, reportText.strengths),
    model.strengths.length ? list(model.strengths.map(highlight)) : paragraph(reportText.strengthsNone),
    heading(3, reportText.gaps),
    model.gaps.length ? list(model.gaps.map(highlight)) : paragraph(reportText.gapsNone),
    heading(3, reportText.dontKnow),
    paragraph(dontKnowText(model)),
  ];
}

function nextSteps(p: ReportPrinciple): string {
  return p.nextSteps.length ? list(p.nextSteps) : paragraph(reportText.nextStepsNone);
}

function principleSection(p: ReportPrinciple): string[] {
  return [
    heading(3, reportText.principleHeading(p)),
    paragraph(p.definition),
    `**${flat(scoreLine(p))}**`,
    ...(p.isWeakest ? [paragraph(`${reportText.weakest}. ${reportText.weakestWhy}`)] : []),
    ...p.indicators.flatMap((ind) => [
      heading(4, `${ind.number} ${ind.question}`),
      `**${flat(answerText(ind.answer))}**`,
      ...(ind.answer.kind === 'level' ? [paragraph(ind.answer.anchor)] : []),
      ...(ind.note.trim() ? [quote(ind.note)] : []),
    ]),
    heading(4, reportText.nextSteps),
    nextSteps(p),
  ];
}

export function buildMarkdown(model: ReportModel): string {
  const title = model.networkName.trim() ? `${reportText.documentTitle}: ${model.networkName}` : reportText.documentTitle;
  const blocks = [
    heading(1, title),
    list([
      `${reportText.assessedBy}: ${assessedByText(model)}`,
      `${reportText.date}: ${formatReportDate(model.assessedAt)}`,
      `${reportText.rubric}: ${reportText.rubricVersion(model.rubric.title, model.rubric.version)}`,
    ]),
    ...summary(model),
    heading(2, reportText.principles),
    ...model.principles.flatMap(principleSection),
    heading(2, reportText.outcomes),
    table(
      OUTCOME_COLUMNS,
      model.outcomes.map((o) => [`${o.title}: ${o.description}`, o.rating ?? reportText.notRated]),
    ),
    heading(2, reportText.allNextSteps),
    ...model.principles.flatMap((p) => [`**${flat(reportText.principleHeading(p))}**`, nextSteps(p)]),
    heading(2, reportText.method),
    ...methodParagraphs(model).map(paragraph),
    heading(2, reportText.appendix),
    ...model.principles.flatMap((p) => [
      heading(3, reportText.principleHeading(p)),
      list(p.indicators.map((ind) => `${ind.number} ${ind.question} — ${answerText(ind.answer)}`)),
    ]),
  ];
  return `${blocks.join('\n\n')}\n`;
}
