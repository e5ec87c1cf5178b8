// The answers as a spreadsheet: one row per indicator, in rubric order, written so that Excel and
// LibreOffice open it with accents intact and never run a cell as a formula. Every row names whose
// answers they are (network, day, assessor, rubric and its version), so the file explains itself when
// opened alone or stacked with others. A workshop report adds the round, the participants and the
// group's statistics, agreed level and counts per level after the solo columns.
// The columns are documented in docs/file-formats.md.
import { csvDocument, csvField } from '../../core/csv-text';
import type { ReportAnswer, ReportIndicator, ReportModel } from '../../core/report-model';
import type { ReportWorkshop, WorkshopIndicatorReport } from '../../core/workshop-report';
import { assessedByText, reportDay, reportText } from '../report-text';
import { noteAuthor } from '../workshop-text';

// One formula guard for every CSV the app writes; re-exported for the tests that pin it.
export { csvField };

export const CONTEXT_COLUMNS = ['network', 'assessed_on', 'assessor', 'rubric_id', 'rubric_version'];
export const ANSWER_COLUMNS = ['principle', 'indicator_id', 'number', 'question', 'level', 'level_label', 'answer', 'note'];
export const WORKSHOP_COLUMNS = [
  ...['round', 'participants', 'facilitator'],
  ...['median', 'spread', 'disagreement', 'consensus_level', 'consensus_rationale'],
  ...['count_0', 'count_1', 'count_2', 'count_3', 'count_4', 'count_na', 'count_dont_know'],
];

// Plain, short words rather than the report's display text, so a spreadsheet can filter on them;
// in the app's language, while the column ids stay the documented English ones.
function answerWord(answer: ReportAnswer): string {
  const w = reportText.csv;
  switch (answer.kind) {
    case 'level':
      return answer.basis === 'consensus' ? w.agreedLevel : answer.basis === 'median' ? w.median : w.level;
    case 'between-levels':
      return w.medianBetween;
    case 'not-applicable':
      return answer.basis === 'consensus' ? w.agreedNotApplicable : w.notApplicable;
    case 'dont-know':
      return w.dontKnow;
    case 'unanswered':
      return answer.basis === 'median' ? w.noLevelGiven : w.notAnswered;
    case 'not-covered':
      return w.notCovered;
  }
}

function levelCells(answer: ReportAnswer): [string, string] {
  if (answer.kind === 'level') return [String(answer.level), answer.label];
  if (answer.kind === 'between-levels') return [String(answer.median), reportText.csv.between(answer.lower.label, answer.upper.label)];
  return ['', ''];
}

function workshopCells(ws: ReportWorkshop, r: WorkshopIndicatorReport | undefined): string[] {
  const context = [String(ws.round), String(ws.participantCount), ws.facilitator];
  if (!r) return [...context, ...WORKSHOP_COLUMNS.slice(context.length).map(() => '')];
  const agreed = r.consensus?.answer;
  const consensusLevel = !agreed ? '' : agreed.kind === 'level' ? String(agreed.level) : reportText.csv.notApplicable;
  const d = r.distribution;
  return [
    ...context,
    r.median === null ? '' : String(r.median),
    r.spread === null ? '' : String(r.spread),
    r.disagreement ? reportText.csv.yes : reportText.csv.no,
    consensusLevel,
    r.consensus?.rationale ?? '',
    ...[...d.levels, d.notApplicable, d.dontKnow].map(String),
  ];
}

export function buildCsv(model: ReportModel): string {
  const ws = model.workshop;
  const group = new Map(ws?.perIndicator.map((r) => [r.id, r]));
  // In a workshop the note column holds the participants' notes, each headed by who wrote it.
  const note = (ind: ReportIndicator) =>
    group.get(ind.id)?.notes.map((n) => `${noteAuthor(n)}: ${n.text}`).join('\n\n') ?? ind.note;
  // Whose answers these are, repeated on every row so that any row, filtered or pasted elsewhere, still says.
  const context = [model.networkName, reportDay(model.assessedAt), model.workshop ? assessedByText(model) : model.assessedBy, model.rubric.id, model.rubric.version];
  const rows = model.principles.flatMap((p) =>
    p.indicators.map((ind) => [
      ...context,
      ...[p.title, ind.id, ind.number, ind.question],
      ...levelCells(ind.answer),
      answerWord(ind.answer),
      note(ind),
      ...(ws ? workshopCells(ws, group.get(ind.id)) : []),
    ]),
  );
  const header = [...CONTEXT_COLUMNS, ...ANSWER_COLUMNS, ...(ws ? WORKSHOP_COLUMNS : [])];
  return csvDocument([header, ...rows]);
}
