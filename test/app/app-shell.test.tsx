// @vitest-environment jsdom
// The app shell reads the screen from the address: an id this device lacks gets a calm screen and
// title, an old address is replaced by the new one of what was last opened, and the tab's title
// and the header name the assessment on screen.
import { act, render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { useAppStore } from '../../src/store/store';
import { resetStore } from '../store/reset-store';

beforeEach(async () => {
  await resetStore();
  window.location.hash = '#/';
});

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

it('shows a plain "not on this device" screen for an id this device does not have, "constructor" included', async () => {
  render(<App />);
  for (const hash of ['#/a/no-such-id/results', '#/a/constructor/step/diversity', '#/a/__proto__/report']) {
    await go(hash);
    expect(await screen.findByRole('heading', { level: 1, name: 'This assessment is not on this device' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '#/');
    expect(document.title).toBe('Not on this device · Fivefold');
  }
  await go('#/w/nope/tally');
  expect(await screen.findByRole('heading', { level: 1, name: 'This workshop is not on this device' })).toBeInTheDocument();
});

it('replaces an old address with the new one of the assessment last opened, and names it in the title and header', async () => {
  const id = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Ærø Andelsnet', assessors: '' });
  const before = window.history.length;
  render(<App />);
  await go('#/results');
  expect(window.location.hash).toBe(`#/a/${id}/results`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Ærø Andelsnet' }, { timeout: 5000 })).toBeInTheDocument();
  expect(document.title).toBe('Results — Ærø Andelsnet · Fivefold');
  expect(document.querySelector('.app-header')).toHaveTextContent('Ærø Andelsnet');
  // One entry for #/results, replaced in place: not two.
  expect(window.history.length).toBe(before + 1);
});
