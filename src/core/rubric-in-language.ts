// The built-in rubrics' translations in place, kept apart from the rubric files themselves so that
// message modules can name a question in the reader's language without importing the rubric JSON.
import type { Rubric } from './rubric-schema';

/** English rubric object → the same rubric in the chosen language. Empty when the language is English. */
let translated = new Map<Rubric, Rubric>();

export function setTranslatedRubrics(pairs: readonly (readonly [Rubric, Rubric])[]) {
  translated = new Map(pairs);
}

/** A rubric in the chosen language when it is a built-in one with a translation in place; else itself. */
export const rubricInLanguage = (rubric: Rubric): Rubric => translated.get(rubric) ?? rubric;
