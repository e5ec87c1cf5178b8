// After one visit the app works with the network off: reload, answer everything, get the results,
// and export the PDF and JSON files, all offline.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { answer, rubric, startAssessment } from './helpers';

test('works offline after the first visit: questionnaire, results, PDF and JSON', async ({ page, context }) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /How resilient is your co-operative network/ })).toBeVisible();

  await startAssessment(page, 'Offline Co-op Network', 'On the train');
  for (const principle of rubric.principles) {
    for (const indicator of principle.indicators) await answer(page, indicator.question, indicator.levels[3]!.label);
    await page.getByRole('link', { name: /^Next:/ }).click();
  }
  await page.getByRole('link', { name: 'See the results' }).click();
  const table = page.getByRole('table', { name: /Scores by principle/ });
  await expect(table.getByRole('row', { name: /^Overall resilience index/ })).toContainText('75');

  const pdfPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF report' }).click();
  const pdf = await pdfPromise;
  const pdfPath = test.info().outputPath('offline.pdf');
  await pdf.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');

  const jsonPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as a file (JSON)' }).click();
  const json = await jsonPromise;
  const jsonPath = test.info().outputPath('offline.json');
  await json.saveAs(jsonPath);
  expect(JSON.parse(readFileSync(jsonPath, 'utf8')).assessment.networkName).toBe('Offline Co-op Network');
});
