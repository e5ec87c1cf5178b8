// The rubrics that ship with the app, and the reference to the default one.
// The shipped files are validated by the test suite (test/shipped-rubric.test.ts), so they are not
// parsed again on every page load: that would put the whole schema library on the first screen.
// Screens read a rubric through findRubric, which gives it in the chosen language when a
// translation of that rubric id and version is in place (setRubricTranslations); ids never change.
import fivePrinciplesJson from '../../rubrics/five-principles.json';
import type { RubricRef } from './assessment';
import type { Rubric } from './rubric-schema';
import { DEFAULT_RUBRIC_REF } from './default-rubric-ref';
import { applyTranslation } from './apply-rubric-translation';
import type { RubricTranslation } from './rubric-translation';
import { rubricInLanguage, setTranslatedRubrics } from './rubric-in-language';

export const FIVE_PRINCIPLES = fivePrinciplesJson as unknown as Rubric;

export const BUILTIN_RUBRICS: readonly Rubric[] = [FIVE_PRINCIPLES];

export const DEFAULT_RUBRIC: Rubric = BUILTIN_RUBRICS.find((r) => r.id === DEFAULT_RUBRIC_REF.id) ?? FIVE_PRINCIPLES;

/** Puts the chosen language's rubric translations in place; a translation for another version is ignored. */
export function setRubricTranslations(translations: readonly RubricTranslation[]) {
  setTranslatedRubrics(
    translations.flatMap((t) => {
      const rubric = BUILTIN_RUBRICS.find((r) => r.id === t.rubric.id && r.version === t.rubric.version);
      return rubric ? [[rubric, applyTranslation(rubric, t)] as const] : [];
    }),
  );
}

/** A built-in rubric in the chosen language (its words only: ids, order and numbers are the English file's). */
export function findRubric(ref: Pick<RubricRef, 'id'>, rubrics: readonly Rubric[] = BUILTIN_RUBRICS): Rubric | null {
  const found = rubrics.find((r) => r.id === ref.id) ?? null;
  return found && rubrics === BUILTIN_RUBRICS ? rubricInLanguage(found) : found;
}

/** The default rubric in the chosen language. */
export const defaultRubric = (): Rubric => findRubric(DEFAULT_RUBRIC_REF) ?? DEFAULT_RUBRIC;

/** The built-in rubrics in the chosen language. */
export const builtinRubrics = (): readonly Rubric[] => BUILTIN_RUBRICS.map(rubricInLanguage);
