// The report as Markdown: the PDF's content in the PDF's order and words, for pasting into a wiki or minutes.
// Rubric and user text are escaped (markdown-blocks.ts), so whatever is typed stays text.
import type { ReportModel, ReportPrinciple } from '../../core/report-model';
import { REPORT_SECTIONS } from '../../core/report-sections';
import type { ReportSection } from '../../core/report-sections';
import {
  answerText,
  assessedByText,
  formatReportDate,
  formatReportScore,
  methodParagraphs,
  notCoveredText,
  principleCoverageText,
  principleScoreText,
  reportText,
  scoreLine,
} from '../report-text';
import { changeLine, overallChangeLine, reportNames, summarySentence, summaryText } from '../summary-text';
import { fact, flat, heading, list, paragraph, quote, table } from './markdown-blocks';
import { actionPlan, priorities } from './markdown-plan';
import { mapSection } from './markdown-map';
import { groupPicture, indicatorGroup } from './markdown-workshop';

const outcomeColumns = () => [reportText.colOutcome, reportText.colRating];

function summary(model: ReportModel): string[] {
  const overall = `${formatReportScore(model.overall)}${model.overall === null ? '' : ` ${reportText.outOf100}`}`;
  const { change } = model;
  const names = reportNames(model);
  const session = notCoveredText(model);
  return [
    heading(2, reportText.summary),
    ...(session ? [fact(reportText.sessionCoverage, session)] : []),
    fact(reportText.overall, model.overallBand ? `${overall} · ${model.overallBand}` : overall),
    ...(model.overallBandDescription ? [paragraph(model.overallBandDescription)] : []),
    ...(model.weakest ? [fact(reportText.weakest, `${model.weakest.title} · ${formatReportScore(model.weakest.score)}`)] : []),
    paragraph(model.summary.map((s) => summarySentence(s, names)).join(' ')),
    ...(change
      ? [
          heading(3, summaryText.changeTitle(change.since)),
          list([overallChangeLine(change.overall), ...change.principles.map((c) => changeLine(c, change.versions))].filter((l): l is string => l !== null)),
        ]
      : []),
    heading(3, reportText.scoresTable),
    table(
      [reportText.colPrinciple, reportText.colScore, reportText.colBand, reportText.colAnswered],
      model.principles.map((p) => [reportText.principleHeading(p), principleScoreText(p), p.band ?? '', principleCoverageText(p)]),
    ),
    ...(model.boardAsk.trim() ? [heading(3, reportText.boardAsk), paragraph(model.boardAsk)] : []),
  ];
}

function principleSection(model: ReportModel, p: ReportPrinciple): string[] {
  return [
    heading(3, reportText.principleHeading(p)),
    ...(p.subtitle ? [paragraph(`*${p.subtitle}*`)] : []),
    paragraph(p.definition),
    `**${flat(scoreLine(p))}**`,
    ...(p.isWeakest ? [paragraph(`${reportText.weakest}. ${reportText.weakestWhy}`)] : []),
    ...p.indicators.flatMap((ind) => {
      const tag = ind.highlight === 'strength' ? reportText.strength : ind.highlight === 'gap' ? reportText.gap : null;
      return [
        heading(4, `${ind.number} ${ind.question}`),
        `**${flat(answerText(ind.answer))}**${tag ? ` · ${flat(tag)}` : ''}`,
        ...(ind.answer.kind === 'level' ? [paragraph(ind.answer.anchor)] : []),
        ...(ind.note.trim() ? [quote(ind.note)] : []),
        ...indicatorGroup(model, ind.id),
      ];
    }),
  ];
}

function stageAndOutcomes(model: ReportModel): string[] {
  const { stage } = model;
  return [
    heading(2, reportText.stageAndOutcomes),
    heading(3, reportText.stage),
    ...(stage
      ? [
          fact(reportText.stage, reportText.stageOf(stage.number, model.stageCount, stage.title)),
          paragraph(stage.description),
          ...(stage.note.trim() ? [quote(stage.note)] : []),
          ...(stage.next
            ? [fact(reportText.nextStage, stage.next), `**${reportText.whatGetsThere}:**`, list(stage.nextSteps)]
            : [paragraph(reportText.lastStage)]),
        ]
      : [paragraph(reportText.stageNone)]),
    heading(3, reportText.outcomes),
    table(
      outcomeColumns(),
      model.outcomes.map((o) => [`${o.title}: ${o.description}`, o.rating ?? reportText.notRated]),
    ),
  ];
}

export function buildMarkdown(model: ReportModel): string {
  const title = model.networkName.trim() ? `${reportText.documentTitle}: ${model.networkName}` : reportText.documentTitle;
  const sections: Record<ReportSection, () => string[]> = {
    summary: () => summary(model),
    'group-picture': () => groupPicture(model),
    'action-plan': () => actionPlan(model),
    priorities: () => priorities(model),
    // A principle the session left out has no detail: the summary says so.
    principles: () => [heading(2, reportText.principles), ...model.principles.filter((p) => p.covered).flatMap((p) => principleSection(model, p))],
    'stage-and-outcomes': () => stageAndOutcomes(model),
    'network-map': () => mapSection(model),
    method: () => [heading(2, reportText.method), ...methodParagraphs(model).map(paragraph)],
  };
  const blocks = [
    heading(1, title),
    list([
      `${reportText.assessedBy}: ${assessedByText(model)}`,
      `${reportText.date}: ${formatReportDate(model.assessedAt)}`,
      `${reportText.rubric}: ${reportText.rubricVersion(model.rubric.title, model.rubric.version)}`,
    ]),
    ...REPORT_SECTIONS.flatMap((s) => sections[s]()),
  ];
  return `${blocks.join('\n\n')}\n`;
}
