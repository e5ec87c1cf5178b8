// The addresses participants and facilitators pass around. Everything after '#' stays in the
// browser: the invitation and the ballot travel in the fragment, never to a server.
import { encodeBallotLink, encodeInvitationLink } from '../../core/ballot-link';
import { invitationFor } from '../../core/workshop';
import type { Ballot, Workshop } from '../../core/workshop';

function appAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** The invitation carries the round, inside the checked part of the link. `base` replaces this page's address (the room's wifi address). */
export function invitationUrl(workshop: Workshop, base: string = appAddress()): string {
  return `${base}#/join/${encodeInvitationLink(invitationFor(workshop))}`;
}

export function ballotUrl(ballot: Ballot): string {
  return `${appAddress()}#/ballot/${encodeBallotLink(ballot)}`;
}
