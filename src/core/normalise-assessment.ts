// Fits a structurally valid assessment to its rubric: anything that refers to an id the rubric
// does not have is dropped, and every drop is reported in words, so imports never lose data silently.
import type { Assessment } from './assessment';
import type { Rubric } from './rubric-schema';

export interface Normalised {
  assessment: Assessment;
  dropped: string[];
}

export function indicatorIds(rubric: Rubric): Set<string> {
  return new Set(rubric.principles.flatMap((p) => p.indicators.map((i) => i.id)));
}

export function normaliseAssessment(input: Assessment, rubric: Rubric): Normalised {
  const dropped: string[] = [];
  const known = indicatorIds(rubric);
  const answers: Assessment['answers'] = {};
  for (const [id, answer] of Object.entries(input.answers)) {
    if (known.has(id)) answers[id] = answer;
    else dropped.push(`the answer to "${id}", which is not a question in ${rubric.title} ${rubric.version}`);
  }
  const outcomeIds = new Set(rubric.outcomes.map((o) => o.id));
  const outcomes: Assessment['outcomes'] = {};
  for (const [id, rating] of Object.entries(input.outcomes)) {
    if (outcomeIds.has(id)) outcomes[id] = rating;
    else dropped.push(`the rating of outcome "${id}", which this rubric does not list`);
  }
  let stageId = input.stageId;
  if (stageId !== null && !rubric.stages.some((s) => s.id === stageId)) {
    dropped.push(`the stage "${stageId}", which this rubric does not have`);
    stageId = null;
  }
  return { assessment: { ...input, answers, outcomes, stageId }, dropped };
}
