// The plan's parts of a report, built from the same rules as the results screen: the priorities
// (results.ts: weakest principle first, each with its recommended actions, who typically leads them
// and a first step) and the action plan in the order the user put it, each action named with its
// principle and question.
import { isOpen } from './action';
import type { Action, ActionStatus } from './action';
import type { PrincipleNextSteps, RecommendationTier } from './results';
import type { Rubric } from './rubric-schema';

export interface ReportRecommendation {
  id: string;
  text: string;
  lead: string | null;
  firstStep: string | null;
  /** Whether the plan has an action copied from it. */
  inPlan: boolean;
}

export interface ReportPriority {
  principleId: string;
  /** The principle's number in the rubric (1-based). */
  number: number;
  title: string;
  score: number | null;
  band: string | null;
  tier: RecommendationTier | null;
  recommendations: ReportRecommendation[];
}

export interface ReportAction {
  /** Its place in the plan, from 1. */
  number: number;
  text: string;
  /** The principle's title, when the action names one. */
  principle: string | null;
  principleId: string | null;
  indicatorId: string | null;
  recommendationId: string | null;
  /** The question's number ("1.3"), when the action names one. */
  question: string | null;
  owner: string;
  /** YYYY-MM-DD or ''. */
  due: string;
  status: ActionStatus;
  note: string;
  /** Carried over from the previous assessment's plan. */
  carried: boolean;
}

/** What became of the previous assessment's plan, for "since last time" in the action plan section. */
export interface ReportLastPlan {
  /** The day of the previous assessment (YYYY-MM-DD). */
  since: string;
  /** Done, in the order of last time's plan; `doneOn` when the day was recorded. */
  done: { text: string; owner: string; doneOn: string | null }[];
  dropped: { text: string; owner: string }[];
  /** Not started or in progress, as last time's plan stands now. */
  open: number;
}

/** Last time's plan as it stands; null when there was no previous assessment or it had no actions. */
export function reportLastPlan(since: string, previous: readonly Action[]): ReportLastPlan | null {
  if (previous.length === 0) return null;
  return {
    since,
    done: previous.filter((a) => a.status === 'done').map((a) => ({ text: a.text, owner: a.owner, doneOn: a.doneOn ?? null })),
    dropped: previous.filter((a) => a.status === 'dropped').map((a) => ({ text: a.text, owner: a.owner })),
    open: previous.filter(isOpen).length,
  };
}

export function reportPriorities(rubric: Rubric, ordered: PrincipleNextSteps[], actions: readonly Action[]): ReportPriority[] {
  const planned = new Set(actions.flatMap((a) => (a.recommendationId ? [a.recommendationId] : [])));
  // A principle a shorter session left out has nothing to prioritise.
  return ordered.filter((o) => o.score.covered).map(({ principle, score, tier, actions: recs }) => ({
    principleId: principle.id,
    number: rubric.principles.indexOf(principle) + 1,
    title: principle.title,
    score: score.score,
    band: score.band?.label ?? null,
    tier,
    recommendations: recs.map((r) => ({ id: r.id, text: r.text, lead: r.lead ?? null, firstStep: r.firstStep ?? null, inPlan: planned.has(r.id) })),
  }));
}

export function reportActions(rubric: Rubric, actions: readonly Action[]): ReportAction[] {
  const numbers = new Map(rubric.principles.flatMap((p, pi) => p.indicators.map((ind, ii) => [ind.id, `${pi + 1}.${ii + 1}`] as const)));
  return actions.map((a, i) => ({
    number: i + 1,
    text: a.text,
    principle: rubric.principles.find((p) => p.id === a.principleId)?.title ?? null,
    principleId: a.principleId ?? null,
    indicatorId: a.indicatorId ?? null,
    recommendationId: a.recommendationId ?? null,
    question: a.indicatorId ? (numbers.get(a.indicatorId) ?? null) : null,
    owner: a.owner,
    due: a.due,
    status: a.status,
    note: a.note,
    carried: a.carriedFrom !== undefined,
  }));
}
