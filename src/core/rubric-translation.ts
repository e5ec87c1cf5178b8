// A rubric's words in another language, kept apart from the rubric itself: the English file stays
// the one source of structure (ids, order, counts, bands' min, history) and a translation file,
// keyed by the same ids, carries only words. checkTranslation (rubric-translation-check.ts) says
// whether a translation fits its rubric; applyTranslation puts its words into the rubric.
import { z } from 'zod';
import type { ParseResult } from './rubric-schema';

import { RUBRIC_TRANSLATION_TYPE } from './rubric-translation-type';

export { RUBRIC_TRANSLATION_TYPE };
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

// Applying a translation needs no schema library, so it lives apart: the app can translate a rubric
// without loading zod. Re-exported here, beside the format it applies.
export { applyTranslation } from './apply-rubric-translation';
