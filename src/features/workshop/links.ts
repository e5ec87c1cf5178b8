// The addresses participants and facilitators pass around. Everything after '#' stays in the
// browser: the invitation and the ballot travel in the fragment, never to a server.
import { encodeBallotLink, encodeInvitationLink } from '../../core/ballot-link';
import { invitationFor } from '../../core/workshop';
import type { Ballot, Round, Workshop } from '../../core/workshop';

/** The invitation does not carry the round, so a round-2 invitation says so before its code. */
const ROUND_2_PREFIX = 'round-2/';

function appAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

export function invitationUrl(workshop: Workshop): string {
  const prefix = workshop.currentRound === 2 ? ROUND_2_PREFIX : '';
  return `${appAddress()}#/join/${prefix}${encodeInvitationLink(invitationFor(workshop))}`;
}

export function ballotUrl(ballot: Ballot): string {
  return `${appAddress()}#/ballot/${encodeBallotLink(ballot)}`;
}

/** The round a join code is for, and the invitation code itself. */
export function splitJoinCode(code: string): { round: Round; code: string } {
  return code.startsWith(ROUND_2_PREFIX) ? { round: 2, code: code.slice(ROUND_2_PREFIX.length) } : { round: 1, code };
}
