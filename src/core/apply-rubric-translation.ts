// Puts a translation's words into its rubric (see rubric-translation.ts for the format). Kept free of
// the schema library so that the screens can show a rubric in another language without loading it.
import type { GlossaryEntry, Recommendation, Rubric } from './rubric-schema';
import type { RubricTranslation } from './rubric-translation';

/**
 * The rubric with the translation's words, and `language` set to the translation's. Ids, order,
 * counts, numbers and history are the rubric's own. An optional field appears exactly where the
 * rubric has it, and a word the translation lacks (which checkTranslation reports) stays as the
 * rubric has it, so the result always has the rubric's shape.
 */
export function applyTranslation(rubric: Rubric, translation: RubricTranslation): Rubric {
  const t = translation;
  return {
    ...rubric,
    language: t.language,
    title: t.title,
    description: t.description,
    bands: rubric.bands.map((b) => ({ ...b, ...pick(t.bands[b.id], b, ['label', 'description']) })),
    principles: rubric.principles.map((p) => {
      const tp = t.principles[p.id];
      return {
        ...p,
        ...pick(tp, p, ['title', 'shortTitle', 'definition', 'whyItMatters']),
        ...(p.subtitle !== undefined && { subtitle: tp?.subtitle ?? p.subtitle }),
        indicators: p.indicators.map((ind) => {
          const ti = t.indicators[ind.id];
          return {
            ...ind,
            ...pick(ti, ind, ['question', 'help']),
            levels: ind.levels.map((level, li) => pick(ti?.levels[li], level, ['label', 'description'])),
          };
        }),
        recommendations: {
          low: p.recommendations.low.map((r) => translateRecommendation(r, t)),
          middle: p.recommendations.middle.map((r) => translateRecommendation(r, t)),
          high: p.recommendations.high.map((r) => translateRecommendation(r, t)),
        },
      };
    }),
    stages: rubric.stages.map((s) => {
      const ts = t.stages[s.id];
      return { ...s, ...pick(ts, s, ['title', 'description']), nextSteps: s.nextSteps.map((step, i) => ts?.nextSteps[i] ?? step) };
    }),
    outcomes: rubric.outcomes.map((o) => ({ ...o, ...pick(t.outcomes[o.id], o, ['title', 'description']) })),
    outcomeRatingLabels: { ...t.outcomeRatingLabels },
    ...(rubric.glossary && { glossary: translateGlossary(rubric.glossary, t.glossary) }),
  };
}

function translateGlossary(glossary: readonly GlossaryEntry[], translated: RubricTranslation['glossary']): GlossaryEntry[] {
  return glossary.map((g, gi) => {
    const tg = translated?.[gi];
    // Aliases are the target language's own forms (plurals, local names), so they need not match the rubric's.
    const aliases = tg ? tg.aliases : g.aliases;
    return {
      ...pick(tg, g, ['term', 'definition']),
      ...(g.example !== undefined && { example: tg?.example ?? g.example }),
      ...(aliases !== undefined && { aliases: [...aliases] }),
    };
  });
}

function translateRecommendation(r: Recommendation, t: RubricTranslation): Recommendation {
  const tr = t.recommendations[r.id];
  return {
    id: r.id,
    text: tr?.text ?? r.text,
    ...(r.lead !== undefined && { lead: tr?.lead ?? r.lead }),
    ...(r.firstStep !== undefined && { firstStep: tr?.firstStep ?? r.firstStep }),
  };
}

/** The named required fields, from the translation where it has them, else from the original. */
function pick<K extends string>(translated: Partial<Record<K, string>> | undefined, original: Record<K, string>, keys: readonly K[]) {
  return Object.fromEntries(keys.map((k) => [k, translated?.[k] ?? original[k]])) as Record<K, string>;
}
