// The words of the report, shared by the PDF, the Markdown export and the print view,
// so they say the same things in the same way. Numbers are rounded here, for display only, in the
// chosen language (src/i18n); every sentence is in reportText, which each language translates.
import type { ActionStatus } from '../core/action';
import type { ReportAnswer, ReportHighlight, ReportModel, ReportPrinciple } from '../core/report-model';
import { getLocale } from '../i18n/locale';
import { listOf } from '../i18n/list';
import { plural } from '../i18n/plural';

const intl = <T>(make: (locale: string) => T) => {
  const made = new Map<string, T>();
  return (): T => {
    const locale = getLocale();
    let f = made.get(locale);
    if (!f) made.set(locale, (f = make(locale)));
    return f;
  };
};
const wholeNumber = intl((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 }));
const percent = intl((l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 }));
// The report's English dates are British ("14 March 2026"), whatever the browser's English.
const dateLocale = (l: string) => (l.startsWith('en') ? 'en-GB' : l);
const longDate = intl((l) => new Intl.DateTimeFormat(dateLocale(l), { day: 'numeric', month: 'long', year: 'numeric' }));
const calendarDay = intl((l) => new Intl.DateTimeFormat(dateLocale(l), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const levelNumber = intl((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 2 }));

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
  lastPlan: (since: string) => `Since the last assessment (${since})`,
  lastPlanIntro: 'What became of the plan agreed last time.',
  lastPlanDone: 'Done',
  lastPlanDropped: 'Dropped',
  lastPlanNoneDone: 'Nothing in last time’s plan is marked done.',
  lastPlanOpen: (n: number) =>
    plural(n, { one: 'One action from last time is still open.', other: '# actions from last time are still open.' }),
  doneOn: (day: string) => `done ${day}`,
  status: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' } satisfies Record<ActionStatus, string>,
  priorities: 'Priorities, weakest principle first',
  prioritiesIntro: 'The rubric’s recommended next steps for each principle, chosen by its score.',
  lead: 'Usually led by',
  firstStep: 'A first step this month',
  /** A label and its value: "Usually led by: the treasurer" (French puts a space before the colon). */
  labelled: (label: string, value: string) => `${label}: ${value}`,
  inPlan: 'In the action plan',
  strength: 'Top strength',
  gap: 'Top gap',
  chartTitle: 'The principles at a glance (scores out of 100)',
  /** The answer words of the CSV files (their column ids stay in English: docs/file-formats.md). */
  csv: {
    level: 'level',
    median: 'median',
    agreedLevel: 'agreed level',
    medianBetween: 'median between levels',
    notApplicable: 'not applicable',
    agreedNotApplicable: 'agreed not applicable',
    dontKnow: "don't know",
    noLevelGiven: 'no level given',
    notAnswered: 'not answered',
    notCovered: 'not covered',
    between: (lower: string, upper: string) => `between ${lower} and ${upper}`,
    yes: 'yes',
    no: 'no',
  },
  page: (n: number, total: number) => `page ${n} of ${total}`,
  /** The PDF's document language (a BCP 47 tag). */
  documentLanguage: 'en',
  facilitatedWorkshop: (participants: number, facilitator: string) =>
    `Facilitated workshop with ${plural(participants, { one: '# participant', other: '# participants' })}${facilitator ? ` (facilitator: ${facilitator})` : ''}`,
  notEnoughAnswers: 'not enough answers',
  outOf100: 'out of 100',
  levelOf: (level: number, label: string) => `Level ${level} of 4: ${label}`,
  medianLevel: (level: number, label: string) => `Median level ${level} of 4: ${label}`,
  agreedLevel: (level: number, label: string) => `Agreed level ${level} of 4: ${label}`,
  betweenLevels: (median: string, lower: number, lowerLabel: string, upper: number, upperLabel: string) =>
    `Median ${median} (between level ${lower}: ${lowerLabel} and level ${upper}: ${upperLabel})`,
  agreedNotApplicable: 'Agreed: not applicable',
  notApplicable: 'Not applicable',
  dontKnowAnswer: 'Don’t know',
  noLevelGiven: 'No level given',
  notAnswered: 'Not answered',
  notCoveredAnswer: 'Not covered in this session',
  coverageOf: (levelled: number, total: number) => `${levelled} of ${total}`,
  sessionCovered: (covered: number, total: number) => `This session covered ${covered} of the ${total} principles.`,
  notCoveredNames: (names: string, count: number) =>
    `Not covered: ${names}. ${count === 1 ? 'It has' : 'They have'} no score here (not a zero), and the overall index is the mean of the principles covered.`,
  scoreNotEnough: (coverage: string) => `Score: not enough answers (${coverage} answered with a level)`,
  scoreLine: (score: string, band: string, coverage: string) => `Score: ${score} out of 100 · ${band} · ${coverage} answered with a level`,
  noDontKnow: 'No question was answered “Don’t know”.',
  dontKnowCount: (n: number, total: number, share: string) =>
    `${n} of ${total} questions (${share}) were answered “Don’t know”: finding out is a first step in itself.`,
  notApplicableCount: (n: number) => `${n} marked not applicable.`,
  unansweredCount: (n: number) => `${n} not answered.`,
  noParticipantDontKnow: 'No participant answered “Don’t know”.',
  participantsDontKnow: (answers: number, questions: number, total: number) =>
    `Participants answered “Don’t know” ${plural(answers, { one: '# time', other: '# times' })}, on ${questions} of ${total} questions: finding out is a first step in itself.`,
  groupAgreedNotApplicable: (n: number) =>
    `The group agreed that ${plural(n, { one: '# question', other: '# questions' })} did not apply.`,
  noLevelFromAnyone: (n: number) => plural(n, { one: 'One question had no level from anyone.', other: '# questions had no level from anyone.' }),
  bandRange: (label: string, min: number, max: number) => `${label} ${min}–${max}`,
  methodText: {
    levels:
      'Each question was answered with a level from 0 (absent) to 4 (strong, mature practice), described in the rubric, or with “Not applicable” or “Don’t know”.',
    workshopMedian:
      'In this workshop each participant answered on their own, on a ballot or by a show of hands. A question’s group value is the median of the levels given; with an even number of levels it is the mean of the two middle ones, so a median of 2.5 lies between levels 2 and 3 and is shown that way, not rounded. “Not applicable” and “Don’t know” answers are left out of the median.',
    workshopSpread: (spread: number) =>
      `The spread is the highest level given minus the lowest; a spread of ${spread} levels or more marks a disagreement. Where the group agreed a level after discussion, the agreed level replaces the median. The scores below are computed from the group values by the same rules as for a single assessor.`,
    score:
      'A principle’s score is 100 × the mean of the levels given ÷ 4, so 0 to 100. “Not applicable” and “Don’t know” answers are left out of every score; “Don’t know” answers are counted and reported as knowledge gaps.',
    half: 'A principle is scored only when at least half of its questions have a level; otherwise it reads “not enough answers”.',
    overall: 'The overall resilience index is the mean of the principle scores that exist. The weakest principle is the one with the lowest score.',
    bands: (bands: string, middleFrom: number, highFrom: number) =>
      `Bands: ${bands}. Next steps come from the rubric: “low” actions below ${middleFrom}, “high” actions from ${highFrom}, “middle” actions between.`,
    workshopCoverage: (levelled: number, total: number, share: string, notApplicable: number, unanswered: number) =>
      `In this workshop, ${levelled} of ${total} questions had a group level (${share}); of the rest, ${notApplicable} agreed not applicable and ${unanswered} had no level from anyone.`,
    coverage: (levelled: number, total: number, share: string, notApplicable: number, dontKnow: number, unanswered: number) =>
      `In this assessment, ${levelled} of ${total} questions had a level (${share}); of the rest, ${notApplicable} not applicable, ${dontKnow} “Don’t know” and ${unanswered} unanswered.`,
    rounding:
      'Scores are rounded to whole numbers only for display. The stage of development and the outcomes are the assessors’ judgement and do not change the scores.',
  },
};
const t = reportText;


