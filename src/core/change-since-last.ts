// "Change since last time": each principle's score now against the previous assessment of the same
// network (network-history.ts says which that is). Answers given under an older rubric version are
// read under today's ids (rubric-history.ts). A principle is compared only when it asked the same
// questions both times: if a question of it was added since (in 2.0.0 every principle that lost a
// question gained one), its two scores measure different things and it is "not comparable"; so is a
// principle with too few answers to score, then or now. Nothing here rounds, except to decide whether
// a change would show at all (scores are shown as whole numbers).
import type { Answers } from './answers';
import { existedIn, mapAnswersToCurrent } from './rubric-history';
import type { Rubric } from './rubric-schema';
import { scoreAssessment } from './scoring';
import type { AssessmentScore } from './scoring';

export type PrincipleChange =
  | { principleId: string; kind: 'compared'; from: number; to: number }
  | { principleId: string; kind: 'not-comparable'; reason: 'questions-changed' | 'not-scored-then' | 'not-scored-now' };

export interface ChangeSinceLast {
  /** The day of the previous assessment (YYYY-MM-DD). */
  since: string;
  /** The rubric version each was made with. */
  versions: { then: string; now: string };
  /** The index then and now, when it averages the same principles measured the same way; else null. */
  overall: { from: number; to: number } | null;
  principles: PrincipleChange[];
}

/** One side of the comparison: scores under today's rubric, and the version the answers were given in. */
export interface ScoredAt {
  score: AssessmentScore;
  version: string;
  day: string;
}

/** One person's answers, scored under today's rubric whatever version they were given in. */
export function scoredAt(rubric: Rubric, answers: Answers, version: string, day: string): ScoredAt {
  return { score: scoreAssessment(rubric, mapAnswersToCurrent(rubric, answers, version)), version, day };
}

/** Whether a principle asked the same questions at both versions. */
function sameQuestions(rubric: Rubric, principleIndex: number, then: string, now: string): boolean {
  return rubric.principles[principleIndex]!.indicators.every((ind) => existedIn(rubric, ind.id, then) === existedIn(rubric, ind.id, now));
}

export function changeSinceLast(rubric: Rubric, now: ScoredAt, then: ScoredAt): ChangeSinceLast {
  const principles = rubric.principles.map((p, i): PrincipleChange => {
    const [from, to] = [then.score.principles[i]!.score, now.score.principles[i]!.score];
    if (!sameQuestions(rubric, i, then.version, now.version)) return { principleId: p.id, kind: 'not-comparable', reason: 'questions-changed' };
    if (from === null) return { principleId: p.id, kind: 'not-comparable', reason: 'not-scored-then' };
    if (to === null) return { principleId: p.id, kind: 'not-comparable', reason: 'not-scored-now' };
    return { principleId: p.id, kind: 'compared', from, to };
  });
  // The index is compared only when it averages the same principles, measured the same way, both times.
  const sameMakeUp = principles.every(
    (c, i) => c.kind === 'compared' || (c.reason !== 'questions-changed' && then.score.principles[i]!.score === null && now.score.principles[i]!.score === null),
  );
  const { overall: from } = then.score;
  const { overall: to } = now.score;
  return {
    since: then.day,
    versions: { then: then.version, now: now.version },
    overall: sameMakeUp && from !== null && to !== null ? { from, to } : null,
    principles,
  };
}

/** Whether a change between two scores shows once they are rounded for display. */
export function showsChange(from: number, to: number): boolean {
  return Math.round(from) !== Math.round(to);
}
