// The words of the report, shared by the PDF, the Markdown export and the print view,
// so they say the same things in the same way. Numbers are rounded here, for display only.
import type { ActionStatus } from '../core/action';
import type { ReportAnswer, ReportHighlight, ReportModel, ReportPrinciple } from '../core/report-model';

const wholeNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const calendarDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const reportText = {
  documentTitle: 'Network self-assessment',
  /** The rubric's own title names what the network was assessed against. */
  subject: (rubricTitle: string) => `Self-assessment of a co-operative network against ${rubricTitle}`,
  keywords: (rubricTitle: string) => `co-operative, network, resilience, self-assessment, ${rubricTitle}`,
  creator: 'Fivefold',
  assessedBy: 'Assessed by',
  notNamed: 'not named',
  date: 'Date',
  rubric: 'Rubric',
  rubricVersion: (title: string, version: string) => `${title}, version ${version}`,
  summary: 'Summary',
  overall: 'Overall resilience index',
  weakest: 'Weakest principle',
  weakestWhy: 'A network is as resilient as its weakest link.',
  stage: 'Stage of development',
  stageOf: (n: number, total: number, title: string) => `Stage ${n} of ${total}: ${title}`,
  stageNone: 'No stage chosen.',
  nextStage: 'Next stage',
  lastStage: 'This is the most integrated stage.',
  whatGetsThere: 'What typically gets a network there',
  scoresTable: 'Scores by principle',
  colPrinciple: 'Principle',
  colScore: 'Score',
  colBand: 'Band',
  colAnswered: 'Answered',
  colOutcome: 'Outcome',
  colRating: 'Rating',
  overallShort: 'Overall',
  dashMeans: '– means not enough answers to score.',
  dashMeansOrNotCovered: '– means not enough answers to score, or not covered in this session.',
  notCoveredShort: 'not covered',
  notCoveredScore: 'Not covered in this session: no score.',
  notCoveredSteps: 'Not covered in this session: its questions were not asked.',
  sessionCoverage: 'This session',
  strengths: 'Top strengths',
  strengthsNone: 'No indicator is at level 3 or 4.',
  gaps: 'Top gaps',
  gapsNone: 'No indicator is at level 0 or 1.',
  dontKnow: 'Knowledge gaps',
  principles: 'Each principle in detail',
  principleHeading: (p: ReportPrinciple) => `${p.number}. ${p.title}`,
  coverage: 'Answered with a level',
  note: 'Note',
  nextSteps: 'Recommended next steps',
  nextStepsNone: 'Answer at least half of this principle’s questions to get next steps.',
  outcomes: 'Outcomes the network delivers',
  stageAndOutcomes: 'Stage of development and outcomes',
  notRated: 'Not rated',
  method: 'How this was scored',
  boardAsk: 'What we ask the board to decide',
  actionPlan: 'Action plan',
  actionPlanIntro: 'What the network will do, who leads it and by when, in the order agreed.',
  actionPlanNone: 'No actions are in the plan yet.',
  colNumber: '#',
  colAction: 'Action',
  colOwner: 'Owner',
  colDue: 'Due date',
  colStatus: 'Status',
  colNote: 'Note',
  noOwner: '—',
  noDue: '—',
  carried: 'carried over from last time',
  status: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' } satisfies Record<ActionStatus, string>,
  priorities: 'Priorities, weakest principle first',
  prioritiesIntro: 'The rubric’s recommended next steps for each principle, chosen by its score.',
  lead: 'Usually led by',
  firstStep: 'A first step this month',
  inPlan: 'In the action plan',
  strength: 'Top strength',
  gap: 'Top gap',
  chartTitle: 'The principles at a glance (scores out of 100)',
  page: (n: number, total: number) => `page ${n} of ${total}`,
};

export function formatReportScore(score: number | null): string {
  return score === null ? 'not enough answers' : wholeNumber.format(Math.round(score));
}

export function formatReportPercent(share: number): string {
  return percent.format(share);
}

/** A date-time in the reader's time zone; a calendar day (YYYY-MM-DD, a workshop's date) as that day everywhere. */
export function formatReportDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? calendarDay.format(new Date(`${iso}T00:00:00Z`)) : longDate.format(new Date(iso));
}

const shortDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A due date (YYYY-MM-DD) short enough for a table column: "30 Jun 2026"; '' stays ''. */
export function formatDueDate(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? shortDay.format(new Date(`${day}T00:00:00Z`)) : day;
}

