// The board report from the results screen: the PDF is made in the browser, downloaded, and read
// back with pdftotext; CSV and Markdown download too; the print view shows every principle.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { answer, rubric, startAssessment } from './helpers';

const NETWORK = 'Łódź Spółdzielnia — Coopérative du Québec';

async function answerAll(page: Page) {
  for (const [pi, principle] of rubric.principles.entries()) {
    for (const [ii, indicator] of principle.indicators.entries()) {
      await answer(page, indicator.question, indicator.levels[(pi + ii) % 5]!.label);
    }
    await page.getByRole('textbox', { name: 'Note' }).first().fill(`Note for ${principle.shortTitle}: Mondragón, Ærø`);
    await page.getByRole('link', { name: /^Next:/ }).click();
  }
  await page.getByRole('link', { name: 'See the results' }).click();
}

test('Download PDF report gives a real PDF with the network, scores and notes', async ({ page }) => {
  await startAssessment(page, NETWORK, 'Ana Núñez');
  await answerAll(page);
  await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF report' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const path = test.info().outputPath('report.pdf');
  await download.saveAs(path);

  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pages).toBeGreaterThanOrEqual(9);
  expect(pages).toBeLessThanOrEqual(20);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(NETWORK);
  for (const p of rubric.principles) expect(text).toContain(p.title);
  expect(text).toContain('Note for Diversity: Mondragón, Ærø');
  expect(text).toContain(`page ${pages} of ${pages}`);
});

test('CSV and Markdown downloads, and a print view with every principle', async ({ page }) => {
  await startAssessment(page, NETWORK, 'Ana Núñez');
  await answerAll(page);

  const csvPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await csvPromise;
  const csvPath = test.info().outputPath('report.csv');
  await csv.saveAs(csvPath);
  const csvText = readFileSync(csvPath, 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  expect(csvText).toContain('Note for Diversity: Mondragón, Ærø');

  const mdPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  const md = await mdPromise;
  const mdPath = test.info().outputPath('report.md');
  await md.saveAs(mdPath);
  expect(readFileSync(mdPath, 'utf8')).toContain(`# Network self-assessment: ${NETWORK}`);

  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
  for (const p of rubric.principles) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(p.title) })).toBeVisible();
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
});
