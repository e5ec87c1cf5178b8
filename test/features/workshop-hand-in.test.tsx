// @vitest-environment jsdom
// The participant's hand-in screen: a large QR code of the compact ballot code (which the camera
// scanner reads back as the same ballot), and a warning that notes are not in it when there are some.
import { render, screen } from '@testing-library/react';
import { createBallot } from '../../src/core/ballot';
import { decodeBallotCode, encodeBallotCode } from '../../src/core/ballot-code';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { createWorkshop, invitationFor } from '../../src/core/workshop';
import { HandedIn } from '../../src/features/workshop/participant/handed-in';

const workshop = createWorkshop(FIVE_PRINCIPLES, { networkName: 'Hand-in net', facilitator: 'Amina', groups: ['Staff'] });
const [first, second] = FIVE_PRINCIPLES.principles[0]!.indicators;
const NOTES = /Your notes are not in the QR code; send the link or file too/;

function show(withNote: boolean) {
  const answers = { [first!.id]: { value: 3 as const }, [second!.id]: withNote ? { value: 1 as const, note: 'Nothing signed yet.' } : { value: 1 as const } };
  const ballot = createBallot(invitationFor(workshop), { round: 1, source: 'device', participant: 'Kofi', group: 'Staff', answers });
  render(<HandedIn ballot={ballot} invitation={invitationFor(workshop)} onStartAgain={() => {}} />);
  return ballot;
}

it('shows the ballot as a QR code named for screen readers, and no notes warning when there are no notes', () => {
  show(false);
  const qr = screen.getByRole('img', { name: /^QR code of your ballot \(Kofi\), for the facilitator’s camera/ });
  expect(qr).toHaveClass('qr-code--ballot');
  expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
  expect(screen.getByText(/Hold it up to Amina’s camera/)).toBeInTheDocument();
  expect(screen.queryByText(NOTES)).not.toBeInTheDocument();
  expect(screen.getByText('Nothing has been sent yet. Show this code to Amina, or send the link or the file below.')).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Ballot link' })).toBeInTheDocument();
});

it('says the notes are not in the code when the ballot has some', () => {
  const ballot = show(true);
  expect(screen.getByText(NOTES)).toBeInTheDocument();
  // Said above the code too, where a phone shows it without scrolling.
  expect(screen.getByText('Nothing has been sent yet. Show this code to Amina, and send the link or the file below too: your notes travel only in those.')).toBeInTheDocument();
  // What the code carries is the same ballot, without the note (the text is the one the QR draws).
  const code = encodeBallotCode(ballot, invitationFor(workshop), FIVE_PRINCIPLES)!;
  const read = decodeBallotCode(code.text, workshop, FIVE_PRINCIPLES);
  expect(read.ok && read.value).toMatchObject({ notesLeftOut: true, ballot: { id: ballot.id, answers: { [second!.id]: { value: 1 } } } });
  expect(read.ok && read.value.ballot.answers[second!.id]!.note).toBeUndefined();
});

it('draws the code for a workshop on a federation’s own rubric, carried in the invitation', async () => {
  const { parseRubric } = await import('../../src/core/rubric-schema');
  const { readFileSync } = await import('node:fs');
  const parsed = parseRubric(JSON.parse(readFileSync('rubrics/examples/housing-federation-health-check.json', 'utf8')));
  if (!parsed.ok) throw new Error('the example rubric should load');
  const own = parsed.value;
  const ownWorkshop = createWorkshop(own, { networkName: 'Coopératives d’habitation', facilitator: 'Amina', groups: [] });
  const invitation = { ...invitationFor(ownWorkshop), rubricData: own };
  const indicator = own.principles[0]!.indicators[0]!;
  const ballot = createBallot(invitation, { round: 1, source: 'device', participant: 'Kofi', answers: { [indicator.id]: { value: 2 as const } } });
  render(<HandedIn ballot={ballot} invitation={invitation} onStartAgain={() => {}} />);
  expect(screen.getByRole('img', { name: /^QR code of your ballot \(Kofi\)/ })).toBeInTheDocument();
  const code = encodeBallotCode(ballot, invitation, own)!;
  const read = decodeBallotCode(code.text, ownWorkshop, own);
  expect(read.ok && read.value.ballot.answers[indicator.id]!.value).toBe(2);
});
