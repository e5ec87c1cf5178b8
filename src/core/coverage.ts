// Which principles a workshop session covers, and how long its ballot takes. A facilitator may run
// a shorter session on some of the rubric's principles; a workshop or invitation that names none
// covers them all (every one made before sessions could be shorter). Scores are then computed for
// what was covered only: a principle left out has no score, never a zero (scoring.ts).
import * as z from 'zod/mini';
import type { Indicator, Principle, Rubric } from './rubric-schema';

/**
 * About how long one question takes a participant: reading it, its five levels and choosing
 * (a question and its levels run to some 150 words). "25 questions, about 20 minutes".
 */
export const MINUTES_PER_QUESTION = 0.8;

/**
 * A radar chart of principle scores needs this many axes to make a shape; a session covering fewer
 * principles shows its scores in the table alone. Principles left out are never drawn (at the
 * centre they would read as zeros).
 */
export const MIN_RADAR_AXES = 3;

/**
 * The covered principles' ids, at least one. Read loosely: an id listed twice counts once and an id
 * the rubric lacks is ignored (coveredPrinciples); coverageChoice writes each once, in rubric order.
 */
export const coveredPrinciplesSchema = z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.minLength(1), z.maxLength(100));

/** The rubric's principles this session covers, in rubric order; all of them when none is named. */
export function coveredPrinciples(rubric: Rubric, covered: readonly string[] | undefined): Principle[] {
  if (covered === undefined) return rubric.principles;
  const chosen = new Set(covered);
  const found = rubric.principles.filter((p) => chosen.has(p.id));
  // A list naming nothing this rubric has (a hand-edited file) cannot leave a session empty.
  return found.length > 0 ? found : rubric.principles;
}

/** Whether a principle is in the session; a function, so a score can ask about each principle. */
export function coversPrinciple(rubric: Rubric, covered: readonly string[] | undefined): (principleId: string) => boolean {
  const ids = new Set(coveredPrinciples(rubric, covered).map((p) => p.id));
  return (principleId) => ids.has(principleId);
}

/**
 * What to store for a facilitator's choice: nothing when every principle is chosen (so a full
 * session, its invitation link included, looks exactly as before), else the ids in rubric order.
 */
export function coverageChoice(rubric: Rubric, chosen: readonly string[]): string[] | undefined {
  const ids = coveredPrinciples(rubric, chosen).map((p) => p.id);
  return ids.length === rubric.principles.length ? undefined : ids;
}

/** The principles a session leaves out, in rubric order. */
export function uncoveredPrinciples(rubric: Rubric, covered: readonly string[] | undefined): Principle[] {
  const covers = coversPrinciple(rubric, covered);
  return rubric.principles.filter((p) => !covers(p.id));
}

export interface SessionQuestion {
  indicator: Indicator;
  principle: Principle;
  /** Counted from 0, in the whole rubric: numbers stay those of the full questionnaire ("3.2"). */
  principleIndex: number;
  indicatorIndex: number;
}

/** The questions of a session, in rubric order. */
export function sessionQuestions(rubric: Rubric, covered: readonly string[] | undefined): SessionQuestion[] {
  const covers = coversPrinciple(rubric, covered);
  return rubric.principles.flatMap((principle, principleIndex) =>
    covers(principle.id)
      ? principle.indicators.map((indicator, indicatorIndex) => ({ indicator, principle, principleIndex, indicatorIndex }))
      : [],
  );
}

/** About how many minutes a ballot of `questions` questions takes: whole minutes, at least one. */
export function sessionMinutes(questions: number): number {
  return Math.max(1, Math.round(questions * MINUTES_PER_QUESTION));
}
