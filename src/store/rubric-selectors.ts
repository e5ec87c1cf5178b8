// Reading the store with the rubric: an assessment's rubric and its derived scores.
// Only screens loaded on demand use this, so the rubric stays off the first screen.
import { useMemo } from 'react';
import { builtinRubrics } from '../core/builtin-rubrics';
import type { Assessment, RubricRef } from '../core/assessment';
import { applyTranslation } from '../core/apply-rubric-translation';
import { resolveRubric } from '../core/own-rubrics';
import type { OwnRubric } from '../core/own-rubrics';
import type { RubricTranslation } from '../core/rubric-translation';
import { getLanguage } from '../i18n/locale';
import type { Rubric } from '../core/rubric-schema';
import { scoreAssessment } from '../core/scoring';
import type { AssessmentScore } from '../core/scoring';
import { useAppStore } from './store';

/** Each own rubric in each language it was shown in, kept so that screens get the same object every time. */
const translatedOwn = new WeakMap<Rubric, WeakMap<RubricTranslation, Rubric>>();

/** An own rubric in the chosen language, when the library holds its translation into it; ids never change. */
export function ownRubricInLanguage(entry: OwnRubric): Rubric {
  const language = getLanguage();
  const translation = entry.translations && Object.hasOwn(entry.translations, language) ? entry.translations[language] : undefined;
  if (!translation) return entry.rubric;
  const byTranslation = translatedOwn.get(entry.rubric) ?? new WeakMap<RubricTranslation, Rubric>();
  translatedOwn.set(entry.rubric, byTranslation);
  const found = byTranslation.get(translation) ?? applyTranslation(entry.rubric, translation);
  byTranslation.set(translation, found);
  return found;
}

const ownRubrics = (): Rubric[] => Object.values(useAppStore.getState().ownRubrics).map(ownRubricInLanguage);

/** Every rubric this browser knows, in the chosen language where it has a translation: the built-in ones, then the library's own rubrics. */
export function allRubrics(): readonly Rubric[] {
  return [...builtinRubrics(), ...ownRubrics()];
}

/** The rubric a record refers to, built-in or from this browser's library, in the chosen language where it has a translation. */
export function findAnyRubric(ref: Pick<RubricRef, 'id' | 'version'>): Rubric | null {
  return resolveRubric(ref, builtinRubrics(), ownRubrics());
}

export function rubricOf(assessment: Assessment | null): Rubric | null {
  return assessment ? findAnyRubric(assessment.rubric) : null;
}

/** Scores are derived on read and never stored. */
export function useScore(assessment: Assessment | null, rubric: Rubric | null): AssessmentScore | null {
  return useMemo(
    () => (assessment && rubric ? scoreAssessment(rubric, assessment.answers) : null),
    [assessment, rubric],
  );
}
