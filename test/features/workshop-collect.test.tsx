// @vitest-environment jsdom
// Bringing ballots in, as the facilitator does it: pasted links and dropped files are reported one
// by one; a damaged link says what is wrong and changes nothing; a ballot counts once.
import { fireEvent, waitFor, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it, vi } from 'vitest';
import { encodeBallotLink } from '../../src/core/ballot-link';
import { createBallot } from '../../src/core/ballot';
import { DEFAULT_RUBRIC_REF } from '../../src/core/default-rubric-ref';
import { invitationFor } from '../../src/core/workshop';
import type { Ballot, Workshop } from '../../src/core/workshop';
import { serializeBallot } from '../../src/core/workshop-file';
import { BallotImport } from '../../src/features/workshop/collect/ballot-import';
import BallotLinkPage from '../../src/features/workshop/collect/ballot-link-page';
import { useAppStore } from '../../src/store/store';
import { resetStore } from '../store/reset-store';

let workshop: Workshop;
const current = () => useAppStore.getState().workshops[workshop.id]!;

beforeEach(async () => {
  await resetStore();
  const id = useAppStore.getState().startWorkshop(DEFAULT_RUBRIC_REF, { networkName: 'Collect net', facilitator: 'Jo', groups: ['Staff'] });
  workshop = useAppStore.getState().workshops[id]!;
});

function ballot(level: 0 | 1 | 2 | 3 | 4, w: Workshop = workshop): Ballot {
  return createBallot(invitationFor(w), { round: 1, source: 'device', group: 'Staff', answers: { 'inst-formal-agreements': { value: level } } });
}

it('a damaged ballot link shows its own message and changes nothing', async () => {
  const user = userEvent.setup();
  render(<BallotImport workshopId={workshop.id} />);
  const before = current();
  const link = `http://127.0.0.1:4173/#/ballot/${encodeBallotLink(ballot(3))}`;
  // One character of the payload changed, as a mangled copy-and-paste would.
  const at = link.indexOf('b1.') + 10;
  const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);

  await user.type(screen.getByRole('textbox', { name: 'Ballot links' }), tampered);
  await user.click(screen.getByRole('button', { name: 'Add ballots' }));

  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('Line 1');
  expect(alert).toHaveTextContent('The link is damaged or incomplete');
  expect(screen.getByRole('status')).toHaveTextContent('No ballot added.');
  expect(current()).toBe(before); // the very same object: nothing changed, not even updatedAt
  // The line stays in the box, to be fixed or removed.
  expect(screen.getByRole('textbox', { name: 'Ballot links' })).toHaveValue(tampered);
});

it('adds pasted links and files, counts a repeated ballot once, and names each refusal', async () => {
  const user = userEvent.setup();
  render(<BallotImport workshopId={workshop.id} />);
  const a = ballot(0);
  const b = ballot(4);
  const other = ballot(2, { ...workshop, id: 'another-workshop' });

  const box = screen.getByRole('textbox', { name: 'Ballot links' });
  await user.click(box);
  await user.paste([`#/ballot/${encodeBallotLink(a)}`, encodeBallotLink(a), `http://x.example/#/ballot/${encodeBallotLink(other)}`].join('\n'));
  await user.click(screen.getByRole('button', { name: 'Add ballots' }));
  expect(screen.getByRole('status')).toHaveTextContent('1 ballot added. 1 was already there and is not counted twice.');
  expect(screen.getByRole('alert')).toHaveTextContent(/Line 3: This ballot is for another workshop, not this one \(Collect net, /);
  expect(current().ballots.map((x) => x.id)).toEqual([a.id]);
  expect(current().ballots[0]!.source).toBe('link');

  const files = [
    new File([serializeBallot(b)], 'b.json', { type: 'application/json' }),
    new File([serializeBallot(a)], 'a-again.json', { type: 'application/json' }),
    new File(['{ not json'], 'broken.json', { type: 'application/json' }),
  ];
  // Dropped on the zone, as from a file manager.
  fireEvent.drop(screen.getByRole('button', { name: /Drop ballot files here/ }), { dataTransfer: { files, types: ['Files'] } });
  // The files are read asynchronously: wait for their outcome, not the paste's, which says the same words.
  await waitFor(() => expect(within(screen.getByRole('alert')).getByText('broken.json')).toBeInTheDocument());
  expect(screen.getByRole('status')).toHaveTextContent('1 ballot added.');
  expect(screen.getByRole('status')).toHaveTextContent('1 was already there');
  expect(screen.getByRole('alert')).toHaveTextContent('The file looks cut short or damaged');
  expect(current().ballots.map((x) => x.id)).toEqual([a.id, b.id]);
});

it('has one control for ballot files, the drop zone, and it opens the file picker', async () => {
  const user = userEvent.setup();
  const { container } = render(<BallotImport workshopId={workshop.id} />);
  expect(screen.getAllByRole('button', { name: /ballot files/i })).toHaveLength(1);
  // No second control of its own: the file input is out of the accessibility tree.
  expect(screen.queryByLabelText(/ballot files/i)).toBeNull();
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  expect(input.multiple).toBe(true);
  const open = vi.spyOn(input, 'click');
  await user.click(screen.getByRole('button', { name: /^Drop ballot files here/ }));
  expect(open).toHaveBeenCalledOnce();
});

it('the ballot link page adds a ballot to the workshop it belongs to, once', async () => {
  const user = userEvent.setup();
  const a = ballot(2);
  render(<BallotLinkPage code={encodeBallotLink(a)} />);
  await user.click(screen.getByRole('button', { name: 'Add this ballot to Collect net' }));
  expect(screen.getByRole('status')).toHaveTextContent('Added. The workshop now has 1 ballot.');
  expect(current().ballots).toHaveLength(1);
});

it('a tampered ballot link page says so and adds nothing', () => {
  const code = encodeBallotLink(ballot(2));
  render(<BallotLinkPage code={`${code.slice(0, -1)}${code.endsWith('a') ? 'b' : 'a'}`} />);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This ballot link does not work');
  expect(screen.getByRole('alert')).toHaveTextContent('damaged');
  expect(screen.queryByRole('button', { name: /Add this ballot/ })).not.toBeInTheDocument();
  expect(current().ballots).toHaveLength(0);
});
