// From a score to a decision, as a board would use it: answer, build an action plan (two actions from
// the recommendations, one of our own, each with an owner and a due date), export the PDF and read it
// back; then re-assess the same network, review last time's actions, and see the change since last
// time on the results and in the new PDF.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import { answer, escapeRegExp, expectedScores, rubric, startAssessment } from './helpers';
import type { Choice } from './helpers';

const NETWORK = 'Réseau Coopératif de l’Estrie';
const FIRST_DAY = '2026-03-12';

/** Every question answered; `level` picks each one's level. Notes say which assessment they belong to. */
async function answerAll(page: Page, level: (pi: number, ii: number) => number, noteTag: string) {
  const choices: Record<string, Choice> = {};
  for (const [pi, principle] of rubric.principles.entries()) {
    for (const [ii, indicator] of principle.indicators.entries()) {
      const l = level(pi, ii);
      choices[indicator.id] = l;
      await answer(page, indicator.question, indicator.levels[l]!.label);
    }
    await page.getByRole('textbox', { name: 'Note' }).last().fill(`${noteTag} note on ${principle.shortTitle}`);
    await page.getByRole('link', { name: /^Next:/ }).click();
  }
  await page.getByRole('link', { name: 'See the results' }).click();
  return choices;
}

async function pdfText(page: Page, name: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF report' }).click();
  const download: Download = await downloading;
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

// The due dates as the report prints them (en-GB short months; "Sept" or "Sep" by ICU version).
const DUE = [/30 Jun 2026/, /15 Sept? 2026/, /1 Dec 2026/];
const count = (text: string, part: string) => text.split(part).length - 1;
const longDay = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

test('a plan with owners and dates reaches the PDF, and the next assessment reviews it and shows the change', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await startAssessment(page, NETWORK, 'Ana Núñez');
  // Paper assessment from March: its date is set on the first screen.
  await page.getByLabel('Assessment date').fill(FIRST_DAY);
  const before = await answerAll(page, (pi, ii) => (pi + ii) % 3, 'First');
  await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();

  // Two actions from the weakest principle's recommendations, one of our own.
  const priorities = page.getByRole('region', { name: 'Your priorities' });
  const adds = priorities.getByRole('button', { name: /^Add to plan/ });
  const firstRec = ((await adds.nth(0).getAttribute('aria-label')) ?? '').replace(/^Add to plan: /, '');
  const secondRec = ((await adds.nth(1).getAttribute('aria-label')) ?? '').replace(/^Add to plan: /, '');
  // Once in the plan a recommendation says so instead of offering its button: click each by its name.
  await priorities.getByRole('button', { name: `Add to plan: ${firstRec}`, exact: true }).click();
  await priorities.getByRole('button', { name: `Add to plan: ${secondRec}`, exact: true }).click();
  const plan = page.getByRole('region', { name: 'Action plan' });
  await plan.getByRole('button', { name: 'Add action' }).click();
  const own = 'Ask Caisse Desjardins for a joint credit line';
  const rows = [
    { text: firstRec, owner: 'Marie-Ève Gagnon', due: '2026-06-30' },
    { text: secondRec, owner: 'Coop Boulangerie Ste-Foy', due: '2026-09-15' },
    { text: own, owner: 'Luc Côté', due: '2026-12-01' },
  ];
  for (const [i, row] of rows.entries()) {
    const item = plan.getByRole('group', { name: new RegExp(`^Action ${i + 1} of 3`) });
    if (i === 2) await item.getByLabel('Action', { exact: true }).fill(row.text);
    else await expect(item.getByLabel('Action', { exact: true })).toHaveValue(row.text);
    await item.getByLabel('Owner', { exact: true }).fill(row.owner);
    await item.getByLabel('Due date', { exact: true }).fill(row.due);
  }
  await plan.getByRole('group', { name: /^Action 3 of 3/ }).getByLabel('Status', { exact: true }).selectOption({ label: 'In progress' });

  const first = await pdfText(page, 'first.pdf');
  expect(first).toContain('Summary');
  expect(first.indexOf('Summary')).toBeLessThan(first.indexOf('Action plan'));
  expect(first).toContain('Action plan');
  // The plan's table: its cells wrap, so pdftotext reads a row's words between other columns' words;
  // each action's words, its owner's and its due date are in the section, in the table's order.
  const table = first.slice(first.indexOf('Action plan'), first.indexOf('Priorities, weakest principle first'));
  for (const [i, row] of rows.entries()) {
    const at = table.indexOf(`${i + 1} ${row.text.split(' ')[0]}`);
    expect(at, row.text).toBeGreaterThan(0);
    for (const word of `${row.text} ${row.owner}`.split(' ')) expect(table.slice(at), word).toContain(word);
    expect(table.slice(at)).toMatch(DUE[i]!);
  }
  expect(first).toContain('In progress');
  // Nothing printed twice: each question and each note appears once.
  for (const [pi, principle] of rubric.principles.entries()) {
    expect(count(first, `First note on ${principle.shortTitle}`), principle.shortTitle).toBe(1);
    for (const [ii, indicator] of principle.indicators.entries()) {
      expect(count(first, `${pi + 1}.${ii + 1} ${indicator.question}`), indicator.question).toBe(1);
    }
  }

  // Re-assess the same network from the library.
  await page.goto('./#/');
  await page.getByLabel(`More actions for ${NETWORK}`).first().click();
  await page.getByRole('button', { name: 'Re-assess' }).click();
  await page.getByRole('button', { name: 'Start blank' }).click();
  const review = page.getByRole('region', { name: 'Last time’s actions' });
  await expect(review).toBeVisible();
  await expect(page.getByText(new RegExp(`This is a new assessment of ${escapeRegExp(NETWORK)}`))).toBeVisible();
  for (const row of rows) await expect(review.getByText(row.text, { exact: true })).toBeVisible();
  await review.getByRole('radiogroup', { name: `What happened to “${own}”?` }).getByRole('radio', { name: 'Done' }).check();
  await expect(review.getByRole('radiogroup', { name: `What happened to “${own}”?` }).getByRole('radio', { name: 'Done' })).toBeChecked();

  // Different answers: one level higher where possible.
  const after = await answerAll(page, (pi, ii) => Math.min(4, ((pi + ii) % 3) + 1 + (pi === 3 ? 1 : 0)), 'Second');
  const [then, now] = [expectedScores(before), expectedScores(after)];
  const lines = rubric.principles.map((p, i) => `${p.title} rose from ${Math.round(then.principles[i]!.score!)} to ${Math.round(now.principles[i]!.score!)}`);
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('heading', { name: `Change since ${longDay(FIRST_DAY)}` })).toBeVisible();
  for (const line of lines) await expect(summary.getByText(line, { exact: true })).toBeVisible();
  // The two open actions were carried into the new plan; the one done was not.
  const newPlan = page.getByRole('region', { name: 'Action plan' });
  await expect(newPlan.getByRole('group', { name: /^Action \d of 2/ })).toHaveCount(2);

  const second = await pdfText(page, 'second.pdf');
  expect(second).toContain(`Change since ${longDay(FIRST_DAY)}`);
  for (const line of lines) expect(second).toContain(line);
  expect(second).toContain('Action plan');
  expect(second).toContain(rows[0]!.owner);
});
