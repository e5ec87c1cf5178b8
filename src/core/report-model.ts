// What goes into a report, built once by a pure function. The PDF, the Markdown export and the
// print view all render this one model, so they cannot disagree. A solo assessment and a
// facilitated workshop (workshop-report.ts) share one builder; a workshop adds its own section.
// Numbers stay unrounded here; renderers round for display.
import { DONT_KNOW, NOT_APPLICABLE, isLevel } from './answers';
import type { AnswerValue } from './answers';
import type { Assessment, OutcomeRating } from './assessment';
import { HIGHLIGHT_COUNT, nextStepsByPrinciple, stagePosition } from './results';
import type { RecommendationTier } from './results';
import type { Indicator, Principle, Rubric } from './rubric-schema';
import { scoreAssessment } from './scoring';
import type { AssessmentScore, IndicatorValue } from './scoring';
import type { ReportWorkshop } from './workshop-report';

export interface LevelRef {
  level: number;
  label: string;
}

/**
 * An indicator's answer. In a workshop report it is the group value: `basis` says whether it is the
 * median of the levels given or the level the room agreed; an even count of levels can put the
 * median between two levels ("between-levels"), which is shown as it is, never rounded.
 */
export type ReportAnswer =
  | { kind: 'level'; level: number; label: string; anchor: string; basis?: 'median' | 'consensus' }
  | { kind: 'between-levels'; median: number; lower: LevelRef; upper: LevelRef }
  | { kind: 'not-applicable'; basis?: 'consensus' }
  | { kind: 'dont-know' }
  /** `basis: 'median'`: the group gave answers, but no level (all N/A, "Don't know" or blank). */
  | { kind: 'unanswered'; basis?: 'median' }
  /** A workshop session that left the question's principle out (coverage.ts): not asked at all. */
  | { kind: 'not-covered' };

export interface ReportIndicator {
  id: string;
  /** "1.3": principle number and indicator number. */
  number: string;
  question: string;
  answer: ReportAnswer;
  /** The assessor's note; empty in a workshop report (participants' notes are in `workshop`). */
  note: string;
}

/** A recommended action, with who typically leads it and a first step when the rubric says so. */
export interface ReportAction {
  text: string;
  lead?: string;
  firstStep?: string;
}

export interface ReportPrinciple {
  id: string;
  number: number;
  title: string;
  /** The rubric's plain subtitle, shown with the title (schemaVersion 2 rubrics). */
  subtitle?: string;
  shortTitle: string;
  definition: string;
  score: number | null;
  band: string | null;
  levelled: number;
  total: number;
  notApplicable: number;
  dontKnow: number;
  coverage: number;
  isWeakest: boolean;
  tier: RecommendationTier | null;
  nextSteps: string[];
  /** The same steps with who leads them and a first step, where the rubric gives them. */
  actions?: ReportAction[];
  /** False when a workshop session left the principle out: no score, no next steps, nothing asked. */
  covered: boolean;
  indicators: ReportIndicator[];
}

export interface ReportHighlight {
  number: string;
  question: string;
  principle: string;
  /** The value ranked on: a level, or a group median such as 3.5. */
  value: number;
  answer: ReportAnswer;
}

export interface ReportModel {
  networkName: string;
  assessedBy: string;
  /** When the assessment was last changed (ISO date-time), or the workshop's day (YYYY-MM-DD). */
  assessedAt: string;
  /** When this report was made (ISO). */
  generatedAt: string;
  rubric: { id: string; title: string; version: string; description: string };
  overall: number | null;
  overallBand: string | null;
  overallBandDescription: string | null;
  weakest: { title: string; score: number } | null;
  coverage: { levelled: number; total: number; notApplicable: number; dontKnow: number; unanswered: number };
  stage: { number: number; title: string; description: string; note: string; next: string | null; nextSteps: string[] } | null;
  stageCount: number;
  principles: ReportPrinciple[];
  /** Titles of the principles a workshop session left out, in rubric order; empty when all were covered. */
  notCovered: string[];
  strengths: ReportHighlight[];
  gaps: ReportHighlight[];
  outcomes: { title: string; description: string; rating: string | null }[];
  /** The scoring rules' parameters, for the "how this was scored" section. */
  method: {
    bands: { label: string; min: number }[];
    middleFrom: number;
    highFrom: number;
  };
  /** Only in a workshop report: the group's picture. */
  workshop?: ReportWorkshop;
}

/** What differs between a solo and a workshop report; everything else is derived the same way. */
export interface ReportSource {
  cover: { networkName: string; assessedBy: string; assessedAt: string };
  score: AssessmentScore;
  /** The value each indicator was scored with, for strengths and gaps. */
  valueOf: (indicatorId: string) => IndicatorValue;
  answerOf: (indicator: Indicator) => ReportAnswer;
  noteOf: (indicatorId: string) => string;
  stageId: string | null;
  stageNote: string;
  outcomes: Record<string, OutcomeRating>;
  workshop?: ReportWorkshop;
}

export function indicatorNumber(principleIndex: number, indicatorIndex: number): string {
  return `${principleIndex + 1}.${indicatorIndex + 1}`;
}

function soloAnswer(indicator: Indicator, value: AnswerValue | undefined): ReportAnswer {
  if (isLevel(value)) {
    const anchor = indicator.levels[value]!;
    return { kind: 'level', level: value, label: anchor.label, anchor: anchor.description };
  }
  if (value === NOT_APPLICABLE) return { kind: 'not-applicable' };
  if (value === DONT_KNOW) return { kind: 'dont-know' };
  return { kind: 'unanswered' };
}

