// Shared steps for the workshop tests: setting up a workshop, answering a whole ballot, and
// recording every request a browser context makes.
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { answer, escapeRegExp, rubric } from './helpers';
import type { Choice } from './helpers';

export function appOrigin(): string {
  return new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173/').origin;
}

export interface WorkshopSetup {
  networkName: string;
  facilitator: string;
  groups?: string[];
  /** The titles of the principles the session covers (a shorter session); all of them when absent. */
  principles?: string[];
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
  if (setup.principles) {
    const keep = new Set(setup.principles);
    const covered = page.getByRole('group', { name: 'Principles this session covers' });
    for (const p of rubric.principles) {
      const box = covered.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(p.title)} \\(`) });
      await box.setChecked(keep.has(p.title));
    }
  }
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collect' })).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toContain('#/join/i1.');
  return link;
}

/** The rubric's question with this text, with its principle's and its own place (counted from 0). */
function findQuestion(text: string) {
  for (const [pi, principle] of rubric.principles.entries()) {
    const ii = principle.indicators.findIndex((i) => text.endsWith(i.question));
    if (ii >= 0) return { pi, ii, indicator: principle.indicators[ii]!, principle };
  }
  throw new Error(`no question in the rubric reads “${text}”`);
}

/**
 * Answers a participant's ballot from its first question, one question per screen, then hands it
 * in. `choose` is asked for each question the session covers, by its principle's and its own place
 * in the rubric (counted from 0); questions of principles the session leaves out never come up.
 * A question whose id `notes` names gets that note too. Returns the ids of the questions asked, in order.
 */
export async function answerBallot(
  page: Page,
  choose: (principle: number, indicator: number) => Choice,
  notes: Record<string, string> = {},
): Promise<string[]> {
  const asked: string[] = [];
  const title = page.getByRole('heading', { level: 1 });
  await expect(page.getByText(/^Question 1 of \d+/)).toBeVisible();
  for (;;) {
    await expect(page.getByText(new RegExp(`^Question ${asked.length + 1} of \\d+`))).toBeVisible();
    const { pi, ii, indicator, principle } = findQuestion(await title.innerText());
    await expect(page.getByText(`· ${principle.title}`)).toBeVisible();
    const c = choose(pi, ii);
    await answer(page, indicator.question, c === 'na' ? 'Not applicable' : c === 'dk' ? "Don't know" : indicator.levels[c]!.label);
    const note = notes[indicator.id];
    if (note) await page.getByRole('textbox', { name: 'Note' }).fill(note);
    asked.push(indicator.id);
    const next = page.getByRole('button', { name: /^(Next|Check and hand in)$/ });
    const last = (await next.innerText()) === 'Check and hand in';
    await next.click();
    if (last) break;
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check and hand in' })).toBeVisible();
  await page.getByRole('button', { name: 'Hand in my answers' }).click();
  return asked;
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
