// Ballots in: making a participant's ballot, and merging incoming ballots into a workshop.
// Merging never mutates its input; every ballot left out is named with the reason, in words.
import type { Answers } from './answers';
import { newId } from './assessment';
import type { Ballot, Invitation, Round, Workshop } from './workshop';

export interface RefusedBallot {
  ballotId: string;
  reason: string;
}

export interface MergeResult {
  workshop: Workshop;
  added: Ballot[];
  /** Ids of ballots already in the workshop (or earlier in the same batch): ignored. */
  duplicates: string[];
  refused: RefusedBallot[];
}

/** Why a ballot does not belong in this workshop, or null when it does. */
export function refusalReason(workshop: Workshop, ballot: Ballot): string | null {
  if (ballot.workshopId !== workshop.id) {
    const here = [workshop.networkName.trim() || 'unnamed network', workshop.date].join(', ');
    return `This ballot is for the workshop “${ballot.workshopId}”, not this one (${here}).`;
  }
  if (ballot.rubric.id !== workshop.rubric.id) {
    return `This ballot was made with the rubric “${ballot.rubric.id}”; this workshop uses “${workshop.rubric.id}”.`;
  }
  if (ballot.rubric.version !== workshop.rubric.version) {
    return `This ballot was made with rubric version ${ballot.rubric.version}; this workshop uses ${workshop.rubric.version}.`;
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
  const seen = new Set(workshop.ballots.map((b) => b.id));
  const added: Ballot[] = [];
  const duplicates: string[] = [];
  const refused: RefusedBallot[] = [];
  for (const ballot of incoming) {
    const reason = refusalReason(workshop, ballot);
    if (reason !== null) {
      refused.push({ ballotId: ballot.id, reason });
    } else if (seen.has(ballot.id)) {
      duplicates.push(ballot.id);
    } else {
      seen.add(ballot.id);
      const { participant, ...rest } = ballot;
      added.push(workshop.anonymous || participant === undefined ? rest : { ...rest, participant });
    }
  }
  const next: Workshop = {
    ...workshop,
    ballots: [...workshop.ballots, ...added],
    updatedAt: added.length > 0 ? now.toISOString() : workshop.updatedAt,
  };
  return { workshop: next, added, duplicates, refused };
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
