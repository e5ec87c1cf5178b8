// @vitest-environment jsdom
// The damaged-data notice, as it appears after the browser's save is loaded: saved records that fail
// validation are set aside and the notice says, in plain words, which one and what is wrong, with no
// validator glyphs or JSON paths; with several notices, each download button has its own name.
import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { createAssessment } from '../../src/core/assessment';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { StorageNotices } from '../../src/components/storage-notices';
import { createIdbStorage, LEGACY_KEY, pendingWrites } from '../../src/store/idb-storage';
import { describeSaveError } from '../../src/store/persist-options';
import { useAppStore } from '../../src/store/store';
import { expectPlain } from '../helpers/plain-words';
import { resetMemory, resetStore } from '../store/reset-store';

beforeEach(resetStore);

/** Saves records as another version or a damaged disk might have left them, then loads the save. */
async function loadSaveHolding(records: Record<string, unknown>) {
  const storage = createIdbStorage({ onSaveResult: () => {}, readLegacy: () => null, describeError: describeSaveError });
  await storage.setItem('fivefold:state', {
    version: 2,
    state: { assessments: records as never, workshops: {}, networks: {}, lastAssessmentId: null, lastWorkshopId: null, networkMaps: {} },
  });
  await pendingWrites();
  resetMemory();
  await useAppStore.persist.rehydrate();
}

const assessment = (id: string, networkName: unknown) => ({ ...createAssessment(FIVE_PRINCIPLES, { networkName: 'x', assessors: 'Ana' }), id, networkName });

/** What a user reads in one notice: everything but the folded "Details". */
function visibleText(element: HTMLElement): string {
  const clone = element.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('details').forEach((d) => d.remove());
  const text = clone.textContent ?? '';
  expectPlain(text);
  expect(text).not.toContain('Invalid input');
  return text;
}

it('says in plain words which saved record could not be read and why, naming the question', async () => {
  const broken = { ...assessment('a2', 'Coopérative du Québec'), answers: { 'inst-federation': { value: 9 } } };
  await loadSaveHolding({ a2: broken });
  render(<StorageNotices />);
  const alert = screen.getByRole('alert');
  const question = FIVE_PRINCIPLES.principles[0]!.indicators[2]!.question;
  // The question's number and text come from the rubric, which loads after the first screen.
  await waitFor(() => expect(alert).toHaveTextContent(`Question 1.3 “${question}” has the level 9; levels run from 0 to 4.`));
  const text = visibleText(alert);
  expect(text).toContain('Some saved data could not be opened.');
  expect(text).toContain('The saved assessment “Coopérative du Québec” could not be read:');
  expect(text).toContain('Fivefold has kept it aside, unchanged, and opened everything else.');
  expect(within(alert).getByText('Details').closest('details')).toHaveTextContent('answers["inst-federation"].value');
});

it('a network name that is not text: "the network name is not text", and two notices have two distinct download buttons', async () => {
  await loadSaveHolding({ a1: assessment('a1', 42), a2: { ...assessment('a2', 'Mondragón'), createdAt: 'yesterday' } });
  render(<StorageNotices />);
  const alerts = screen.getAllByRole('alert');
  expect(alerts).toHaveLength(2);
  // The words of a problem load when there is one to tell.
  await waitFor(() => alerts.forEach((a) => expect(a).toHaveTextContent('could not be read')));
  const [first, second] = alerts.map(visibleText);
  expect(first).toContain('A saved assessment could not be read:');
  expect(first).toContain('The network name is not text (it is a number).');
  expect(second).toContain('The saved assessment “Mondragón” could not be read:');
  expect(second).toContain('The date it was started, “yesterday”, is not a date and time Fivefold can read.');

  const buttons = screen.getAllByRole('button', { name: /^Download the unreadable data/ });
  expect(buttons.map((b) => b.textContent)).toEqual(['Download the unreadable data', 'Download the unreadable data']);
  expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
    'Download the unreadable data of saved item 1',
    'Download the unreadable data of “Mondragón”',
  ]);
  expect(screen.getByRole('button', { name: 'Download the unreadable data of “Mondragón”' })).toBe(buttons[1]);
});

it('a whole save that is damaged says so in plain words', async () => {
  localStorage.setItem(LEGACY_KEY, '{"state": {"assess');
  await useAppStore.persist.rehydrate();
  render(<StorageNotices />);
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The saved data is damaged'));
  const text = visibleText(screen.getByRole('alert'));
  expect(text).toContain('The saved data is damaged: it is not in a form Fivefold can read.');
  expect(screen.getByRole('button', { name: 'Download the unreadable data of saved item 1' })).toBeInTheDocument();
});

it('a save from a newer version says how to proceed', async () => {
  const storage = createIdbStorage({ onSaveResult: () => {}, readLegacy: () => null, describeError: describeSaveError });
  await storage.setItem('fivefold:state', { version: 99, state: { assessments: {}, workshops: {}, networks: {}, lastAssessmentId: null, lastWorkshopId: null, networkMaps: {} } });
  resetMemory();
  await useAppStore.persist.rehydrate();
  render(<StorageNotices />);
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('newer version'));
  expect(visibleText(screen.getByRole('alert'))).toContain('It was saved by a newer version of Fivefold. Reload this page while you are online to update Fivefold');
});
