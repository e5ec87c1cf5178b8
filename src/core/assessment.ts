// One assessment as the user entered it: who, which network, which rubric, the answers, the plan.
// Only user input lives here; scores are always derived, never stored.
import * as z from 'zod/mini';
import { actionsSchema, boardAskSchema } from './action';
import { answersSchema } from './answers';
import { localDate } from './calendar-day';
import { newId } from './new-id';

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

/** The network a record belongs to (src/core/network.ts): it stays when the name is retyped. */
export const networkIdSchema = z.string().check(z.minLength(1), z.maxLength(100));

export const assessmentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: z.literal('solo'),
  networkId: networkIdSchema,
  networkName: name,
  assessors: name,
  /** The day the network was assessed (YYYY-MM-DD): today by default, earlier for a paper assessment entered later. */
  assessedOn: z.iso.date(),
  createdAt: isoDate,
  updatedAt: isoDate,
  lastExportedAt: z.optional(isoDate),
  rubric: rubricRefSchema,
  answers: answersSchema,
  stageId: z.nullable(z.string()),
  stageNote: z.optional(z.string().check(z.maxLength(20_000))),
  outcomes: z.record(z.string(), z.enum(OUTCOME_RATINGS)),
  /** The action plan, in the order the user put it. */
  actions: actionsSchema,
  /** "What we ask the board to decide", as typed. */
  boardAsk: z.optional(boardAskSchema),
  /** The step the user was on, so reopening the app returns them there. */
  lastStep: z.optional(z.string().check(z.maxLength(200))),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export { newId };

/** A network of its own for a record that starts one: derived from the record's id, so it is stable. */
export function ownNetworkId(recordId: string): string {
  return `net-${recordId}`.slice(0, 100);
}

export interface AssessmentDetails {
  networkName: string;
  assessors: string;
  /** The network it belongs to; a new network of its own when not given. */
  networkId?: string;
  /** YYYY-MM-DD; today's local date when not given. */
  assessedOn?: string;
}

export function createAssessment(rubric: RubricRef, details: AssessmentDetails, now: Date = new Date()): Assessment {
  const stamp = now.toISOString();
  const id = newId();
  return {
    id,
    kind: 'solo',
    networkId: details.networkId ?? ownNetworkId(id),
    networkName: details.networkName,
    assessors: details.assessors,
    assessedOn: details.assessedOn ?? localDate(now),
    createdAt: stamp,
    updatedAt: stamp,
    rubric: { id: rubric.id, version: rubric.version },
    answers: {},
    stageId: null,
    outcomes: {},
    actions: [],
  };
}