interface Ranked {
  principle: Principle;
  indicator: Indicator;
  number: string;
  value: number;
}

/**
 * Strengths and gaps by the rules of strengthsAndGaps (results.ts), over values that may be
 * fractional group medians: strengths at 3 or above (highest first), gaps at 1 or below (lowest
 * first), ties in rubric order, N/A and "Don't know" neither.
 */
function rankHighlights(rubric: Rubric, valueOf: ReportSource['valueOf']): { strengths: Ranked[]; gaps: Ranked[] } {
  const ranked: Ranked[] = rubric.principles.flatMap((principle, pi) =>
    principle.indicators.flatMap((indicator, ii) => {
      const value = valueOf(indicator.id);
      return typeof value === 'number' ? [{ principle, indicator, number: indicatorNumber(pi, ii), value }] : [];
    }),
  );
  return {
    strengths: ranked.filter((r) => r.value >= 3).sort((a, b) => b.value - a.value).slice(0, HIGHLIGHT_COUNT),
    gaps: ranked.filter((r) => r.value <= 1).sort((a, b) => a.value - b.value).slice(0, HIGHLIGHT_COUNT),
  };
}

/** The shared builder: one report from any source of answers and scores. */
export function assembleReportModel(rubric: Rubric, source: ReportSource, now: Date): ReportModel {
  const { score } = source;
  const { levelled, total, notApplicable, dontKnow, unanswered } = score;
  const steps = nextStepsByPrinciple(rubric, score);
  const principles: ReportPrinciple[] = rubric.principles.map((p, pi) => {
    const s = score.principles[pi]!;
    return {
      ...{ id: p.id, number: pi + 1, title: p.title, shortTitle: p.shortTitle, definition: p.definition },
      ...(p.subtitle !== undefined && { subtitle: p.subtitle }),
      ...{ score: s.score, band: s.band?.label ?? null, levelled: s.levelled, total: s.total },
      ...{ notApplicable: s.notApplicable, dontKnow: s.dontKnow, coverage: s.coverage },
      isWeakest: score.weakestPrincipleId === p.id,
      tier: steps[pi]!.tier,
      nextSteps: steps[pi]!.actions.map((a) => a.text),
      actions: steps[pi]!.actions.map((a) => ({ text: a.text, ...(a.lead && { lead: a.lead }), ...(a.firstStep && { firstStep: a.firstStep }) })),
      covered: s.covered,
      indicators: p.indicators.map((ind, ii) => ({
        id: ind.id,
        number: indicatorNumber(pi, ii),
        question: ind.question,
        answer: s.covered ? source.answerOf(ind) : { kind: 'not-covered' },
        note: s.covered ? source.noteOf(ind.id) : '',
      })),
    };
  });
  const answers = new Map(principles.flatMap((p) => p.indicators.map((ind) => [ind.id, ind.answer] as const)));
  const highlight = (r: Ranked): ReportHighlight => ({
    number: r.number,
    question: r.indicator.question,
    principle: r.principle.title,
    value: r.value,
    answer: answers.get(r.indicator.id)!,
  });
  const { strengths, gaps } = rankHighlights(rubric, source.valueOf);
  const weakest = principles.find((p) => p.isWeakest);
  const position = stagePosition(rubric, source.stageId);

  return {
    ...source.cover,
    generatedAt: now.toISOString(),
    rubric: { id: rubric.id, title: rubric.title, version: rubric.version, description: rubric.description },
    overall: score.overall,
    overallBand: score.overallBand?.label ?? null,
    overallBandDescription: score.overallBand?.description ?? null,
    weakest: weakest && weakest.score !== null ? { title: weakest.title, score: weakest.score } : null,
    coverage: { levelled, total, notApplicable, dontKnow, unanswered },
    stage: position
      ? {
          number: position.index + 1,
          title: position.current.title,
          description: position.current.description,
          note: source.stageNote,
          next: position.next?.title ?? null,
          nextSteps: position.current.nextSteps,
        }
      : null,
    stageCount: rubric.stages.length,
    principles,
    notCovered: principles.filter((p) => !p.covered).map((p) => p.title),
    strengths: strengths.map(highlight),
    gaps: gaps.map(highlight),
    outcomes: rubric.outcomes.map((o) => {
      const rating = source.outcomes[o.id];
      return { title: o.title, description: o.description, rating: rating ? rubric.outcomeRatingLabels[rating] : null };
    }),
    method: {
      bands: rubric.bands.map((b) => ({ label: b.label, min: b.min })),
      middleFrom: rubric.recommendationTiers.middleFrom,
      highFrom: rubric.recommendationTiers.highFrom,
    },
    ...(source.workshop ? { workshop: source.workshop } : {}),
  };
}

export function buildReportModel(rubric: Rubric, assessment: Assessment, now: Date = new Date()): ReportModel {
  const { answers } = assessment;
  return assembleReportModel(
    rubric,
    {
      cover: { networkName: assessment.networkName, assessedBy: assessment.assessors, assessedAt: assessment.updatedAt },
      score: scoreAssessment(rubric, answers),
      valueOf: (id) => answers[id]?.value,
      answerOf: (ind) => soloAnswer(ind, answers[ind.id]?.value),
      noteOf: (id) => answers[id]?.note ?? '',
      stageId: assessment.stageId,
      stageNote: assessment.stageNote ?? '',
      outcomes: assessment.outcomes,
    },
    now,
  );
}
