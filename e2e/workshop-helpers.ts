// Shared steps for the workshop tests: setting up a workshop, answering a whole ballot, and
// recording every request a browser context makes.
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { answer, rubric } from './helpers';
import type { Choice } from './helpers';

export function appOrigin(): string {
  return new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173/').origin;
}

export interface WorkshopSetup {
  networkName: string;
  facilitator: string;
  groups?: string[];
}

/** Sets up a workshop from the empty workshop screen; returns the invitation link shown on Collect. */
export async function setUpWorkshop(page: Page, setup: WorkshopSetup): Promise<string> {
  await page.goto('./#/w/new');
  await page.getByRole('textbox', { name: 'Network name' }).fill(setup.networkName);
  await page.getByRole('textbox', { name: 'Facilitator' }).fill(setup.facilitator);
  for (const [i, group] of (setup.groups ?? []).entries()) {
    await page.getByRole('button', { name: 'Add a group' }).click();
    await page.getByRole('textbox', { name: `Group ${i + 1}`, exact: true }).fill(group);
  }
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collect' })).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toContain('#/join/i1.');
  return link;
}

/** Answers every indicator, one principle per screen, with a note where `notes` has one, then hands the ballot in. */
export async function answerBallot(page: Page, choose: (principle: number, indicator: number) => Choice, notes: Record<string, string> = {}) {
  for (const [pi, principle] of rubric.principles.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: principle.title })).toBeVisible();
    for (const [ii, indicator] of principle.indicators.entries()) {
      const c = choose(pi, ii);
      await answer(page, indicator.question, c === 'na' ? 'Not applicable' : c === 'dk' ? "Don't know" : indicator.levels[c]!.label);
      const note = notes[indicator.id];
      if (note) await page.getByRole('region', { name: indicator.question, exact: true }).getByRole('textbox', { name: 'Note' }).fill(note);
    }
    const next = pi < rubric.principles.length - 1;
    await page.getByRole('button', { name: next ? /^Next:/ : 'Hand in my answers' }).click();
  }
}

export interface SeenRequest {
  url: string;
  kind: string;
}

/** Every request of the context, its service worker's included, and every WebSocket. */
export function recordRequests(context: BrowserContext): SeenRequest[] {
  const seen: SeenRequest[] = [];
  context.on('request', (r) => seen.push({ url: r.url(), kind: r.serviceWorker() ? `service worker ${r.resourceType()}` : r.resourceType() }));
  context.on('page', (p) => p.on('websocket', (ws) => seen.push({ url: ws.url(), kind: 'websocket' })));
  return seen;
}

export function offOrigin(seen: SeenRequest[], origin: string): SeenRequest[] {
  return seen.filter((s) => {
    const u = new URL(s.url);
    return u.protocol !== 'data:' && u.origin !== origin;
  });
}

/** Waits until the service worker controls the page, so the app opens with the network off. */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}
