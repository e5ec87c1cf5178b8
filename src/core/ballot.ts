// Ballots in: making a participant's ballot, and merging incoming ballots into a workshop.
// Merging never mutates its input; every ballot left out is named with the reason (a code).
import type { Answers } from './answers';
import { newId } from './assessment';
import type { BallotRefusal } from './problems';
import type { Ballot, Invitation, Round, Workshop } from './workshop';

export interface RefusedBallot {
  ballotId: string;
  reason: BallotRefusal;
}

export interface MergeResult {
  workshop: Workshop;
  added: Ballot[];
  /** Ids of ballots already in the workshop (or earlier in the same batch): ignored. */
  duplicates: string[];
  /**
   * Ids of scanned ballots (which carry no notes and may carry a shortened name) that the same
   * ballot's link or file has completed: its notes and whole name replace the scanned copy.
   */
  completed: string[];
  refused: RefusedBallot[];
}

/** Why a ballot does not belong in this workshop, or null when it does. */
export function refusalReason(workshop: Workshop, ballot: Ballot): BallotRefusal | null {
  if (ballot.workshopId !== workshop.id) {
    return { code: 'other-workshop', workshopId: ballot.workshopId, networkName: workshop.networkName, date: workshop.date };
  }
  if (ballot.rubric.id !== workshop.rubric.id) return { code: 'other-rubric', ballot: ballot.rubric, workshop: workshop.rubric };
  if (ballot.rubric.version !== workshop.rubric.version) {
    return { code: 'other-rubric-version', ballot: ballot.rubric, workshop: workshop.rubric };
  }
  return null;
}

/**
 * Adds the incoming ballots that belong to the workshop. A ballot whose id is already there is a
 * duplicate and ignored, whatever its content: the first copy received stands. In an anonymous
 * workshop the participant's name is dropped on the way in. `updatedAt` moves only when a ballot
 * is added.
 */
export function mergeBallots(workshop: Workshop, incoming: readonly Ballot[], now: Date = new Date()): MergeResult {
  const kept = new Map(workshop.ballots.map((b) => [b.id, b]));
  const added: Ballot[] = [];
  const duplicates: string[] = [];
  const completed: string[] = [];
  const refused: RefusedBallot[] = [];
  for (const ballot of incoming) {
    const reason = refusalReason(workshop, ballot);
    const stored = kept.get(ballot.id);
    const inWorkshop = (b: Ballot): Ballot => {
      const { participant, ...rest } = b;
      return workshop.anonymous || participant === undefined ? rest : { ...rest, participant };
    };
    if (reason !== null) {
      refused.push({ ballotId: ballot.id, reason });
    } else if (stored && completes(stored, ballot, workshop.anonymous)) {
      completed.push(ballot.id);
      kept.set(ballot.id, inWorkshop(ballot));
    } else if (stored) {
      duplicates.push(ballot.id);
    } else {
      const b = inWorkshop(ballot);
      kept.set(ballot.id, b);
      added.push(b);
    }
  }
  const changed = added.length > 0 || completed.length > 0;
  const next: Workshop = {
    ...workshop,
    ballots: changed ? [...kept.values()] : workshop.ballots,
    updatedAt: changed ? now.toISOString() : workshop.updatedAt,
  };
  return { workshop: next, added, duplicates, completed, refused };
}

/**
 * Whether `incoming` is the fuller copy of a scanned ballot: the same answers, and notes or a
 * longer name the code could not carry. Anything else with the same id is a duplicate.
 */
function completes(stored: Ballot, incoming: Ballot, anonymous: boolean): boolean {
  if (stored.source !== 'qr' || incoming.source === 'qr' || stored.round !== incoming.round) return false;
  const ids = new Set([...Object.keys(stored.answers), ...Object.keys(incoming.answers)]);
  const sameAnswers = [...ids].every((id) => stored.answers[id]?.value === incoming.answers[id]?.value);
  const hasNotes = Object.values(incoming.answers).some((a) => a.note !== undefined);
  const longerName = !anonymous && (incoming.participant ?? '') !== (stored.participant ?? '');
  return sameAnswers && (hasNotes || longerName);
}

export interface BallotDetails {
  round: Round;
  answers: Answers;
  source: Ballot['source'];
  /** Ignored when the workshop is anonymous. */
  participant?: string;
  group?: string;
}

/** A new ballot for the workshop an invitation describes. */
export function createBallot(invitation: Invitation, details: BallotDetails, now: Date = new Date()): Ballot {
  const ballot: Ballot = {
    id: newId(),
    workshopId: invitation.workshopId,
    rubric: { ...invitation.rubric },
    round: details.round,
    submittedAt: now.toISOString(),
    answers: details.answers,
    source: details.source,
  };
  const name = details.participant?.trim();
  if (!invitation.anonymous && name) ballot.participant = name;
  if (details.group !== undefined && details.group !== '') ballot.group = details.group;
  return ballot;
}
