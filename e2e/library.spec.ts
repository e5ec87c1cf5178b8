// The library over time: two assessments of one network compared in the trend view; a full backup
// survives wiping the device; a delete can be undone; two tabs editing one assessment lose nothing.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { answer, expectedScores, rubric, startAssessment } from './helpers';
import { setUpWorkshop } from './workshop-helpers';
import type { Choice } from './helpers';

const NETWORK = 'Halifax Co-op Network';

async function answerEverything(page: Page, level: (pi: number, ii: number) => number) {
  const sheet: Record<string, Choice> = {};
  for (const [pi, principle] of rubric.principles.entries()) {
    for (const [ii, indicator] of principle.indicators.entries()) {
      const l = level(pi, ii);
      sheet[indicator.id] = l;
      await answer(page, indicator.question, indicator.levels[l]!.label);
    }
    await page.getByRole('link', { name: /^Next:/ }).click();
  }
  return sheet;
}

test('two assessments of one network show in the trend view with the right scores', async ({ page }) => {
  await startAssessment(page, NETWORK, 'Board, spring');
  const first = await answerEverything(page, (pi) => pi % 5);
  await page.getByRole('link', { name: 'Fivefold' }).click();
  await startAssessment(page, NETWORK, 'Board, autumn');
  const second = await answerEverything(page, (pi, ii) => (pi + ii) % 5);
  await page.getByRole('link', { name: 'Fivefold' }).click();

  await page.getByRole('link', { name: `Compare the 2 assessments of ${NETWORK} over time` }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
  const table = page.getByRole('table', { name: 'Scores by principle at each assessment' });
  for (const [k, sheet] of [first, second].entries()) {
    const expected = expectedScores(sheet);
    for (const p of expected.principles) {
      const cells = table.getByRole('row', { name: new RegExp(`^${p.title}`) }).getByRole('cell');
      await expect(cells.nth(k)).toHaveText(String(Math.round(p.score!)));
    }
    const overall = table.getByRole('row', { name: /^Overall resilience index/ }).getByRole('cell');
    await expect(overall.nth(k)).toHaveText(String(Math.round(expected.overall!)));
  }
  // Question by question: the first indicator went from level 0 to level 0 (no change), 1.2 from 0 to 1.
  const changes = page.getByRole('table', { name: /Level chosen at each assessment/ });
  await expect(changes.getByRole('row', { name: /^1\.2 / }).getByRole('cell').nth(1)).toHaveText('1 ↑ (up 1)');
});

test('export everything, wipe the device, restore: everything comes back identically', async ({ page }) => {
  await startAssessment(page, 'Łódź Spółdzielnia', 'Ana');
  await answerEverything(page, (pi, ii) => (pi * 2 + ii) % 5);
  await page.getByRole('link', { name: 'Fivefold' }).click();
  await startAssessment(page, 'Mondragón', 'Jon');
  const q = rubric.principles[0]!.indicators[0]!;
  await answer(page, q.question, q.levels[4]!.label);
  await page.getByRole('textbox', { name: 'Note' }).first().fill('Ærø — "quoted", with commas');
  await page.getByRole('link', { name: 'Fivefold' }).click();

  const exportEverything = async (name: string) => {
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export everything' }).click();
    const path = test.info().outputPath(name);
    await (await downloadPromise).saveAs(path);
    return { path, backup: JSON.parse(readFileSync(path, 'utf8')) };
  };
  const { path: backupPath, backup } = await exportEverything('backup.json');
  expect(backup.type).toBe('fivefold/backup');
  expect(backup.assessments).toHaveLength(2);

  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'has been deleted' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your assessments' })).toHaveCount(0);

  await page.getByLabel('Choose a file to import').setInputFiles(backupPath);
  await expect(page.getByText('Backup restored: 2 added.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Continue Mondragón' })).toBeVisible();
  // Exported again, the restored data is the same record for record.
  const { backup: again } = await exportEverything('again.json');
  const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(again.assessments)).toEqual(byId(backup.assessments));
  await page.getByRole('link', { name: 'Continue Mondragón' }).click();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Institutionalization/ }).click();
  await expect(page.getByRole('textbox', { name: 'Note' }).first()).toHaveValue('Ærø — "quoted", with commas');
});

test('a deleted assessment can be brought back with Undo', async ({ page }) => {
  await startAssessment(page, 'Undo Co-op', 'Jo');
  await page.getByRole('link', { name: 'Fivefold' }).click();
  await page.getByLabel('More actions for Undo Co-op').click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Deleted “Undo Co-op”.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Continue Undo Co-op' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Continue Undo Co-op' })).toBeVisible();
});

test('two tabs editing one assessment do not lose an answer', async ({ context }) => {
  const tabA = await context.newPage();
  await startAssessment(tabA, 'Two Tabs Co-op', 'Jo');
  const tabB = await context.newPage();
  await tabB.goto('./#/');
  await tabB.getByRole('link', { name: 'Continue Two Tabs Co-op' }).click();

  const [q1, q2] = rubric.principles[0]!.indicators;
  await answer(tabA, q1!.question, q1!.levels[2]!.label);
  // Tab B hears of A's save and shows it before B answers the next question.
  await expect(
    tabB.getByRole('radiogroup', { name: q1!.question, exact: true }).getByRole('radio', { checked: true }),
  ).toHaveCount(1);
  await answer(tabB, q2!.question, q2!.levels[4]!.label);
  await expect(
    tabA.getByRole('radiogroup', { name: q2!.question, exact: true }).getByRole('radio', { checked: true }),
  ).toHaveCount(1);

  for (const tab of [tabA, tabB]) {
    await tab.reload();
    for (const [q, level] of [[q1!, 2], [q2!, 4]] as const) {
      await expect(
        tab.getByRole('radiogroup', { name: q.question, exact: true }).getByRole('radio', { checked: true }),
      ).toHaveAccessibleName(new RegExp(`^${q.levels[level]!.label}`));
    }
  }
});

test('a workshop in the library can be renamed, and deleted with Undo', async ({ page }) => {
  await setUpWorkshop(page, { networkName: 'Workshop Co-op', facilitator: 'Amina', groups: [] });
  await page.getByRole('link', { name: 'Fivefold' }).click();
  await page.getByLabel('More actions for Workshop Co-op').click();
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New network name').fill('Coopérative Atelier');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Open the workshop Coopérative Atelier' })).toBeVisible();

  await page.getByLabel('More actions for Coopérative Atelier').click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Deleted “Coopérative Atelier”.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Open the workshop Coopérative Atelier' })).toBeVisible();
});
