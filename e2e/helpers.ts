// Shared steps for the browser tests: the rubric as data, answering by role and label, and the
// scoring rules written out independently of the app's code, to check its numbers.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import rubricJson from '../rubrics/five-principles.json' with { type: 'json' };

export const rubric = rubricJson;

export type Choice = number | 'na' | 'dk';

export function radioName(indicator: (typeof rubric.principles)[number]['indicators'][number], choice: Choice) {
  if (choice === 'na') return 'Not applicable';
  if (choice === 'dk') return "Don't know";
  return indicator.levels[choice]!.label;
}

export async function answer(page: Page, question: string, name: string) {
  const group = page.getByRole('radiogroup', { name: question, exact: true });
  const radio =
    name === 'Not applicable' || name === "Don't know"
      ? group.getByRole('radio', { name, exact: true })
      : group.getByRole('radio', { name: new RegExp(`^${escapeRegExp(name)}`) });
  await radio.check();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rules from docs/scoring.md, written again here so the test does not trust the app's code. */
export function expectedScores(choices: Record<string, Choice>) {
  const principles = rubric.principles.map((p) => {
    const levels = p.indicators.map((i) => choices[i.id]).filter((c): c is number => typeof c === 'number');
    const enough = levels.length * 2 >= p.indicators.length && levels.length > 0;
    const score = enough ? (100 * levels.reduce((a, b) => a + b, 0)) / levels.length / 4 : null;
    return { title: p.title, score };
  });
  const scored = principles.map((p) => p.score).filter((s): s is number => s !== null);
  const overall = scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
  return { principles, overall };
}

export async function readResultsTable(page: Page) {
  const table = page.getByRole('table', { name: /Scores by principle/ });
  await expect(table).toBeVisible();
  const out: Record<string, string> = {};
  for (const p of rubric.principles) {
    const row = table.getByRole('row', { name: new RegExp(`^${escapeRegExp(p.title)}`) });
    out[p.title] = (await row.getByRole('cell').first().innerText()).trim();
  }
  const overallRow = table.getByRole('row', { name: /^Overall resilience index/ });
  out.overall = (await overallRow.getByRole('cell').first().innerText()).trim();
  return out;
}

/** Each assessment's own addresses (#/a/<id>/…), relative to the app, for page.goto. */
export const address = {
  step: (id: string, step: string) => `./#/a/${encodeURIComponent(id)}/step/${step}`,
  results: (id: string) => `./#/a/${encodeURIComponent(id)}/results`,
  report: (id: string) => `./#/a/${encodeURIComponent(id)}/report`,
};

/** The id of the assessment or workshop on screen, read from the address (#/a/<id>/… or #/w/<id>/…). */
export function idInAddress(url: string): string {
  const match = /#\/[aw]\/([^/]+)\//.exec(url);
  if (!match) throw new Error(`no assessment or workshop id in ${url}`);
  return decodeURIComponent(match[1]!);
}

/** Starts an assessment from the start page; returns its id, read from the first step's address. */
export async function startAssessment(page: Page, networkName: string, assessors: string): Promise<string> {
  // The start page by its own address: opening the bare app resumes the assessment last open.
  await page.goto('./#/');
  await page.getByLabel('Network name').fill(networkName);
  await page.getByLabel('Who is assessing').fill(assessors);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  // The principle's page, or on a phone its first question alone (one question at a time).
  const first = rubric.principles[0]!;
  const heading = new RegExp(`^(${escapeRegExp(first.title)}|${escapeRegExp(first.indicators[0]!.question)})$`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/a/[^/]+/step/${first.id}$`));
  return idInAddress(page.url());
}
