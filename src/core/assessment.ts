// One assessment as the user entered it: who, which network, which rubric, the answers.
// Only user input lives here; scores are always derived, never stored.
import { z } from 'zod';
import { answersSchema } from './answers';
import { OUTCOME_RATINGS } from './rubric-schema';
import type { Rubric } from './rubric-schema';

export const MAX_NAME_LENGTH = 200;

export const rubricRefSchema = z.object({ id: z.string().min(1), version: z.string().min(1) }).strict();
export type RubricRef = z.infer<typeof rubricRefSchema>;

const isoDate = z.iso.datetime({ offset: true });

export const assessmentSchema = z
  .object({
    id: z.string().min(1).max(100),
    kind: z.literal('solo'),
    networkName: z.string().max(MAX_NAME_LENGTH),
    assessors: z.string().max(MAX_NAME_LENGTH),
    createdAt: isoDate,
    updatedAt: isoDate,
    lastExportedAt: isoDate.optional(),
    rubric: rubricRefSchema,
    answers: answersSchema,
    stageId: z.string().nullable(),
    stageNote: z.string().max(20_000).optional(),
    outcomes: z.record(z.string(), z.enum(OUTCOME_RATINGS)),
    /** The step the user was on, so reopening the app returns them there. */
    lastStep: z.string().max(200).optional(),
  })
  .strict();
export type Assessment = z.infer<typeof assessmentSchema>;

export function newId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function createAssessment(
  rubric: Pick<Rubric, 'id' | 'version'>,
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
