// The rubric file format: one zod schema that validates rubric JSON and from which
// rubrics/rubric.schema.json is generated. Cross-references are checked in superRefine.
// schemaVersion 2 adds optional fields (subtitles, a glossary, who leads a recommendation and its
// first step) and stricter writing rules (rubric-v2-checks.ts); a version 1 file still loads as before.
import { z } from 'zod';
import type { OutcomeRating } from './assessment';
import { schemaVersionIssues } from './rubric-v2-checks';

/** The newest file format; files in every earlier one still load. */
export const RUBRIC_SCHEMA_VERSION = 2;
export const RUBRIC_SCHEMA_VERSIONS = [1, 2] as const;

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens')
  .describe('A stable kebab-case identifier. Never change it once published: saved answers refer to it.');

const text = z.string().trim().min(1, 'must not be empty');

export const levelAnchorSchema = z
  .object({
    label: text.max(60).describe('A short name for the level, e.g. "Informal only".'),
    description: text.describe('One or two sentences on what this level looks like in a real network.'),
  })
  .strict();

export const indicatorSchema = z
  .object({
    id,
    question: text.describe('The question the user answers, in plain words.'),
    help: text.describe('What to look at, with examples.'),
    levels: z
      .array(levelAnchorSchema)
      .length(5)
      .describe('Exactly five anchors, for levels 0, 1, 2, 3 and 4 in that order.'),
  })
  .strict();

export const recommendationSchema = z
  .object({
    id,
    text: text.describe('One concrete action, starting with a verb.'),
    lead: text
      .max(160)
      .optional()
      .describe('schemaVersion 2: who typically leads it, e.g. "the network\'s coordinator" or "a board member of any member co-op".'),
    firstStep: text
      .optional()
      .describe('schemaVersion 2: a first step that can start within a month.'),
  })
  .strict();

const recommendationList = z.array(recommendationSchema).min(2).max(4);

export const principleSchema = z
  .object({
    id,
    title: text,
    subtitle: text
      .max(120)
      .optional()
      .describe('schemaVersion 2: a plain one-line subtitle shown with the title, e.g. "How much rests on agreements and shared bodies, not just goodwill".'),
    shortTitle: text.max(24).describe('A short title for charts, e.g. "Self-reliance".'),
    definition: text,
    whyItMatters: text.describe('Why this principle matters for a network’s resilience.'),
    indicators: z.array(indicatorSchema).min(1),
    recommendations: z
      .object({ low: recommendationList, middle: recommendationList, high: recommendationList })
      .strict()
      .describe('Next steps for a low, middle or high principle score (see recommendationTiers).'),
  })
  .strict();

export const bandSchema = z
  .object({
    id,
    label: text.max(30),
    min: z.number().min(0).max(100).describe('Lowest score (inclusive) that falls in this band.'),
    description: text,
  })
  .strict();

export const stageSchema = z
  .object({
    id,
    title: text,
    description: text.describe('What a network at this stage looks like.'),
    nextSteps: z
      .array(text)
      .describe('What typically moves a network from this stage to the next one. Empty for the last stage.'),
  })
  .strict();

export const outcomeSchema = z
  .object({
    id,
    title: text,
    description: text,
  })
  .strict();

export const glossaryEntrySchema = z
  .object({
    term: text.max(80).describe('The word or phrase as readers meet it, e.g. "indivisible reserve".'),
    definition: text.describe('What it means, in plain words.'),
    example: text.optional().describe('A short real or typical example.'),
    aliases: z
      .array(text.max(80))
      .optional()
      .describe('Other forms that mean the same, such as plurals ("indivisible reserves") or a local name.'),
  })
  .strict();

