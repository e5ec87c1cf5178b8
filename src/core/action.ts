// One action of a network's plan: what will be done, by whom, by when, and how it stands. Actions live
// inside the assessment (or the workshop) they were planned from, in the order the user put them.
// zod/mini like assessment.ts: actions are checked on every load of the store.
import * as z from 'zod/mini';

export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const MAX_ACTION_TEXT = 2000;
export const MAX_OWNER_LENGTH = 200;
export const MAX_ACTION_NOTE = 5000;
/** More than a board can follow; the cap keeps a damaged file from filling the browser's storage. */
export const MAX_ACTIONS = 200;
/** The optional "What we ask the board to decide": short enough to sit on the report's summary page. */
export const MAX_BOARD_ASK = 600;

const shortId = z.string().check(z.minLength(1), z.maxLength(100));

export const actionSchema = z.strictObject({
  id: shortId,
  text: z.string().check(z.maxLength(MAX_ACTION_TEXT)),
  /** The principle it serves, and optionally the question, by the rubric's ids. */
  principleId: z.optional(shortId),
  indicatorId: z.optional(shortId),
  /** The rubric recommendation it was copied from, if any. */
  recommendationId: z.optional(shortId),
  /** A person or a member co-op, as typed. */
  owner: z.string().check(z.maxLength(MAX_OWNER_LENGTH)),
  /** YYYY-MM-DD, or '' when no date is set. */
  due: z.union([z.literal(''), z.iso.date()]),
  status: z.enum(ACTION_STATUSES),
  note: z.string().check(z.maxLength(MAX_ACTION_NOTE)),
  /** The id of last time's action this one carries on. */
  carriedFrom: z.optional(shortId),
  /** The day the status last became "done". */
  doneOn: z.optional(z.iso.date()),
  /** The later assessment at which this action was reviewed, and when. */
  review: z.optional(z.strictObject({ assessmentId: shortId, at: z.iso.datetime({ offset: true }) })),
});
export type Action = z.infer<typeof actionSchema>;

export const actionsSchema = z.array(actionSchema).check(
  z.maxLength(MAX_ACTIONS),
  z.superRefine((actions, ctx) => {
    const seen = new Set<string>();
    actions.forEach((a, i) => {
      // Codes, not words: src/core/field-problems.ts reads them and the UI words them.
      if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], params: { problem: 'listed-twice' } });
      seen.add(a.id);
    });
  }),
);

export const boardAskSchema = z.string().check(z.maxLength(MAX_BOARD_ASK));

/** Not started or in progress: what a review may carry into the next plan. */
export function isOpen(action: Pick<Action, 'status'>): boolean {
  return action.status === 'not-started' || action.status === 'in-progress';
}
