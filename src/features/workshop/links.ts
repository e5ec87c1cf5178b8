// The addresses participants and facilitators pass around. Everything after '#' stays in the
// browser: the invitation and the ballot travel in the fragment, never to a server.
import { encodeBallotLink, encodeInvitationLink } from '../../core/ballot-link';
import { BUILTIN_RUBRICS } from '../../core/builtin-rubrics';
import { invitationFor } from '../../core/workshop';
import { findAnyRubric } from '../../store/rubric-selectors';
import type { Ballot, Workshop } from '../../core/workshop';

function appAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * The invitation carries the round, inside the checked part of the link, and a federation's own
 * rubric whole: a participant's browser has only the built-in one. `base` replaces this page's
 * address (the room's wifi address).
 */
export function invitationUrl(workshop: Workshop, base: string = appAddress()): string {
  const own = BUILTIN_RUBRICS.some((r) => r.id === workshop.rubric.id) ? null : findAnyRubric(workshop.rubric);
  const invitation = invitationFor(workshop);
  return `${base}#/join/${encodeInvitationLink(own ? { ...invitation, rubricData: own } : invitation)}`;
}

export function ballotUrl(ballot: Ballot): string {
  return `${appAddress()}#/ballot/${encodeBallotLink(ballot)}`;
}
