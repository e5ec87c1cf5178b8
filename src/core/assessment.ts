// One assessment as the user entered it: who, which network, which rubric, the answers.
// Only user input lives here; scores are always derived, never stored.
import * as z from 'zod/mini';
import { answersSchema } from './answers';

export const OUTCOME_RATINGS = ['not-yet', 'emerging', 'established'] as const;
export type OutcomeRating = (typeof OUTCOME_RATINGS)[number];

export const MAX_NAME_LENGTH = 200;

export const rubricRefSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
});
export type RubricRef = z.infer<typeof rubricRefSchema>;

const isoDate = z.iso.datetime({ offset: true });

const name = z.string().check(z.maxLength(MAX_NAME_LENGTH));

export const assessmentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: z.literal('solo'),
  networkName: name,
  assessors: name,
  createdAt: isoDate,
  updatedAt: isoDate,
  lastExportedAt: z.optional(isoDate),
  rubric: rubricRefSchema,
  answers: answersSchema,
  stageId: z.nullable(z.string()),
  stageNote: z.optional(z.string().check(z.maxLength(20_000))),
  outcomes: z.record(z.string(), z.enum(OUTCOME_RATINGS)),
  /** The step the user was on, so reopening the app returns them there. */
  lastStep: z.optional(z.string().check(z.maxLength(200))),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * A new id for an assessment, workshop or ballot: 64 random bits as 16 hex digits. From
 * crypto.getRandomValues, which browsers offer on plain-http pages too (randomUUID they do not, and
 * a participant on the room's wifi may be on one); short, so a ballot's QR code stays small.
 */
export function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createAssessment(
  rubric: RubricRef,
  details: { networkName: string; assessors: string },
  now: Date = new Date(),
): Assessment {
  const stamp = now.toISOString();
  return {
    id: newId(),
    kind: 'solo',
    networkName: details.networkName,
    assessors: details.assessors,
    createdAt: stamp,
    updatedAt: stamp,
    rubric: { id: rubric.id, version: rubric.version },
    answers: {},
    stageId: null,
    outcomes: {},
  };
}
