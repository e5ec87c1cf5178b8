// Opening a large file (a 500-ballot workshop) reads it in a Web Worker, off the page's thread, and
// the workshop opens whole: the page stays responsive while a facilitator's big file is read.
import { expect, test } from '@playwright/test';
import { runnerImport } from 'vite';
import type * as Fixtures from '../test/fixtures/large-workshop';
import type * as WorkshopFiles from '../src/core/workshop-file';

/** A workshop file with `n` ballots, written by the app's own code (loaded through Vite, as the bench does). */
async function workshopFile(n: number): Promise<string> {
  const [{ module: fixtures }, { module: files }] = await Promise.all([
    runnerImport<typeof Fixtures>('/test/fixtures/large-workshop.ts'),
    runnerImport<typeof WorkshopFiles>('/src/core/workshop-file.ts'),
  ]);
  return files.serializeWorkshop(fixtures.largeWorkshop(n));
}

test('a 500-ballot workshop file is read by a worker and opens with every ballot', async ({ page }) => {
  await page.goto('./#/');
  const file = await workshopFile(500);
  const worker = page.waitForEvent('worker');
  await page.getByLabel('Choose a file to import').setInputFiles({
    name: 'big-workshop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  expect((await worker).url()).toMatch(/parse-file\.worker/);
  await page.locator('.notice').getByRole('link', { name: 'Open the workshop' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/500 ballots?|500 people|500 participants/).first()).toBeVisible();
});

test('a broken workshop file read by the worker still gets its plain message', async ({ page }) => {
  await page.goto('./#/');
  const text = (await workshopFile(3)).replace('"workshop":', '"workshop": 7, "was":');
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('alert')).toContainText('Could not import “broken.json”. Nothing was changed.');
});
