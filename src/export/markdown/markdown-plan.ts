// The plan's part of the Markdown report, in the PDF's order and words: the action plan as a table
// (with each action's note) and the priorities, weakest principle first.
import type { ReportModel } from '../../core/report-model';
import { formatDueDate, formatReportScore, lastPlanLine, principleScoreText, reportText as t } from '../report-text';
import { flat, heading, list, paragraph, table } from './markdown-blocks';

export function actionPlan(model: ReportModel): string[] {
  return [
    heading(2, t.actionPlan),
    paragraph(t.actionPlanIntro),
    model.actions.length === 0
      ? paragraph(t.actionPlanNone)
      : table(
          [t.colNumber, t.colAction, t.colPrinciple, t.colOwner, t.colDue, t.colStatus, t.colNote],
          model.actions.map((a) => [
            String(a.number),
            a.carried ? `${a.text} (${t.carried})` : a.text,
            a.principle ?? '',
            a.owner,
            a.due === '' ? '' : formatDueDate(a.due),
            t.status[a.status],
            a.note,
          ]),
        ),
    ...(model.lastPlan ? lastPlan(model.lastPlan) : []),
  ];
}

/** What became of last time's plan: done, dropped, still open. */
function lastPlan(last: NonNullable<ReportModel['lastPlan']>): string[] {
  return [
    heading(3, t.lastPlan(formatDueDate(last.since))),
    paragraph(t.lastPlanIntro),
    ...(last.done.length === 0 ? [paragraph(t.lastPlanNoneDone)] : [`**${flat(t.lastPlanDone)}**`, list(last.done.map(lastPlanLine))]),
    ...(last.dropped.length === 0 ? [] : [`**${flat(t.lastPlanDropped)}**`, list(last.dropped.map(lastPlanLine))]),
    ...(last.open > 0 ? [paragraph(t.lastPlanOpen(last.open))] : []),
  ];
}

export function priorities(model: ReportModel): string[] {
  return [
    heading(2, t.priorities),
    paragraph(t.prioritiesIntro),
    ...model.priorities.flatMap((p) => {
      const score = p.score === null ? formatReportScore(null) : `${formatReportScore(p.score)}${p.band ? ` · ${p.band}` : ''}`;
      return [
        heading(3, `${p.number}. ${p.title} · ${score}`),
        p.recommendations.length === 0
          ? paragraph(t.nextStepsNone)
          : list(
              p.recommendations.map((r) =>
                [
                  r.text,
                  r.lead ? `${t.labelled(t.lead, r.lead)}.` : '',
                  r.firstStep ? t.labelled(t.firstStep, r.firstStep) : '',
                  r.inPlan ? `(${t.inPlan})` : '',
                ]
                  .filter(Boolean)
                  .join(' — '),
              ),
            ),
      ];
    }),
    // A principle a shorter session left out has nothing to prioritise: say so, once.
    ...model.principles.filter((p) => !p.covered).flatMap((p) => [`**${flat(`${p.title} · ${principleScoreText(p)}`)}**`, paragraph(t.notCoveredSteps)]),
  ];
}
