// The first question screen of a record's rubric, for "Continue" on a record never opened and for a
// re-assessment: the shipped rubric's is known without loading the rubric; an own rubric's is its
// first principle (the version the record names, else the newest one kept).
import type { RubricRef } from '../core/assessment';
import { DEFAULT_RUBRIC_REF } from '../core/default-rubric-ref';
import { ownRubricKey } from '../core/own-rubrics';
import { useAppStore } from './store';

export function firstStepOf(ref: Pick<RubricRef, 'id' | 'version'>): string {
  if (ref.id === DEFAULT_RUBRIC_REF.id) return DEFAULT_RUBRIC_REF.firstStep;
  const own = useAppStore.getState().ownRubrics;
  const rubric = own[ownRubricKey(ref)]?.rubric ?? Object.values(own).find((e) => e.rubric.id === ref.id)?.rubric;
  return rubric?.principles[0]?.id ?? DEFAULT_RUBRIC_REF.firstStep;
}
