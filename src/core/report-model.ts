// What goes into a report, built once by a pure function. The PDF, the Markdown export and the
// print view all render this one model, in the one section order of report-sections.ts, so they
// cannot disagree. A solo assessment and a facilitated workshop (workshop-report.ts) share one
// builder; a workshop adds its own section. Numbers stay unrounded here; renderers round for display.
import type { Action } from './action';
import { DONT_KNOW, NOT_APPLICABLE, isLevel } from './answers';
import type { AnswerValue } from './answers';
import type { Assessment, OutcomeRating } from './assessment';
import { changeSinceLast, scoredAt } from './change-since-last';
import type { ChangeSinceLast, PrincipleChange } from './change-since-last';
import { reportActions, reportLastPlan, reportPriorities } from './report-plan';
import type { ReportAction, ReportLastPlan, ReportPriority } from './report-plan';
import { priorities as priorityOrder, rankHighlights, stagePosition } from './results';
import type { RecommendationTier } from './results';
import type { Indicator, Rubric } from './rubric-schema';
import type { AssessmentScore, IndicatorValue } from './scoring';
import { executiveSummary } from './summary';
import type { SummarySentence } from './summary';
import type { ReportWorkshop } from './workshop-report';
import type { NetworkMap } from './network-map';

export type { ReportAction, ReportLastPlan, ReportPriority };

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
  /** Among the top strengths or gaps (results.ts's one rule). */
  highlight?: 'strength' | 'gap';
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

/** A principle's change since last time, with its name. */
export type ReportPrincipleChange = PrincipleChange & { number: number; title: string };

export interface ReportChange extends Omit<ChangeSinceLast, 'principles'> {
  principles: ReportPrincipleChange[];
}

export interface ReportModel {
  networkName: string;
  assessedBy: string;
  /** The day of the assessment, or of the workshop (YYYY-MM-DD). */
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
  /** The executive summary, as codes the renderers word (summary.ts). */
  summary: SummarySentence[];
  /** Against the previous assessment of the same network; null for its first. */
  change: ReportChange | null;
  /** Every principle's recommended next steps, weakest principle first. */
  priorities: ReportPriority[];
  /** The action plan, in the user's order. */
  actions: ReportAction[];
  /** What became of the previous assessment's plan; null for a first assessment or an empty plan then. */
  lastPlan: ReportLastPlan | null;
  /** "What we ask the board to decide", as typed; '' when none. */
  boardAsk: string;
  outcomes: { title: string; description: string; rating: string | null }[];
  /** The scoring rules' parameters, for the "how this was scored" section. */
  method: {
    bands: { id: string; label: string; min: number }[];
    middleFrom: number;
    highFrom: number;
  };
  /** Only in a workshop report: the group's picture. */
  workshop?: ReportWorkshop;
  /** The network's map, when it has members: the report gives it a page. */
  networkMap?: NetworkMap;
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
  actions: readonly Action[];
  boardAsk: string;
  /** "Don't know" answers and all answers given, for the summary. */
  dontKnow: { count: number; of: number };
  change: ChangeSinceLast | null;
  lastPlan: ReportLastPlan | null;
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

/** The shared builder: one report from any source of answers and scores. */
export function assembleReportModel(rubric: Rubric, source: ReportSource, now: Date): ReportModel {
  const { score } = source;
  const { levelled, total, notApplicable, dontKnow, unanswered } = score;
  const ordered = priorityOrder(rubric, score);
  const { strengths, gaps } = rankHighlights(rubric, source.valueOf);
  const marked = new Map<string, 'strength' | 'gap'>([
    ...strengths.map((r) => [r.indicator.id, 'strength'] as const),
    ...gaps.map((r) => [r.indicator.id, 'gap'] as const),
  ]);
  const principles: ReportPrinciple[] = rubric.principles.map((p, pi) => {
    const s = score.principles[pi]!;
    return {
      ...{ id: p.id, number: pi + 1, title: p.title, shortTitle: p.shortTitle, definition: p.definition },
      ...(p.subtitle !== undefined && { subtitle: p.subtitle }),
      ...{ score: s.score, band: s.band?.label ?? null, levelled: s.levelled, total: s.total },
      ...{ notApplicable: s.notApplicable, dontKnow: s.dontKnow, coverage: s.coverage },
      isWeakest: score.weakestPrincipleId === p.id,
      tier: ordered.find((o) => o.principle.id === p.id)!.tier,
      covered: s.covered,
      indicators: p.indicators.map((ind, ii) => {
        const highlight = marked.get(ind.id);
        return {
          id: ind.id,
          number: indicatorNumber(pi, ii),
          question: ind.question,
          answer: s.covered ? source.answerOf(ind) : { kind: 'not-covered' },
          note: s.covered ? source.noteOf(ind.id) : '',
          ...(highlight ? { highlight } : {}),
        };
      }),
    };
  });
  const answers = new Map(principles.flatMap((p) => p.indicators.map((ind) => [ind.id, ind.answer] as const)));
  const highlight = (r: (typeof strengths)[number]): ReportHighlight => ({
    number: r.number,
    question: r.indicator.question,
    principle: r.principle.title,
    value: r.value,
    answer: answers.get(r.indicator.id)!,
  });
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
    summary: executiveSummary({ score, dontKnow: source.dontKnow, change: source.change }),
    change: source.change && {
      ...source.change,
      principles: source.change.principles.map((c) => {
        const i = rubric.principles.findIndex((p) => p.id === c.principleId);
        return { ...c, number: i + 1, title: rubric.principles[i]!.title };
      }),
    },
    priorities: reportPriorities(rubric, ordered, source.actions),
    actions: reportActions(rubric, source.actions),
    lastPlan: source.lastPlan,
    boardAsk: source.boardAsk,
    outcomes: rubric.outcomes.map((o) => {
      const rating = source.outcomes[o.id];
      return { title: o.title, description: o.description, rating: rating ? rubric.outcomeRatingLabels[rating] : null };
    }),
    method: {
      bands: rubric.bands.map((b) => ({ id: b.id, label: b.label, min: b.min })),
      middleFrom: rubric.recommendationTiers.middleFrom,
      highFrom: rubric.recommendationTiers.highFrom,
    },
    ...(source.workshop ? { workshop: source.workshop } : {}),
  };
}

/** A solo assessment's report; `previous` is the earlier assessment of the same network, if any (network-history.ts). */
export function buildReportModel(rubric: Rubric, assessment: Assessment, now: Date = new Date(), previous: Assessment | null = null): ReportModel {
  const { answers } = assessment;
  const current = scoredAt(rubric, answers, assessment.rubric.version, assessment.assessedOn);
  const { score } = current;
  return assembleReportModel(
    rubric,
    {
      cover: { networkName: assessment.networkName, assessedBy: assessment.assessors, assessedAt: assessment.assessedOn },
      score,
      valueOf: (id) => answers[id]?.value,
      answerOf: (ind) => soloAnswer(ind, answers[ind.id]?.value),
      noteOf: (id) => answers[id]?.note ?? '',
      stageId: assessment.stageId,
      stageNote: assessment.stageNote ?? '',
      outcomes: assessment.outcomes,
      actions: assessment.actions,
      boardAsk: assessment.boardAsk ?? '',
      dontKnow: { count: score.dontKnow, of: score.levelled + score.notApplicable + score.dontKnow },
      change: previous
        ? changeSinceLast(rubric, current, scoredAt(rubric, previous.answers, previous.rubric.version, previous.assessedOn))
        : null,
      lastPlan: previous ? reportLastPlan(previous.assessedOn, previous.actions) : null,
    },
    now,
  );
}
