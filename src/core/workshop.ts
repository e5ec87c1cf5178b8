// A facilitated workshop as entered: participants' ballots, show-of-hands tallies and the room's
// consensus per indicator. Only input lives here; group values and scores are derived (aggregation.ts).
import * as z from 'zod/mini';
import { actionsSchema, boardAskSchema } from './action';
import { answersSchema } from './answers';
import { coveredPrinciplesSchema } from './coverage';
import { MAX_NAME_LENGTH, OUTCOME_RATINGS, networkIdSchema, newId, ownNetworkId, rubricRefSchema } from './assessment';
import type { RubricRef } from './assessment';
import { localDate } from './calendar-day';

// zod/mini like assessment.ts: workshops are checked on every load of the store.
export const MAX_GROUPS = 12;
export const MAX_GROUP_NAME_LENGTH = 100;
export const MAX_RATIONALE_LENGTH = 2000;
/** 'qr': scanned from the participant's screen, without notes (they follow by link or file). */
export const BALLOT_SOURCES = ['device', 'pass-device', 'link', 'qr'] as const;

const isoDateTime = z.iso.datetime({ offset: true });
const isoDay = z.iso.date();
const shortId = z.string().check(z.minLength(1), z.maxLength(100));
const name = z.string().check(z.maxLength(MAX_NAME_LENGTH));
const groupName = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_GROUP_NAME_LENGTH));
const roundSchema = z.union([z.literal(1), z.literal(2)]);
export type Round = z.infer<typeof roundSchema>;
const count = z.int().check(z.minimum(0), z.maximum(100_000));

export const ballotSchema = z.strictObject({
  id: shortId,
  workshopId: shortId,
  rubric: rubricRefSchema,
  round: roundSchema,
  /** Omitted when the workshop is anonymous. */
  participant: z.optional(name),
  /** The perspective group the participant speaks for, e.g. "Members" or "Staff". */
  group: z.optional(groupName),
  submittedAt: isoDateTime,
  answers: answersSchema,
  /** How the ballot reached the facilitator: on their device, a passed-round device, a link or a file, or a scanned code. */
  source: z.enum(BALLOT_SOURCES),
});
export type Ballot = z.infer<typeof ballotSchema>;

/** A show of hands for one indicator: how many people held up each level. */
export const tallySchema = z.strictObject({
  workshopId: shortId,
  round: roundSchema,
  indicatorId: z.string().check(z.minLength(1)),
  counts: z.tuple([count, count, count, count, count]),
  notApplicable: count,
  dontKnow: count,
});
export type Tally = z.infer<typeof tallySchema>;

/** What the room agreed on for one indicator after discussion, and why. */
export const consensusSchema = z.strictObject({
  indicatorId: z.string().check(z.minLength(1)),
  level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('na')]),
  rationale: z.string().check(z.maxLength(MAX_RATIONALE_LENGTH)),
  decidedAt: isoDateTime,
});
export type Consensus = z.infer<typeof consensusSchema>;

const groupsSchema = z.array(groupName).check(
  z.maxLength(MAX_GROUPS),
  z.superRefine((groups, ctx) => {
    groups.forEach((g, i) => {
      // Codes, not words: src/core/field-problems.ts reads them and the UI words them.
      if (groups.indexOf(g) !== i) ctx.addIssue({ code: 'custom', path: [i], params: { problem: 'listed-twice' } });
    });
  }),
);

export const workshopSchema = z
  .strictObject({
    id: shortId,
    kind: z.literal('workshop'),
    networkId: networkIdSchema,
    networkName: name,
    date: isoDay,
    facilitator: name,
    rubric: rubricRefSchema,
    groups: groupsSchema,
    anonymous: z.boolean(),
    /** How many people the facilitator expects, for "7 of 12 handed in"; absent when not said. */
    // The headcount schema, not a tighter one: this runs on the first screen, and the set-up form
    // keeps what is typed between 1 and MAX_EXPECTED_PARTICIPANTS (roster.ts; rosterFor ignores a 0).
    expectedParticipants: z.optional(count),
    ballots: z.array(ballotSchema),
    tallies: z.array(tallySchema),
    consensus: z.record(z.string(), consensusSchema),
    currentRound: roundSchema,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    lastExportedAt: z.optional(isoDateTime),
    stageId: z.nullable(z.string()),
    outcomes: z.record(z.string(), z.enum(OUTCOME_RATINGS)),
    /** The action plan built on the group's agreed levels (same shape as an assessment's). */
    actions: actionsSchema,
    boardAsk: z.optional(boardAskSchema),
    /** The principles this session covers (coverage.ts); absent means all of them. */
    principles: z.optional(coveredPrinciplesSchema),
  })
  .check(
    // Ballots are not checked against the workshop's id or rubric here: mergeBallots guards the way
    // in, and a stored workshop must not be set aside whole because it was re-id'd on import.
    z.superRefine((w, ctx) => {
      for (const [key, c] of Object.entries(w.consensus)) {
        if (c.indicatorId !== key) {
          ctx.addIssue({ code: 'custom', path: ['consensus', key, 'indicatorId'] });
        }
      }
    }),
  );
export type Workshop = z.infer<typeof workshopSchema>;

/** What a participant needs to fill in a ballot; sent to them as a link (ballot-link.ts). */
export const invitationSchema = z.strictObject({
  workshopId: shortId,
  networkName: name,
  date: isoDay,
  rubric: rubricRefSchema,
  groups: groupsSchema,
  anonymous: z.boolean(),
  facilitator: name,
  /** Which round the ballots are for; absent means round 1 (invitations made before rounds). */
  round: z.optional(roundSchema),
  /** The principles the session covers; absent means all (and every invitation made before sessions could be shorter). */
  principles: z.optional(coveredPrinciplesSchema),
});
export type Invitation = z.infer<typeof invitationSchema>;

export function invitationFor(w: Workshop): Invitation {
  return {
    workshopId: w.id,
    networkName: w.networkName,
    date: w.date,
    rubric: { ...w.rubric },
    groups: [...w.groups],
    anonymous: w.anonymous,
    facilitator: w.facilitator,
    round: w.currentRound,
    ...(w.principles && { principles: [...w.principles] }),
  };
}

export { localDate };

export interface WorkshopDetails {
  networkName: string;
  /** The network it belongs to; a new network of its own when not given. */
  networkId?: string;
  facilitator: string;
  /** YYYY-MM-DD; defaults to today's local date. */
  date?: string;
  groups?: string[];
  anonymous?: boolean;
  /** The principles the session covers, as coverageChoice (coverage.ts) gives them; absent means all. */
  principles?: string[];
}

export function createWorkshop(rubric: RubricRef, details: WorkshopDetails, now: Date = new Date()): Workshop {
  const stamp = now.toISOString();
  const id = newId();
  return {
    id,
    kind: 'workshop',
    networkId: details.networkId ?? ownNetworkId(id),
    networkName: details.networkName,
    date: details.date ?? localDate(now),
    facilitator: details.facilitator,
    rubric: { id: rubric.id, version: rubric.version },
    groups: [...new Set((details.groups ?? []).map((g) => g.trim()).filter((g) => g !== ''))],
    anonymous: details.anonymous ?? false,
    ballots: [],
    tallies: [],
    consensus: {},
    currentRound: 1,
    createdAt: stamp,
    updatedAt: stamp,
    stageId: null,
    outcomes: {},
    actions: [],
    ...(details.principles && { principles: [...details.principles] }),
  };
}
