// A rubric's words in another language, kept apart from the rubric itself: the English file stays
// the one source of structure (ids, order, counts, bands' min, history) and a translation file,
// keyed by the same ids, carries only words. checkTranslation (rubric-translation-check.ts) says
// whether a translation fits its rubric; applyTranslation puts its words into the rubric.
import { z } from 'zod';
import type { GlossaryEntry, ParseResult, Recommendation, Rubric } from './rubric-schema';

export const RUBRIC_TRANSLATION_TYPE = 'fivefold/rubric-translation';
export const RUBRIC_TRANSLATION_SCHEMA_VERSION = 1;

const text = z.string().trim().min(1, 'must not be empty');

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens');

/** A map from a rubric id to the words of the thing it names. */
const byId = <T extends z.ZodType>(entry: T) => z.record(id, entry);

const translatedBand = z.object({ label: text.max(30), description: text }).strict();

const translatedPrinciple = z
  .object({
    title: text,
    shortTitle: text.max(24),
    subtitle: text.max(120).optional(),
    definition: text,
    whyItMatters: text,
  })
  .strict();

const translatedLevel = z.object({ label: text.max(60), description: text }).strict();

const translatedIndicator = z
  .object({
    question: text,
    help: text,
    // The count is checked against the rubric by checkTranslation, which can say which indicator is short.
    levels: z.array(translatedLevel).describe('One entry per level of the rubric, levels 0 to 4 in order.'),
  })
  .strict();

const translatedRecommendation = z
  .object({ text, lead: text.max(160).optional(), firstStep: text.optional() })
  .strict();

const translatedStage = z
  .object({
    title: text,
    description: text,
    nextSteps: z.array(text).describe('As many next steps as the rubric has for this stage, in the same order.'),
  })
  .strict();

const translatedOutcome = z.object({ title: text, description: text }).strict();

const translatedGlossaryEntry = z
  .object({
    term: text.max(80),
    definition: text,
    example: text.optional(),
    aliases: z.array(text.max(80)).optional(),
  })
  .strict();

export const rubricTranslationSchema = z
  .object({
    $schema: z.string().optional(),
    type: z.literal(RUBRIC_TRANSLATION_TYPE),
    schemaVersion: z.literal(RUBRIC_TRANSLATION_SCHEMA_VERSION),
    rubric: z
      .object({ id, version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version is major.minor.patch, e.g. 1.0.0') })
      .strict()
      .describe('The rubric translated and the version of it the words were written for.'),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language tag such as "fr" or "fr-CA"'),
    title: text,
    description: text,
    bands: byId(translatedBand),
    principles: byId(translatedPrinciple),
    indicators: byId(translatedIndicator),
    recommendations: byId(translatedRecommendation),
    stages: byId(translatedStage),
    outcomes: byId(translatedOutcome),
    outcomeRatingLabels: z.object({ 'not-yet': text, emerging: text, established: text }).strict(),
    glossary: z
      .array(translatedGlossaryEntry)
      .optional()
      .describe('The whole glossary in this language, entry i translating the rubric\'s entry i.'),
  })
  .strict();

export type RubricTranslation = z.infer<typeof rubricTranslationSchema>;

/** Validates unknown data as a translation file; the error names every problem with its path. */
export function parseRubricTranslation(data: unknown): ParseResult<RubricTranslation> {
  const result = rubricTranslationSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: z.prettifyError(result.error) };
}

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
