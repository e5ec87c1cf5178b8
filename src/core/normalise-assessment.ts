// Fits a structurally valid assessment to its rubric: answers given under an older version are read
// under today's ids (the rubric's history says which were renamed), answers to questions the rubric
// has since retired are kept with the assessment (they belong to it, though no score uses them), and
// anything else that refers to an id the rubric does not have is dropped and reported (as a code the
// UI words), so imports never lose data silently.
import type { Assessment } from './assessment';
import type { DroppedPart } from './problems';
import { isRetiredIndicator, mapAnswersToCurrent } from './rubric-history';
import type { Rubric } from './rubric-schema';

export interface Normalised {
  assessment: Assessment;
  dropped: DroppedPart[];
}

export function indicatorIds(rubric: Rubric): Set<string> {
  return new Set(rubric.principles.flatMap((p) => p.indicators.map((i) => i.id)));
}

export function normaliseAssessment(input: Assessment, rubric: Rubric): Normalised {
  const dropped: DroppedPart[] = [];
  const known = indicatorIds(rubric);
  const answers: Assessment['answers'] = {};
  for (const [id, answer] of Object.entries(mapAnswersToCurrent(rubric, input.answers, input.rubric.version))) {
    if (known.has(id) || isRetiredIndicator(rubric, id)) answers[id] = answer;
    else dropped.push({ code: 'unknown-question', indicatorId: id });
  }
  const outcomeIds = new Set(rubric.outcomes.map((o) => o.id));
  const outcomes: Assessment['outcomes'] = {};
  for (const [id, rating] of Object.entries(input.outcomes)) {
    if (outcomeIds.has(id)) outcomes[id] = rating;
    else dropped.push({ code: 'unknown-outcome', outcomeId: id });
  }
  let stageId = input.stageId;
  if (stageId !== null && !rubric.stages.some((s) => s.id === stageId)) {
    dropped.push({ code: 'unknown-stage', stageId });
    stageId = null;
  }
  return { assessment: { ...input, answers, outcomes, stageId }, dropped };
}
