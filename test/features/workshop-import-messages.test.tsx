// @vitest-environment jsdom
// Ballots and workshop files go through the same readers as assessments and deserve the same plain
// words: each message is read back from the screen and must name the question or the problem, with no
// validator glyphs (✖ →), JSON paths or library wording.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { createBallot } from '../../src/core/ballot';
import { encodeBallotLink, encodeInvitationLink } from '../../src/core/ballot-link';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { DEFAULT_RUBRIC_REF } from '../../src/core/default-rubric-ref';
import { invitationFor } from '../../src/core/workshop';
import type { Workshop } from '../../src/core/workshop';
import { serializeBallot, serializeWorkshop } from '../../src/core/workshop-file';
import { BallotImport } from '../../src/features/workshop/collect/ballot-import';
import BallotLinkPage from '../../src/features/workshop/collect/ballot-link-page';
import { ImportWorkshop } from '../../src/features/workshop/setup/import-workshop';
import JoinPage from '../../src/features/workshop/participant/join-page';
import { useAppStore } from '../../src/store/store';
import { expectPlain } from '../helpers/plain-words';
import { resetStore } from '../store/reset-store';

let workshop: Workshop;
const question = (p: number, i: number) => FIVE_PRINCIPLES.principles[p - 1]!.indicators[i - 1]!.question;

beforeEach(async () => {
  await resetStore();
  const id = useAppStore.getState().startWorkshop(DEFAULT_RUBRIC_REF, { networkName: 'Words net', facilitator: 'Jo', groups: ['Staff'] });
  workshop = useAppStore.getState().workshops[id]!;
});

/** The text of the alert a user reads, without the folded "Details"; checked for validator speak. */
function alertText(): string {
  const clone = screen.getByRole('alert').cloneNode(true) as HTMLElement;
  clone.querySelectorAll('details').forEach((d) => d.remove());
  const text = clone.textContent ?? '';
  expectPlain(text);
  return text;
}

const ballotWithLevel = (level: number) =>
  createBallot(invitationFor(workshop), { round: 1, source: 'device', group: 'Staff', participant: 'Ana', answers: { 'gen-education': { value: level as 4 } } });

it('a dropped ballot file with a level out of range names the question; a picture is named as one', async () => {
  render(<BallotImport workshopId={workshop.id} />);
  const files = [
    new File([serializeBallot(ballotWithLevel(6))], 'ana.json'),
    new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])], 'photo.json'),
  ];
  fireEvent.drop(screen.getByRole('button', { name: /Drop ballot files here/ }), { dataTransfer: { files, types: ['Files'] } });
  await waitFor(() => expect(within(screen.getByRole('alert')).getByText('photo.json')).toBeInTheDocument());
  const text = alertText();
  expect(text).toContain('ana.json');
  expect(text).toContain('The ballot in the file could not be read:');
  expect(text).toContain(`Question 3.3 “${question(3, 3)}” has the level 6; levels run from 0 to 4.`);
  expect(text).toContain('This is not a text file: it looks like a picture (PNG).');
  expect(useAppStore.getState().workshops[workshop.id]!.ballots).toEqual([]);
});

it('a pasted ballot link whose answer is out of range names the question', async () => {
  const user = userEvent.setup();
  render(<BallotImport workshopId={workshop.id} />);
  await user.click(screen.getByRole('textbox', { name: 'Ballot links' }));
  await user.paste(encodeBallotLink(ballotWithLevel(12)));
  await user.click(screen.getByRole('button', { name: 'Add ballots' }));
  const text = alertText();
  expect(text).toContain('The ballot in the link could not be read:');
  expect(text).toContain(`Question 3.3 “${question(3, 3)}” has the level 12; levels run from 0 to 4.`);
});

it('the ballot link page and the invitation page say what is wrong in plain words', () => {
  const view = render(<BallotLinkPage code={encodeBallotLink(ballotWithLevel(-2))} />);
  expect(alertText()).toContain(`Question 3.3 “${question(3, 3)}” has the level -2; levels run from 0 to 4.`);
  view.unmount();
  render(<JoinPage code={encodeInvitationLink({ ...invitationFor(workshop), date: 'next Tuesday' })} />);
  expect(alertText()).toContain('The date of the workshop, “next Tuesday”, is not a date Fivefold can read');
});

it('a workshop file with a damaged ballot and an unknown round names both in plain words', async () => {
  const user = userEvent.setup();
  render(<ImportWorkshop />);
  const broken = { ...workshop, currentRound: 3, ballots: [ballotWithLevel(8)] };
  await user.upload(screen.getByLabelText('Choose a workshop file'), new File([serializeWorkshop(broken as never)], 'workshop.json', { type: 'application/json' }));
  await waitFor(() => expect(screen.getByRole('alert')).toBeInTheDocument());
  const text = alertText();
  expect(text).toContain('Could not import “workshop.json”. Nothing was changed.');
  expect(text).toContain(`Ballot 1 (Ana): question 3.3 “${question(3, 3)}” has the level 8; levels run from 0 to 4.`);
  expect(text).toContain('The current round is 3; it can only be 1 or 2.');
});
