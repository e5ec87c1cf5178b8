// Re-assessment over time: every assessment of one network (by its id, in the order of
// network-history.ts), with principle scores, indicator-by-indicator changes, and the actions done
// between one assessment and the next. Answers made with an older rubric version are mapped to
// today's ids; indicators that did not exist then are marked "absent", not counted as blanks, and
// answers to questions since retired are left out of the scores.
import type { Action } from './action';
import type { Assessment } from './assessment';
import { DONT_KNOW, NOT_APPLICABLE, isLevel } from './answers';
import { existedIn, mapAnswersToCurrent } from './rubric-history';
import type { Rubric } from './rubric-schema';
import { scoreAssessment } from './scoring';
import type { AssessmentScore } from './scoring';

export type TrendCell =
  | { kind: 'level'; level: number; change: number | null }
  | { kind: 'not-applicable' | 'dont-know' | 'blank' | 'absent' };

export interface Trend {
  assessments: Assessment[];
  scores: AssessmentScore[];
  principles: { id: string; title: string; shortTitle: string; scores: (number | null)[] }[];
  overall: (number | null)[];
  indicators: { id: string; number: string; principle: string; question: string; cells: TrendCell[] }[];
}

export { assessmentsOfNetwork } from './network-history';

/** Between two assessments: the actions of the earlier one's plan that were done by the later one. */
export interface ActionsBetween {
  /** The days of the two assessments (YYYY-MM-DD). */
  from: string;
  to: string;
  done: Action[];
}

export function actionsDoneBetween(ofNetwork: readonly Assessment[]): ActionsBetween[] {
  return ofNetwork.slice(1).map((a, k) => {
    const before = ofNetwork[k]!;
    return { from: before.assessedOn, to: a.assessedOn, done: before.actions.filter((x) => x.status === 'done') };
  });
}

export function buildTrend(rubric: Rubric, ofNetwork: Assessment[]): Trend {
  const mapped = ofNetwork.map((a) => mapAnswersToCurrent(rubric, a.answers, a.rubric.version));
  const scores = mapped.map((answers) => scoreAssessment(rubric, answers));
  const indicators = rubric.principles.flatMap((p, pi) =>
    p.indicators.map((ind, ii) => {
      let previous: number | null = null;
      const cells = ofNetwork.map((a, k): TrendCell => {
        const answer = mapped[k]![ind.id];
        // A question added after the assessment's version was not asked then, unless the assessment
        // was carried on under the newer rubric and the question answered since.
        if (answer === undefined && !existedIn(rubric, ind.id, a.rubric.version)) return { kind: 'absent' };
        const value = answer?.value;
        if (isLevel(value)) {
          const change = previous === null ? null : value - previous;
          previous = value;
          return { kind: 'level', level: value, change };
        }
        if (value === NOT_APPLICABLE) return { kind: 'not-applicable' };
        if (value === DONT_KNOW) return { kind: 'dont-know' };
        return { kind: 'blank' };
      });
      return { id: ind.id, number: `${pi + 1}.${ii + 1}`, principle: p.shortTitle, question: ind.question, cells };
    }),
  );
  return {
    assessments: ofNetwork,
    scores,
    principles: rubric.principles.map((p, i) => ({
      id: p.id,
      title: p.title,
      shortTitle: p.shortTitle,
      scores: scores.map((s) => s.principles[i]?.score ?? null),
    })),
    overall: scores.map((s) => s.overall),
    indicators,
  };
}
