// Whether a translation file fits the rubric it translates: every id present and none unknown, the
// same counts (levels, next steps, glossary entries), optional fields exactly where the rubric has
// them, and the same rubric version. Problems are codes with parameters; the screens word them.
import type { Rubric } from './rubric-schema';
import type { RubricTranslation } from './rubric-translation';

/** The sections of a translation file that are keyed by the rubric's ids. */
export type TranslationSection = 'bands' | 'principles' | 'indicators' | 'recommendations' | 'stages' | 'outcomes';

export type OptionalField = 'subtitle' | 'lead' | 'firstStep' | 'example';

export type TranslationProblem =
  | { code: 'rubric-mismatch'; expected: string; found: string }
  | { code: 'version-mismatch'; expected: string; found: string }
  | { code: 'missing-id'; section: TranslationSection; id: string }
  | { code: 'unknown-id'; section: TranslationSection; id: string }
  | { code: 'level-count'; id: string; expected: number; found: number }
  | { code: 'next-steps-count'; id: string; expected: number; found: number }
  | { code: 'glossary-count'; expected: number; found: number }
  /** `id` is the rubric's id, or for a glossary entry the rubric's term; `inRubric` says which side has the field. */
  | { code: 'optional-mismatch'; section: 'principles' | 'recommendations' | 'glossary'; id: string; field: OptionalField; inRubric: boolean };

/** Every problem with the translation, rubric and version first, then section by section in the rubric's order. */
export function checkTranslation(rubric: Rubric, translation: RubricTranslation): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  if (translation.rubric.id !== rubric.id) problems.push({ code: 'rubric-mismatch', expected: rubric.id, found: translation.rubric.id });
  if (translation.rubric.version !== rubric.version) {
    problems.push({ code: 'version-mismatch', expected: rubric.version, found: translation.rubric.version });
  }
  const indicators = rubric.principles.flatMap((p) => p.indicators);
  const recommendations = rubric.principles.flatMap((p) => [...p.recommendations.low, ...p.recommendations.middle, ...p.recommendations.high]);
  const sections: [TranslationSection, readonly { id: string }[]][] = [
    ['bands', rubric.bands],
    ['principles', rubric.principles],
    ['indicators', indicators],
    ['recommendations', recommendations],
    ['stages', rubric.stages],
    ['outcomes', rubric.outcomes],
  ];
  for (const [section, items] of sections) problems.push(...idProblems(section, items, translation[section]));

  const optionalProblem = (
    section: 'principles' | 'recommendations' | 'glossary',
    id: string,
    field: OptionalField,
    original: string | undefined,
    translated: string | undefined,
  ) => {
    if ((original === undefined) !== (translated === undefined)) {
      problems.push({ code: 'optional-mismatch', section, id, field, inRubric: original !== undefined });
    }
  };
  for (const p of rubric.principles) {
    const tp = translation.principles[p.id];
    if (tp) optionalProblem('principles', p.id, 'subtitle', p.subtitle, tp.subtitle);
  }
  for (const ind of indicators) {
    const found = translation.indicators[ind.id]?.levels.length;
    if (found !== undefined && found !== ind.levels.length) {
      problems.push({ code: 'level-count', id: ind.id, expected: ind.levels.length, found });
    }
  }
  for (const r of recommendations) {
    const tr = translation.recommendations[r.id];
    if (!tr) continue;
    optionalProblem('recommendations', r.id, 'lead', r.lead, tr.lead);
    optionalProblem('recommendations', r.id, 'firstStep', r.firstStep, tr.firstStep);
  }
  for (const s of rubric.stages) {
    const found = translation.stages[s.id]?.nextSteps.length;
    if (found !== undefined && found !== s.nextSteps.length) {
      problems.push({ code: 'next-steps-count', id: s.id, expected: s.nextSteps.length, found });
    }
  }
  const glossary = rubric.glossary ?? [];
  const translatedGlossary = translation.glossary ?? [];
  if (translatedGlossary.length !== glossary.length) {
    problems.push({ code: 'glossary-count', expected: glossary.length, found: translatedGlossary.length });
  }
  glossary.forEach((g, gi) => {
    const tg = translatedGlossary[gi];
    if (tg) optionalProblem('glossary', g.term, 'example', g.example, tg.example);
  });
  return problems;
}

/** Ids of the rubric missing from a section of the translation, then ids the rubric does not have. */
function idProblems(section: TranslationSection, items: readonly { id: string }[], translated: Record<string, unknown>): TranslationProblem[] {
  const known = new Set(items.map((item) => item.id));
  return [
    ...items.filter((item) => !Object.hasOwn(translated, item.id)).map((item): TranslationProblem => ({ code: 'missing-id', section, id: item.id })),
    ...Object.keys(translated)
      .filter((key) => !known.has(key))
      .map((key): TranslationProblem => ({ code: 'unknown-id', section, id: key })),
  ];
}