/** The calendar day (YYYY-MM-DD) that formatReportDate shows: a date-time's day in the reader's time zone. */
export function reportDay(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const levelNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A level or a group median as a number: "3", "2.5". */
export function formatLevel(value: number): string {
  return levelNumber.format(value);
}

export function answerText(answer: ReportAnswer): string {
  switch (answer.kind) {
    case 'level': {
      const level = `level ${answer.level} of 4: ${answer.label}`;
      if (answer.basis === 'median') return `Median ${level}`;
      if (answer.basis === 'consensus') return `Agreed ${level}`;
      return `Level ${answer.level} of 4: ${answer.label}`;
    }
    case 'between-levels': {
      const { lower, upper } = answer;
      return `Median ${formatLevel(answer.median)} (between level ${lower.level}: ${lower.label} and level ${upper.level}: ${upper.label})`;
    }
    case 'not-applicable':
      return answer.basis === 'consensus' ? 'Agreed: not applicable' : 'Not applicable';
    case 'dont-know':
      return 'Don’t know';
    case 'unanswered':
      return answer.basis === 'median' ? 'No level given' : 'Not answered';
    case 'not-covered':
      return 'Not covered in this session';
  }
}

/** A strength or gap in one line: "1.3 Question — Level 4 of 4: Label". */
export function highlightText(h: Pick<ReportHighlight, 'number' | 'question' | 'answer'>): string {
  return `${h.number} ${h.question} — ${answerText(h.answer)}`;
}

export function coverageText(p: { levelled: number; total: number }): string {
  return `${p.levelled} of ${p.total}`;
}

/** A principle's score for a table: a number, "not enough answers", or "not covered". */
export function principleScoreText(p: Pick<ReportPrinciple, 'score' | 'covered'>): string {
  return p.covered ? formatReportScore(p.score) : reportText.notCoveredShort;
}

/** "3 of 5", or "–" for a principle the session left out. */
export function principleCoverageText(p: Pick<ReportPrinciple, 'levelled' | 'total' | 'covered'>): string {
  return p.covered ? coverageText(p) : '–';
}

/**
 * The plain statement of what a shorter workshop session left out, or null when it covered every
 * principle: which principles, that they have no score (not a zero), and what the index is over.
 */
export function notCoveredText(model: Pick<ReportModel, 'notCovered' | 'principles'>): string | null {
  const left = model.notCovered;
  if (left.length === 0) return null;
  const covered = model.principles.length - left.length;
  const names = left.length === 1 ? `“${left[0]}”` : `${left.slice(0, -1).map((n) => `“${n}”`).join(', ')} and “${left[left.length - 1]}”`;
  return [
    `This session covered ${covered} of the ${model.principles.length} principles.`,
    `Not covered: ${names}. ${left.length === 1 ? 'It has' : 'They have'} no score here (not a zero), and the overall index is the mean of the principles covered.`,
  ].join(' ');
}

export function scoreLine(p: ReportPrinciple): string {
  if (!p.covered) return reportText.notCoveredScore;
  if (p.score === null) return `Score: not enough answers (${coverageText(p)} answered with a level)`;
  return `Score: ${formatReportScore(p.score)} out of 100 · ${p.band ?? ''} · ${coverageText(p)} answered with a level`;
}

export function assessedByText(model: ReportModel): string {
  return model.assessedBy.trim() === '' ? reportText.notNamed : model.assessedBy;
}

/** The scoring rules in plain words, with this rubric's own thresholds. */
export function methodParagraphs(model: ReportModel): string[] {
  const bands = model.method.bands
    .map((b, i, all) => {
      const next = all[i + 1];
      return next ? `${b.label} ${b.min}–${next.min - 1}` : `${b.label} ${b.min}–100`;
    })
    .join(', ');
  const { levelled, total, notApplicable, dontKnow, unanswered } = model.coverage;
  const share = formatReportPercent(total ? levelled / total : 0);
  return [
    'Each question was answered with a level from 0 (absent) to 4 (strong, mature practice), described in the rubric, or with “Not applicable” or “Don’t know”.',
    ...(model.workshop
      ? [
          'In this workshop each participant answered on their own, on a ballot or by a show of hands. A question’s group value is the median of the levels given; with an even number of levels it is the mean of the two middle ones, so a median of 2.5 lies between levels 2 and 3 and is shown that way, not rounded. “Not applicable” and “Don’t know” answers are left out of the median.',
          `The spread is the highest level given minus the lowest; a spread of ${model.workshop.disagreementSpread} levels or more marks a disagreement. Where the group agreed a level after discussion, the agreed level replaces the median. The scores below are computed from the group values by the same rules as for a single assessor.`,
        ]
      : []),
    'A principle’s score is 100 × the mean of the levels given ÷ 4, so 0 to 100. “Not applicable” and “Don’t know” answers are left out of every score; “Don’t know” answers are counted and reported as knowledge gaps.',
    'A principle is scored only when at least half of its questions have a level; otherwise it reads “not enough answers”.',
    'The overall resilience index is the mean of the principle scores that exist. The weakest principle is the one with the lowest score.',
    `Bands: ${bands}. Next steps come from the rubric: “low” actions below ${model.method.middleFrom}, “high” actions from ${model.method.highFrom}, “middle” actions between.`,
    model.workshop
      ? `In this workshop, ${levelled} of ${total} questions had a group level (${share}); of the rest, ${notApplicable} agreed not applicable and ${unanswered} had no level from anyone.`
      : `In this assessment, ${levelled} of ${total} questions had a level (${share}); of the rest, ${notApplicable} not applicable, ${dontKnow} “Don’t know” and ${unanswered} unanswered.`,
    'Scores are rounded to whole numbers only for display. The stage of development and the outcomes are the assessors’ judgement and do not change the scores.',
  ];
}

export function reportFileBase(model: ReportModel): string[] {
  return ['fivefold', model.networkName, model.generatedAt.slice(0, 10)];
}
