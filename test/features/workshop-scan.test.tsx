// @vitest-environment jsdom
// Collect: who has handed in (by every way of collecting, names or numbers), the number expected at
// set-up and on Collect, a pasted ballot code, and what the scanner says when the browser offers
// no camera or the camera is refused. (Scanning itself runs in real Chromium: e2e/scan.spec.ts.)
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createBallot } from '../../src/core/ballot';
import { encodeBallotCode } from '../../src/core/ballot-code';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { DEFAULT_RUBRIC_REF } from '../../src/core/default-rubric-ref';
import { invitationFor } from '../../src/core/workshop';
import type { Workshop } from '../../src/core/workshop';
import { CollectView } from '../../src/features/workshop/collect/collect-view';
import { SetupForm } from '../../src/features/workshop/setup/setup-form';
import { useAppStore } from '../../src/store/store';
import { resetStore } from '../store/reset-store';

let id: string;
const current = (): Workshop => useAppStore.getState().workshops[id]!;
const first = FIVE_PRINCIPLES.principles[0]!.indicators[0]!.id;

beforeEach(async () => {
  await resetStore();
  id = useAppStore.getState().startWorkshop(DEFAULT_RUBRIC_REF, { networkName: 'Scan net', facilitator: 'Jo', groups: ['Staff'] });
});

afterEach(() => vi.unstubAllGlobals());

function addBallot(participant: string | undefined, source: 'device' | 'link' | 'pass-device' = 'device') {
  const ballot = createBallot(invitationFor(current()), { round: 1, source, participant, answers: { [first]: { value: 2 } } });
  useAppStore.getState().updateWorkshop(id, (w) => ({ ...w, ballots: [...w.ballots, ballot] }));
  return ballot;
}

it('the roster counts every ballot and show of hands, with names or numbers, against the number expected', async () => {
  const user = userEvent.setup();
  const view = render(<CollectView workshop={current()} />);
  const count = () => document.querySelector('.roster .participant-count')!.textContent;
  expect(count()).toBe('0 handed in');
  expect(screen.getByText(/No ballots yet/)).toBeInTheDocument();

  addBallot('Ana');
  addBallot(undefined, 'link');
  useAppStore.getState().updateWorkshop(id, (w) => ({
    ...w,
    tallies: [{ workshopId: id, round: 1, indicatorId: first, counts: [0, 1, 1, 0, 0], notApplicable: 0, dontKnow: 0 }],
  }));
  view.rerender(<CollectView workshop={current()} />);
  expect(count()).toBe('4 handed in');
  const names = within(screen.getByRole('list', { name: 'Ballots handed in' })).getAllByRole('listitem').map((li) => li.textContent);
  expect(names).toEqual(['Ana', 'Participant 2', '2 more people counted by show of hands']);

  // The number expected, changed as people arrive; nonsense is refused with a message.
  await user.click(screen.getByText('Change the number expected'));
  const field = screen.getByRole('spinbutton', { name: 'Expected participants' });
  await user.type(field, '0');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(screen.getByText('Enter a whole number from 1 to 1000, or leave it empty.')).toBeInTheDocument();
  expect(current().expectedParticipants).toBeUndefined();
  await user.clear(field);
  await user.type(field, '12');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  view.rerender(<CollectView workshop={current()} />);
  expect(count()).toBe('4 of 12 handed in');
});

it('an anonymous workshop lists numbers, never names', () => {
  useAppStore.getState().updateWorkshop(id, (w) => ({ ...w, anonymous: true }));
  addBallot(undefined);
  addBallot(undefined, 'pass-device');
  render(<CollectView workshop={current()} />);
  const names = within(screen.getByRole('list', { name: 'Ballots handed in' })).getAllByRole('listitem').map((li) => li.textContent);
  expect(names).toEqual(['Participant 1', 'Participant 2']);
});

it('set-up takes the number expected, optional', async () => {
  const user = userEvent.setup();
  render(<SetupForm />);
  await user.type(screen.getByRole('textbox', { name: 'Network name' }), 'Expected net');
  await user.type(screen.getByRole('spinbutton', { name: 'Expected participants' }), '12');
  await user.click(screen.getByRole('button', { name: 'Start the workshop' }));
  const made = Object.values(useAppStore.getState().workshops).find((w) => w.networkName === 'Expected net')!;
  expect(made.expectedParticipants).toBe(12);
});

it('a ballot code pasted as text (read by a phone’s camera app) is added like a link', async () => {
  const user = userEvent.setup();
  render(<CollectView workshop={current()} />);
  const ballot = createBallot(invitationFor(current()), { round: 1, source: 'device', participant: 'Kofi', answers: { [first]: { value: 3 } } });
  const code = encodeBallotCode(ballot, invitationFor(current()), FIVE_PRINCIPLES)!.text;
  await user.type(screen.getByRole('textbox', { name: 'Ballot links' }), code);
  await user.click(screen.getByRole('button', { name: 'Add ballots' }));
  expect(screen.getByText('1 ballot added.')).toBeInTheDocument();
  expect(current().ballots).toMatchObject([{ id: ballot.id, participant: 'Kofi', source: 'qr', answers: { [first]: { value: 3 } } }]);
});

it('on a plain-http page at a network address, says at once that the camera cannot work here, where it does, and that every other way still works', () => {
  vi.stubGlobal('isSecureContext', false);
  Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
  render(<CollectView workshop={current()} />);
  const card = screen.getByRole('region', { name: 'Scan ballots' });
  expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  expect(card).toHaveTextContent('The camera cannot be used at this address.');
  expect(card).toHaveTextContent(`this page is at ${window.location.origin}`);
  expect(card).toHaveTextContent(`open http://localhost${window.location.port ? `:${window.location.port}` : ''}/ on the laptop that serves the app`);
  expect(card).toHaveTextContent('Links, files, passing this device round and counting hands all still work');
  expect(screen.getByRole('textbox', { name: 'Ballot links' })).toBeEnabled();
});

it('where the browser offers no camera on a secure page, says so when asked to scan', async () => {
  const user = userEvent.setup();
  Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
  render(<CollectView workshop={current()} />);
  await user.click(screen.getByRole('button', { name: 'Scan ballots with the camera' }));
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('This browser offers no camera to web pages.');
  expect(alert).toHaveTextContent('Links, files, passing this device round and counting hands all still work');
});

it('with the camera refused, says so, stops, and gives the button back', async () => {
  const user = userEvent.setup();
  const getUserMedia = vi.fn().mockRejectedValue(new DOMException('Permission denied', 'NotAllowedError'));
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  // jsdom has no workers; a stand-in that is never asked anything.
  vi.stubGlobal('Worker', class {
    addEventListener() {}
    postMessage() {}
    terminate() {}
  });
  render(<CollectView workshop={current()} />);
  await user.click(screen.getByRole('button', { name: 'Scan ballots with the camera' }));
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The camera was not allowed.'));
  expect(getUserMedia).toHaveBeenCalledWith(expect.objectContaining({ video: expect.objectContaining({ facingMode: { ideal: 'environment' } }) }));
  expect(screen.getByRole('button', { name: 'Scan ballots with the camera' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Stop camera' })).not.toBeInTheDocument();
});
