// What goes into a report, built once from the rubric and the answers. The PDF, the Markdown
// export and the print view all render this one model, so they cannot disagree.
// Numbers stay unrounded here; renderers round for display.
import { DONT_KNOW, NOT_APPLICABLE, isLevel } from './answers';
import type { AnswerValue } from './answers';
import type { Assessment } from './assessment';
import { nextStepsByPrinciple, stagePosition, strengthsAndGaps } from './results';
import type { RecommendationTier } from './results';
import type { Indicator, Rubric } from './rubric-schema';
import { scoreAssessment } from './scoring';

export type ReportAnswer =
  | { kind: 'level'; level: number; label: string; anchor: string }
  | { kind: 'not-applicable' }
  | { kind: 'dont-know' }
  | { kind: 'unanswered' };

export interface ReportIndicator {
  id: string;
  /** "1.3": principle number and indicator number. */
  number: string;
  question: string;
  answer: ReportAnswer;
  note: string;
}

export interface ReportPrinciple {
  id: string;
  number: number;
  title: string;
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
  indicators: ReportIndicator[];
}

export interface ReportHighlight {
  number: string;
  question: string;
  principle: string;
  level: number;
  label: string;
}

export interface ReportModel {
  networkName: string;
  assessedBy: string;
  /** When the assessment was last changed (ISO). */
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
  strengths: ReportHighlight[];
  gaps: ReportHighlight[];
  outcomes: { title: string; description: string; rating: string | null }[];
  /** The scoring rules' parameters, for the "how this was scored" section. */
  method: {
    bands: { label: string; min: number }[];
    middleFrom: number;
    highFrom: number;
  };
}

function reportAnswer(indicator: Indicator, value: AnswerValue | undefined): ReportAnswer {
  if (isLevel(value)) {
    const anchor = indicator.levels[value]!;
    return { kind: 'level', level: value, label: anchor.label, anchor: anchor.description };
  }
  if (value === NOT_APPLICABLE) return { kind: 'not-applicable' };
  if (value === DONT_KNOW) return { kind: 'dont-know' };
  return { kind: 'unanswered' };
}

export function buildReportModel(rubric: Rubric, assessment: Assessment, now: Date = new Date()): ReportModel {
  const score = scoreAssessment(rubric, assessment.answers);
  const steps = nextStepsByPrinciple(rubric, score);
  const { strengths, gaps } = strengthsAndGaps(rubric, assessment.answers);
  const numberOf = new Map<string, string>();
  rubric.principles.forEach((p, pi) => p.indicators.forEach((ind, ii) => numberOf.set(ind.id, `${pi + 1}.${ii + 1}`)));
  const highlight = (r: (typeof strengths)[number]): ReportHighlight => ({
    number: numberOf.get(r.indicator.id) ?? '',
    question: r.indicator.question,
    principle: r.principle.title,
    level: r.level,
    label: r.indicator.levels[r.level]!.label,
  });

  const principles: ReportPrinciple[] = rubric.principles.map((p, pi) => {
    const s = score.principles[pi]!;
    return {
      id: p.id,
      number: pi + 1,
      title: p.title,
      shortTitle: p.shortTitle,
      definition: p.definition,
      score: s.score,
      band: s.band?.label ?? null,
      levelled: s.levelled,
      total: s.total,
      notApplicable: s.notApplicable,
      dontKnow: s.dontKnow,
      coverage: s.coverage,
      isWeakest: score.weakestPrincipleId === p.id,
      tier: steps[pi]!.tier,
      nextSteps: steps[pi]!.actions.map((a) => a.text),
      indicators: p.indicators.map((ind, ii) => ({
        id: ind.id,
        number: `${pi + 1}.${ii + 1}`,
        question: ind.question,
        answer: reportAnswer(ind, assessment.answers[ind.id]?.value),
        note: assessment.answers[ind.id]?.note ?? '',
      })),
    };
  });

  const weakest = principles.find((p) => p.isWeakest);
  const position = stagePosition(rubric, assessment.stageId);

  return {
    networkName: assessment.networkName,
    assessedBy: assessment.assessors,
    assessedAt: assessment.updatedAt,
    generatedAt: now.toISOString(),
    rubric: { id: rubric.id, title: rubric.title, version: rubric.version, description: rubric.description },
    overall: score.overall,
    overallBand: score.overallBand?.label ?? null,
    overallBandDescription: score.overallBand?.description ?? null,
    weakest: weakest && weakest.score !== null ? { title: weakest.title, score: weakest.score } : null,
    coverage: {
      levelled: score.levelled,
      total: score.total,
      notApplicable: score.notApplicable,
      dontKnow: score.dontKnow,
      unanswered: score.unanswered,
    },
    stage: position
      ? {
          number: position.index + 1,
          title: position.current.title,
          description: position.current.description,
          note: assessment.stageNote ?? '',
          next: position.next?.title ?? null,
          nextSteps: position.current.nextSteps,
        }
      : null,
    stageCount: rubric.stages.length,
    principles,
    strengths: strengths.map(highlight),
    gaps: gaps.map(highlight),
    outcomes: rubric.outcomes.map((o) => {
      const rating = assessment.outcomes[o.id];
      return { title: o.title, description: o.description, rating: rating ? rubric.outcomeRatingLabels[rating] : null };
    }),
    method: {
      bands: rubric.bands.map((b) => ({ label: b.label, min: b.min })),
      middleFrom: rubric.recommendationTiers.middleFrom,
      highFrom: rubric.recommendationTiers.highFrom,
    },
  };
}
