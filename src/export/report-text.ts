// The words of the report, shared by the PDF, the Markdown export and the print view,
// so they say the same things in the same way. Numbers are rounded here, for display only.
import type { ReportAnswer, ReportModel, ReportPrinciple } from '../core/report-model';

const wholeNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export const reportText = {
  documentTitle: 'Five Principles self-assessment',
  subject: 'Self-assessment of a co-operative network against the Five Principles for sustainable and resilient networks',
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
  strengths: 'Top strengths',
  strengthsNone: 'No indicator is at level 3 or 4.',
  gaps: 'Top gaps',
  gapsNone: 'No indicator is at level 0 or 1.',
  dontKnow: 'Knowledge gaps',
  principles: 'The five principles in detail',
  principleHeading: (p: ReportPrinciple) => `${p.number}. ${p.title}`,
  coverage: 'Answered with a level',
  note: 'Note',
  nextSteps: 'Recommended next steps',
  nextStepsNone: 'Answer at least half of this principle’s questions to get next steps.',
  outcomes: 'Outcomes the network delivers',
  notRated: 'Not rated',
  allNextSteps: 'Next steps, all principles',
  method: 'How this was scored',
  appendix: 'Appendix: every question and its answer',
  chartTitle: 'The five principles at a glance (scores out of 100)',
  page: (n: number, total: number) => `page ${n} of ${total}`,
};

export function formatReportScore(score: number | null): string {
  return score === null ? 'not enough answers' : wholeNumber.format(Math.round(score));
}

export function formatReportPercent(share: number): string {
  return percent.format(share);
}

export function formatReportDate(iso: string): string {
  return longDate.format(new Date(iso));
}

export function answerText(answer: ReportAnswer): string {
  switch (answer.kind) {
    case 'level':
      return `Level ${answer.level} of 4: ${answer.label}`;
    case 'not-applicable':
      return 'Not applicable';
    case 'dont-know':
      return 'Don’t know';
    case 'unanswered':
      return 'Not answered';
  }
}

/** A strength or gap in one line: "1.3 Question: Level 4 of 4: Label". */
export function highlightText(h: { number: string; question: string; level: number; label: string }): string {
  return `${h.number} ${h.question} — ${answerText({ kind: 'level', level: h.level, label: h.label, anchor: '' })}`;
}

export function coverageText(p: { levelled: number; total: number }): string {
  return `${p.levelled} of ${p.total}`;
}

export function scoreLine(p: ReportPrinciple): string {
  if (p.score === null) return `Score: not enough answers (${coverageText(p)} answered with a level)`;
  return `Score: ${formatReportScore(p.score)} out of 100 · ${p.band ?? ''} · ${coverageText(p)} answered with a level`;
}

export function assessedByText(model: ReportModel): string {
  return model.assessedBy.trim() === '' ? reportText.notNamed : model.assessedBy;
}

export function dontKnowText(model: ReportModel): string {
  const { dontKnow, total, notApplicable, unanswered } = model.coverage;
  const parts = [
    dontKnow === 0
      ? 'No question was answered “Don’t know”.'
      : `${dontKnow} of ${total} questions (${formatReportPercent(dontKnow / total)}) were answered “Don’t know”: finding out is a first step in itself.`,
  ];
  if (notApplicable > 0) parts.push(`${notApplicable} marked not applicable.`);
  if (unanswered > 0) parts.push(`${unanswered} not answered.`);
  return parts.join(' ');
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
  return [
    'Each question was answered with a level from 0 (absent) to 4 (strong, mature practice), described in the rubric, or with “Not applicable” or “Don’t know”.',
    'A principle’s score is 100 × the mean of the levels given ÷ 4, so 0 to 100. “Not applicable” and “Don’t know” answers are left out of every score; “Don’t know” answers are counted and reported as knowledge gaps.',
    'A principle is scored only when at least half of its questions have a level; otherwise it reads “not enough answers”.',
    'The overall resilience index is the mean of the principle scores that exist. The weakest principle is the one with the lowest score.',
    `Bands: ${bands}. Next steps come from the rubric: “low” actions below ${model.method.middleFrom}, “high” actions from ${model.method.highFrom}, “middle” actions between.`,
    `In this assessment, ${levelled} of ${total} questions had a level (${formatReportPercent(total ? levelled / total : 0)}); of the rest, ${notApplicable} not applicable, ${dontKnow} “Don’t know” and ${unanswered} unanswered.`,
    'Scores are rounded to whole numbers only for display. The stage of development and the outcomes are the assessors’ judgement and do not change the scores.',
  ];
}

export function reportFileBase(model: ReportModel): string[] {
  return ['fivefold', model.networkName, model.generatedAt.slice(0, 10)];
}
