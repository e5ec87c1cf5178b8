// Questionnaire steps and how far the user has got: one step per principle, then a wrap-up step.
import type { Answers } from './answers';
import type { Rubric } from './rubric-schema';

export const WRAP_UP_STEP = 'about-the-network';

export function stepIds(rubric: Rubric): string[] {
  return [...rubric.principles.map((p) => p.id), WRAP_UP_STEP];
}

export interface StepProgress {
  answered: number;
  total: number;
}

/** An indicator counts as answered once any choice is made, including N/A and "Don't know". */
export function principleProgress(rubric: Rubric, answers: Answers): Record<string, StepProgress> {
  const out: Record<string, StepProgress> = {};
  for (const p of rubric.principles) {
    const answered = p.indicators.filter((i) => answers[i.id]?.value !== undefined).length;
    out[p.id] = { answered, total: p.indicators.length };
  }
  return out;
}

export function overallProgress(rubric: Rubric, answers: Answers): StepProgress {
  const all = Object.values(principleProgress(rubric, answers));
  return {
    answered: all.reduce((acc, s) => acc + s.answered, 0),
    total: all.reduce((acc, s) => acc + s.total, 0),
  };
}
