// A workshop report's group picture in Markdown, in the PDF's order and words: who took part, the
// distribution table, the disagreement agenda, the agreed levels with their rationales, the rounds.
import type { ReportModel } from '../../core/report-model';
import type { ReportWorkshop, WorkshopIndicatorReport } from '../../core/workshop-report';
import { answerText } from '../report-text';
import { changeText, formatStat, noteAuthor, participantsLine, roundLine, roundStatsText, workshopText as wt } from '../workshop-text';
import { fact, flat, heading, list, paragraph, quote, table } from './markdown-blocks';

function distributionTable(ws: ReportWorkshop): string {
  const columns = [wt.colNumber, wt.colQuestion, '0', '1', '2', '3', '4', wt.colNotApplicable, wt.colDontKnow];
  return table(
    [...columns, wt.colMedian, wt.colSpread, wt.colDisagreement],
    ws.perIndicator.map((r) => {
      const d = r.distribution;
      const counts = [...d.levels, d.notApplicable, d.dontKnow].map(String);
      return [r.number, r.question, ...counts, formatStat(r.median), formatStat(r.spread), r.disagreement ? wt.disagreementMark : ''];
    }),
  );
}

function rationale(text: string): string {
  return text.trim() === '' ? paragraph(wt.noRationale) : quote(text, wt.rationale);
}

function agreedItem(ws: ReportWorkshop, r: WorkshopIndicatorReport): string[] {
  return [
    `**${flat(`${r.number} ${r.question}`)}**`,
    `**${flat(answerText(r.consensus!.answer))}** · ${flat(roundLine(ws, r))}`,
    rationale(r.consensus!.rationale),
  ];
}

export function groupPicture(model: ReportModel): string[] {
  const ws = model.workshop;
  if (!ws) return [];
  const agreed = ws.perIndicator.filter((r) => r.consensus);
  const agenda = ws.agenda.map((r) => {
    const decided = r.consensus ? ` — ${answerText(r.consensus.answer)}` : '';
    return `${r.number} ${r.question} — ${roundLine(ws, r)}${decided}`;
  });
  return [
    heading(2, wt.groupPicture),
    paragraph(participantsLine(ws)),
    ...(ws.groups.length > 0 ? [fact(wt.groups, ws.groups.join(', '))] : []),
    ...(ws.anonymous ? [paragraph(wt.anonymous)] : []),
    heading(3, wt.distribution),
    paragraph(wt.tableKey(false, ws.disagreementSpread)),
    distributionTable(ws),
    heading(3, wt.disagreed),
    ...(agenda.length > 0 ? [paragraph(wt.disagreedIntro(ws.disagreementSpread)), list(agenda)] : [paragraph(wt.disagreedNone(ws.disagreementSpread))]),
    heading(3, wt.agreed),
    ...(agreed.length > 0 ? [paragraph(wt.agreedIntro), ...agreed.flatMap((r) => agreedItem(ws, r))] : [paragraph(wt.agreedNone)]),
    ...(ws.roundComparison
      ? [
          heading(3, wt.rounds),
          paragraph(wt.roundsIntro),
          table(
            [wt.colNumber, wt.colQuestion, wt.colFirstRound, wt.colSecondRound, wt.colChange],
            ws.roundComparison.map((c) => [c.number, c.question, roundStatsText(c.round1), roundStatsText(c.round2), changeText(c.medianChange)]),
          ),
        ]
      : []),
  ];
}

/** Under a question in its principle's section: the round's spread, the rationale, participants' notes. */
export function indicatorGroup(model: ReportModel, indicatorId: string): string[] {
  const ws = model.workshop;
  const r = ws?.perIndicator.find((x) => x.id === indicatorId);
  if (!ws || !r) return [];
  return [
    paragraph(roundLine(ws, r)),
    ...(r.consensus ? [rationale(r.consensus.rationale)] : []),
    ...r.notes.map((note) => quote(note.text, noteAuthor(note))),
  ];
}
