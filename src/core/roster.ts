// Who has handed in, for the Collect screen: every ballot of the round (however it came: scanned,
// a link, a file, this device passed round) and the people counted by a show of hands, against the
// number the facilitator expects. Names come as entered; a ballot without one is a numbered
// participant, worded by the UI.
import { aggregateBallots } from './aggregation';
import type { Rubric } from './rubric-schema';
import type { Round, Workshop } from './workshop';

/** The most participants a workshop can expect, as typed: a headcount, not a limit on ballots. */
export const MAX_EXPECTED_PARTICIPANTS = 1000;

export interface RosterEntry {
  ballotId: string;
  /** The name on the ballot, or null when it has none (anonymous, or left blank). */
  name: string | null;
  /** Position from 1 in the order ballots arrived, for "Participant 3". */
  number: number;
}

export interface Roster {
  /** People handed in: ballots plus show-of-hands headcount. */
  count: number;
  /** The facilitator's expected number, or null when not set. */
  expected: number | null;
  ballots: RosterEntry[];
  /** People counted by show of hands, who have no ballot. */
  tallied: number;
}

export function rosterFor(rubric: Rubric, workshop: Workshop, round: Round = workshop.currentRound): Roster {
  // The same counting as the group picture: a ballot id seen twice counts once, tallies by headcount.
  const aggregate = aggregateBallots(rubric, workshop, { round });
  const seen = new Set<string>();
  const ballots: RosterEntry[] = [];
  for (const b of workshop.ballots) {
    if (b.round !== round || seen.has(b.id)) continue;
    seen.add(b.id);
    ballots.push({ ballotId: b.id, name: b.participant?.trim() || null, number: ballots.length + 1 });
  }
  return {
    count: aggregate.participantCount,
    expected: workshop.expectedParticipants || null,
    ballots,
    tallied: aggregate.participantCount - aggregate.ballotCount,
  };
}
