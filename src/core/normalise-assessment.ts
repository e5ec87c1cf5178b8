// Fits a structurally valid assessment to its rubric: answers given under an older version are read
// under today's ids (the rubric's history says which were renamed), answers to questions the rubric
// has since retired are kept with the assessment (they belong to it, though no score uses them), and
// anything else that refers to an id the rubric does not have is dropped and reported in words.
import type { Assessment } from './assessment';
import { isRetiredIndicator, mapAnswersToCurrent } from './rubric-history';
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
  for (const [id, answer] of Object.entries(mapAnswersToCurrent(rubric, input.answers, input.rubric.version))) {
    if (known.has(id) || isRetiredIndicator(rubric, id)) answers[id] = answer;
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
