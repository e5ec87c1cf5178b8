// What a session covers, in one line for the facilitator's screens: "All 5 principles · 25
// questions, about 20 minutes each", or which principles when the session is shorter.
import { coveredPrinciples, sessionMinutes, sessionQuestions } from '../../core/coverage';
import type { Rubric } from '../../core/rubric-schema';
import { sessionMessages as m } from './session-messages';

export function sessionSummary(rubric: Rubric, covered: readonly string[] | undefined): { principles: string; length: string } {
  const chosen = coveredPrinciples(rubric, covered);
  const total = rubric.principles.length;
  const questions = sessionQuestions(rubric, covered).length;
  return {
    principles: chosen.length === total ? m.coveredAll(total) : m.coveredSome(chosen.map((p) => p.title), total),
    length: m.sessionLength(questions, sessionMinutes(questions)),
  };
}
