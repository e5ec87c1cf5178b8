// The rubrics that ship with the app, and the reference to the default one.
// The shipped files are validated by the test suite (test/shipped-rubric.test.ts), so they are not
// parsed again on every page load: that would put the whole schema library on the first screen.
import fivePrinciplesJson from '../../rubrics/five-principles.json';
import type { RubricRef } from './assessment';
import type { Rubric } from './rubric-schema';
import { DEFAULT_RUBRIC_REF } from './default-rubric-ref';

export const FIVE_PRINCIPLES = fivePrinciplesJson as unknown as Rubric;

export const BUILTIN_RUBRICS: readonly Rubric[] = [FIVE_PRINCIPLES];

export const DEFAULT_RUBRIC: Rubric = BUILTIN_RUBRICS.find((r) => r.id === DEFAULT_RUBRIC_REF.id) ?? FIVE_PRINCIPLES;

export function findRubric(ref: Pick<RubricRef, 'id'>, rubrics: readonly Rubric[] = BUILTIN_RUBRICS): Rubric | null {
  return rubrics.find((r) => r.id === ref.id) ?? null;
}