export const rubricSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z
      .union([z.literal(RUBRIC_SCHEMA_VERSIONS[0]), z.literal(RUBRIC_SCHEMA_VERSIONS[1])])
      .describe('The version of this file format: 1, or 2 for files that use subtitles, a glossary or recommendation leads.'),
    id,
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'version is major.minor.patch, e.g. 1.0.0')
      .describe('The content revision of this rubric.'),
    title: text,
    description: text,
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language tag such as "en" or "fr-CA"'),
    bands: z
      .array(bandSchema)
      .min(2)
      .describe('Words for score ranges, in ascending order of min; the first must start at 0.'),
    recommendationTiers: z
      .object({
        middleFrom: z.number().min(0).max(100),
        highFrom: z.number().min(0).max(100),
      })
      .strict()
      .describe('Scores below middleFrom get the "low" recommendations; from highFrom, the "high" ones.'),
    principles: z.array(principleSchema).min(1),
    stages: z.array(stageSchema).min(2).describe('The levels of complexity, from simplest to most integrated.'),
    outcomes: z.array(outcomeSchema).min(1),
    glossary: z
      .array(glossaryEntrySchema)
      .optional()
      .describe(
        'schemaVersion 2: words a reader may not know. The app marks the first use of each term or alias in questions, help and levels (whole words, any case).',
      ),
    history: z
      .array(
        z
          .object({
            version: z.string().regex(/^\d+\.\d+\.\d+$/),
            added: z.array(id).optional(),
            renamed: z.record(id, id).optional(),
            removed: z.array(id).optional(),
          })
          .strict(),
      )
      .optional()
      .describe(
        'How indicator ids changed from one version to the next, so assessments made with older versions stay comparable.',
      ),
    outcomeRatingLabels: z
      .object({ 'not-yet': text, emerging: text, established: text })
      .strict()
      .describe('How the three outcome ratings are worded.'),
  })
  .strict()
  .superRefine((rubric, ctx) => {
    const seen = new Map<string, string>();
    // Written the way z.prettifyError writes paths, so one message reads consistently.
    const pathText = (path: (string | number)[]) =>
      path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
    const claim = (value: string, path: (string | number)[]) => {
      const prior = seen.get(value);
      if (prior) {
        ctx.addIssue({ code: 'custom', path, message: `duplicate id "${value}" (already used at ${prior})` });
      } else {
        seen.set(value, pathText(path));
      }
    };
    rubric.principles.forEach((p, pi) => {
      claim(p.id, ['principles', pi, 'id']);
      p.indicators.forEach((ind, ii) => claim(ind.id, ['principles', pi, 'indicators', ii, 'id']));
      (['low', 'middle', 'high'] as const).forEach((tier) =>
        p.recommendations[tier].forEach((r, ri) => claim(r.id, ['principles', pi, 'recommendations', tier, ri, 'id'])),
      );
    });
    rubric.stages.forEach((s, si) => claim(s.id, ['stages', si, 'id']));
    rubric.outcomes.forEach((o, oi) => claim(o.id, ['outcomes', oi, 'id']));
    rubric.bands.forEach((b, bi) => claim(b.id, ['bands', bi, 'id']));

    if (rubric.bands[0]?.min !== 0) {
      ctx.addIssue({ code: 'custom', path: ['bands', 0, 'min'], message: 'the first band must start at 0' });
    }
    rubric.bands.forEach((b, bi) => {
      const prev = rubric.bands[bi - 1];
      if (prev && b.min <= prev.min) {
        ctx.addIssue({ code: 'custom', path: ['bands', bi, 'min'], message: 'bands must be in ascending order of min' });
      }
    });
    const { middleFrom, highFrom } = rubric.recommendationTiers;
    if (middleFrom >= highFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['recommendationTiers'],
        message: 'middleFrom must be lower than highFrom',
      });
    }
    for (const issue of schemaVersionIssues(rubric)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    const last = rubric.stages.length - 1;
    rubric.stages.forEach((s, si) => {
      if (si < last && s.nextSteps.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', si, 'nextSteps'],
          message: 'every stage but the last needs at least one next step',
        });
      }
    });
  });

export type Rubric = z.infer<typeof rubricSchema>;
export type Principle = Rubric['principles'][number];
export type Indicator = Principle['indicators'][number];
export type Band = Rubric['bands'][number];
export type Stage = Rubric['stages'][number];
export type Outcome = Rubric['outcomes'][number];
export type Recommendation = z.infer<typeof recommendationSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type { OutcomeRating };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates unknown data as a rubric; the error names every problem with its path. */
export function parseRubric(data: unknown): ParseResult<Rubric> {
  const result = rubricSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: z.prettifyError(result.error) };
}
