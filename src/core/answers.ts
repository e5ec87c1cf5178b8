// What a user can answer for one indicator: a level 0–4, "not applicable", "don't know", plus a note.
// Schemas that stored data is checked against on every load use zod/mini, to keep the first screen small.
import * as z from 'zod/mini';

export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

export const NOT_APPLICABLE = 'na';
export const DONT_KNOW = 'dk';

export const answerValueSchema = z.union([
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(NOT_APPLICABLE),
  z.literal(DONT_KNOW),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** Notes are free text; the cap keeps a pasted novel from filling the browser's storage. */
export const MAX_NOTE_LENGTH = 20_000;

export const answerSchema = z.strictObject({
  value: z.optional(answerValueSchema),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE_LENGTH))),
});
export type Answer = z.infer<typeof answerSchema>;

export const answersSchema = z.record(z.string(), answerSchema);
export type Answers = Record<string, Answer>;

export function isLevel(value: AnswerValue | undefined): value is Level {
  return typeof value === 'number';
}
