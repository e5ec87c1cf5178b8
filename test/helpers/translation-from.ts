// Builds a translation file from a rubric by passing each of its words through `words`, and the
// rubric that applying it should give: the two halves of the "translation changes only words" tests.
import type { Rubric } from '../../src/core/rubric-schema';
import type { RubricTranslation } from '../../src/core/rubric-translation';

type Words = (text: string) => string;

const byId = <T extends { id: string }, U>(items: readonly T[], map: (item: T) => U): Record<string, U> =>
  Object.fromEntries(items.map((item) => [item.id, map(item)]));

const withOptional = <K extends string>(key: K, value: string | undefined, words: Words) =>
  (value === undefined ? {} : { [key]: words(value) }) as Partial<Record<K, string>>;

export function translationFrom(rubric: Rubric, words: Words, language = 'fr'): RubricTranslation {
  const recommendations = rubric.principles.flatMap((p) => [...p.recommendations.low, ...p.recommendations.middle, ...p.recommendations.high]);
  return {
    type: 'fivefold/rubric-translation',
    schemaVersion: 1,
    rubric: { id: rubric.id, version: rubric.version },
    language,
    title: words(rubric.title),
    description: words(rubric.description),
    bands: byId(rubric.bands, (b) => ({ label: words(b.label), description: words(b.description) })),
    principles: byId(rubric.principles, (p) => ({
      title: words(p.title),
      shortTitle: words(p.shortTitle),
      ...withOptional('subtitle', p.subtitle, words),
      definition: words(p.definition),
      whyItMatters: words(p.whyItMatters),
    })),
    indicators: byId(
      rubric.principles.flatMap((p) => p.indicators),
      (ind) => ({
        question: words(ind.question),
        help: words(ind.help),
        levels: ind.levels.map((l) => ({ label: words(l.label), description: words(l.description) })),
      }),
    ),
    recommendations: byId(recommendations, (r) => ({
      text: words(r.text),
      ...withOptional('lead', r.lead, words),
      ...withOptional('firstStep', r.firstStep, words),
    })),
    stages: byId(rubric.stages, (s) => ({ title: words(s.title), description: words(s.description), nextSteps: s.nextSteps.map((step) => words(step)) })),
    outcomes: byId(rubric.outcomes, (o) => ({ title: words(o.title), description: words(o.description) })),
    outcomeRatingLabels: {
      'not-yet': words(rubric.outcomeRatingLabels['not-yet']),
      emerging: words(rubric.outcomeRatingLabels.emerging),
      established: words(rubric.outcomeRatingLabels.established),
    },
    ...(rubric.glossary && {
      glossary: rubric.glossary.map((g) => ({
        term: words(g.term),
        definition: words(g.definition),
        ...withOptional('example', g.example, words),
        ...(g.aliases && { aliases: g.aliases.map((alias) => words(alias)) }),
      })),
    }),
  };
}

/** Keys whose string values are not words a reader meets: they must survive a translation unchanged. */
const STRUCTURAL_KEYS = new Set(['$schema', 'id', 'version', 'language', 'added', 'removed', 'renamed']);

/** The rubric with every word passed through `words`, walked generically so it cannot share a mistake with applyTranslation. */
export function rubricWithWords(rubric: Rubric, words: Words, language = 'fr'): Rubric {
  const walk = (value: unknown, key: string): unknown => {
    if (STRUCTURAL_KEYS.has(key)) return value;
    if (typeof value === 'string') return words(value);
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return { ...(walk(rubric, '') as Rubric), language };
}
