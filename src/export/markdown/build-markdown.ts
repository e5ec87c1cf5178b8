// The report as Markdown: the PDF's content in the PDF's order and words, for pasting into a wiki or minutes.
// Rubric and user text are escaped (markdown-blocks.ts), so whatever is typed stays text.
import type { ReportHighlight, ReportModel, ReportPrinciple } from '../../core/report-model';
import {
  answerText,
  assessedByText,
  dontKnowText,
  formatReportDate,
  formatReportScore,
  methodParagraphs,
  notCoveredText,
  principleCoverageText,
  principleScoreText,
  reportText,
  scoreLine,
} from '../report-text';
import { fact, flat, heading, list, paragraph, quote, table } from './markdown-blocks';
import { groupPicture, indicatorGroup } from './markdown-workshop';

const OUTCOME_COLUMNS = [reportText.colOutcome, reportText.colRating];

function highlight(h: ReportHighlight): string {
  return `${h.number} ${h.question} (${h.principle}): ${answerText(h.answer)}`;
}

function summary(model: ReportModel): string[] {
  const { stage } = model;
  const overall = `${formatReportScore(model.overall)}${model.overall === null ? '' : ` ${reportText.outOf100}`}`;
  const session = notCoveredText(model);
  return [
    heading(2, reportText.summary),
    ...(session ? [fact(reportText.sessionCoverage, session)] : []),
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
      model.principles.map((p) => [reportText.principleHeading(p), principleScoreText(p), p.band ?? '', principleCoverageText(p)]),
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
  if (!p.covered) return paragraph(reportText.notCoveredSteps);
  return p.nextSteps.length ? list(p.nextSteps) : paragraph(reportText.nextStepsNone);
}

function principleSection(model: ReportModel, p: ReportPrinciple): string[] {
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
      ...indicatorGroup(model, ind.id),
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
    ...groupPicture(model),
    heading(2, reportText.principles),
    // A principle the session left out has no detail: the summary says so.
    ...model.principles.filter((p) => p.covered).flatMap((p) => principleSection(model, p)),
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
      p.covered ? list(p.indicators.map((ind) => `${ind.number} ${ind.question} — ${answerText(ind.answer)}`)) : paragraph(reportText.notCoveredSteps),
    ]),
  ];
  return `${blocks.join('\n\n')}\n`;
}