export function formatReportScore(score: number | null): string {
  return score === null ? t.notEnoughAnswers : wholeNumber().format(Math.round(score));
}

export function formatReportPercent(share: number): string {
  return percent().format(share);
}

/** A date-time in the reader's time zone; a calendar day (YYYY-MM-DD, a workshop's date) as that day everywhere. */
export function formatReportDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? calendarDay().format(new Date(`${iso}T00:00:00Z`)) : longDate().format(new Date(iso));
}

const shortDay = intl((l) => new Intl.DateTimeFormat(dateLocale(l), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));

/** A due date (YYYY-MM-DD) short enough for a table column: "30 Jun 2026"; '' stays ''. */
export function formatDueDate(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? shortDay().format(new Date(`${day}T00:00:00Z`)) : day;
}

/** One action of last time's plan, as a line: its text, who led it and, when recorded, the day it was done. */
export function lastPlanLine(item: { text: string; owner: string; doneOn?: string | null }): string {
  const owner = item.owner.trim() === '' ? '' : ` — ${item.owner}`;
  return `${item.text}${owner}${item.doneOn ? ` (${t.doneOn(formatDueDate(item.doneOn))})` : ''}`;
}

/** The calendar day (YYYY-MM-DD) that formatReportDate shows: a date-time's day in the reader's time zone. */
export function reportDay(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A level or a group median as a number: "3", "2.5" ("2,5" in French and Spanish). */
export function formatLevel(value: number): string {
  return levelNumber().format(value);
}

export function answerText(answer: ReportAnswer): string {
  switch (answer.kind) {
    case 'level': {
      if (answer.basis === 'median') return t.medianLevel(answer.level, answer.label);
      if (answer.basis === 'consensus') return t.agreedLevel(answer.level, answer.label);
      return t.levelOf(answer.level, answer.label);
    }
    case 'between-levels': {
      const { lower, upper } = answer;
      return t.betweenLevels(formatLevel(answer.median), lower.level, lower.label, upper.level, upper.label);
    }
    case 'not-applicable':
      return answer.basis === 'consensus' ? t.agreedNotApplicable : t.notApplicable;
    case 'dont-know':
      return t.dontKnowAnswer;
    case 'unanswered':
      return answer.basis === 'median' ? t.noLevelGiven : t.notAnswered;
    case 'not-covered':
      return t.notCoveredAnswer;
  }
}

/** A strength or gap in one line: "1.3 Question — Level 4 of 4: Label". */
export function highlightText(h: Pick<ReportHighlight, 'number' | 'question' | 'answer'>): string {
  return `${h.number} ${h.question} — ${answerText(h.answer)}`;
}

export function coverageText(p: { levelled: number; total: number }): string {
  return t.coverageOf(p.levelled, p.total);
}

/** A principle's score for a table: a number, "not enough answers", or "not covered". */
export function principleScoreText(p: Pick<ReportPrinciple, 'score' | 'covered'>): string {
  return p.covered ? formatReportScore(p.score) : t.notCoveredShort;
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
  const names = listOf(left.map((n) => `“${n}”`));
  return [t.sessionCovered(covered, model.principles.length), t.notCoveredNames(names, left.length)].join(' ');
}

export function scoreLine(p: ReportPrinciple): string {
  if (!p.covered) return t.notCoveredScore;
  if (p.score === null) return t.scoreNotEnough(coverageText(p));
  return t.scoreLine(formatReportScore(p.score), p.band ?? '', coverageText(p));
}

/** Who assessed: the assessors as typed, or for a workshop how many took part and who facilitated. */
export function assessedByText(model: ReportModel): string {
  if (model.workshop) return t.facilitatedWorkshop(model.workshop.participantCount, model.workshop.facilitator.trim());
  return model.assessedBy.trim() === '' ? t.notNamed : model.assessedBy;
}

/** The scoring rules in plain words, with this rubric's own thresholds. */
export function methodParagraphs(model: ReportModel): string[] {
  const bands = model.method.bands
    .map((b, i, all) => {
      const next = all[i + 1];
      return t.bandRange(b.label, b.min, next ? next.min - 1 : 100);
    })
    .join(', ');
  const { levelled, total, notApplicable, dontKnow, unanswered } = model.coverage;
  const share = formatReportPercent(total ? levelled / total : 0);
  const m = t.methodText;
  return [
    m.levels,
    ...(model.workshop ? [m.workshopMedian, m.workshopSpread(model.workshop.disagreementSpread)] : []),
    m.score,
    m.half,
    m.overall,
    m.bands(bands, model.method.middleFrom, model.method.highFrom),
    model.workshop
      ? m.workshopCoverage(levelled, total, share, notApplicable, unanswered)
      : m.coverage(levelled, total, share, notApplicable, dontKnow, unanswered),
    m.rounding,
  ];
}

export function reportFileBase(model: ReportModel): string[] {
  return ['fivefold', model.networkName, model.generatedAt.slice(0, 10)];
}
