// What the camera scanner does with the text of one QR code: a ballot code (or, from an older
// participant's screen, a ballot link) is read and merged into the workshop by the same rules as a
// pasted link. A ballot for another round is refused unless it is already in: a code left on a
// phone from round 1 must not slip into round 1 while the room is answering round 2.
import { mergeBallots } from './ballot';
import { decodeBallotCode, looksLikeBallotCode } from './ballot-code';
import { decodeBallotLink } from './ballot-link';
import type { Checked, ReadProblem } from './problems';
import type { Rubric } from './rubric-schema';
import type { Ballot, Workshop } from './workshop';

export type ScanOutcome =
  | { kind: 'added'; ballot: Ballot; notesLeftOut: boolean }
  /** `ballot` is the copy already in the workshop. */
  | { kind: 'duplicate'; ballot: Ballot }
  /** A link scanned after its code: the notes and whole name are in now. */
  | { kind: 'completed'; ballot: Ballot }
  | { kind: 'refused'; problem: ReadProblem };

function readScanned(text: string, workshop: Workshop, rubric: Rubric): Checked<{ ballot: Ballot; notesLeftOut: boolean }> {
  if (looksLikeBallotCode(text)) return decodeBallotCode(text, workshop, rubric);
  const link = decodeBallotLink(text);
  if (link.ok) return { ok: true, value: { ballot: link.value, notesLeftOut: false } };
  if (link.problem.code === 'link-other-kind') return { ok: false, problem: { code: 'code-invitation' } };
  if (link.problem.code === 'link-not-fivefold') return { ok: false, problem: { code: 'code-not-fivefold' } };
  return link;
}

/** Reads one scanned text and merges its ballot; the workshop is returned unchanged unless one is added or completed. */
export function acceptScan(workshop: Workshop, rubric: Rubric, text: string, now: Date = new Date()): { workshop: Workshop; outcome: ScanOutcome } {
  const read = readScanned(text, workshop, rubric);
  if (!read.ok) return { workshop, outcome: { kind: 'refused', problem: read.problem } };
  const { ballot, notesLeftOut } = read.value;
  const stored = workshop.ballots.find((b) => b.id === ballot.id);
  if (!stored && ballot.round !== workshop.currentRound) {
    return { workshop, outcome: { kind: 'refused', problem: { code: 'code-other-round', round: ballot.round, current: workshop.currentRound } } };
  }
  const merged = mergeBallots(workshop, [ballot], now);
  const [refused] = merged.refused;
  if (refused) return { workshop, outcome: { kind: 'refused', problem: refused.reason } };
  const [added] = merged.added;
  if (added) return { workshop: merged.workshop, outcome: { kind: 'added', ballot: added, notesLeftOut } };
  if (merged.completed.length > 0) {
    return { workshop: merged.workshop, outcome: { kind: 'completed', ballot: merged.workshop.ballots.find((b) => b.id === ballot.id)! } };
  }
  return { workshop, outcome: { kind: 'duplicate', ballot: stored! } };
}
