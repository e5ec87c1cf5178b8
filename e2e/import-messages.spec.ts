// Messages about files chosen in the browser and data saved in it, read as a user sees them (the
// rendered text, without the folded-away "Details"): each names the question or the problem in plain
// words, with no validator glyphs (✖ →), JSON paths or library wording.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { rubric, startAssessment } from './helpers';

const VALIDATOR_SPEAK = [/✖/, /→/, /\w+\[".*"\]/, /\.value\b/, /Invalid input/i, /expected \w+, received/i, /schemaVersion|networkName/];

/** The rendered text of a message, checked for validator speak (quoted file content aside). */
async function plainText(message: Locator): Promise<string> {
  const text = await message.innerText();
  const ours = text.replace(/“[^”]*”/g, '“…”');
  for (const pattern of VALIDATOR_SPEAK) expect(ours, `${text} matches ${pattern}`).not.toMatch(pattern);
  return text;
}

async function choose(page: Page, name: string, buffer: Buffer, mimeType = 'application/octet-stream') {
  await page.getByLabel('Choose a file to import').setInputFiles({ name, mimeType, buffer });
}

/** A file as the app exports it, with one assessment in it, for tests to spoil. */
function assessmentFile(answers: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const now = new Date().toISOString();
  const ref = { id: rubric.id, version: rubric.version };
  const assessment = { id: 'e2e-1', kind: 'solo', networkName: 'Ærø Andelsnet', assessors: 'Ida', createdAt: now, updatedAt: now, rubric: ref, answers, stageId: null, outcomes: {}, ...extra };
  return { type: 'fivefold/assessment', schemaVersion: 1, rubric: ref, exportedAt: now, assessment };
}
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

test.beforeEach(async ({ page }) => {
  await page.goto('./#/');
});

test('a picture, a PDF or a Word file chosen by mistake is named as not a text file', async ({ page }) => {
  const alert = page.getByRole('alert');
  await choose(page, 'icon-192.png', readFileSync('public/icon-192.png'), 'image/png');
  await expect(alert).toContainText('Could not import “icon-192.png”. Nothing was changed.');
  const text = await plainText(alert);
  expect(text).toContain('This is not a text file: it looks like a picture (PNG).');
  expect(text).toContain('choose the file whose name ends in .json');
  expect(text).not.toMatch(/[\uFFFD\u3400-\u9FFF]|JSON\.parse|Unexpected token/); // no garbled characters such as 慧扲条

  await choose(page, 'report.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), 'application/pdf');
  await expect(alert).toContainText('report.pdf');
  expect(await plainText(alert)).toContain('This is not a text file: it looks like a PDF document.');

  await choose(page, 'minutes.docx', Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.alloc(64)]));
  await expect(alert).toContainText('minutes.docx');
  expect(await plainText(alert)).toContain('This is not a text file: it looks like a Word or Excel document, or a zip archive.');
});

test('a CSV is named as a table of values', async ({ page }) => {
  await choose(page, 'fivefold.csv', Buffer.from('principle,indicator_id,number,question,level\r\nDiversity,div-sectors,2.1,"In how many sectors?",3\r\n'), 'text/csv');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('fivefold.csv');
  expect(await plainText(alert)).toContain('This is a table of values (a CSV file), not a file Fivefold can open.');
});

test('a level out of range names the question by number and text; the path waits under Details', async ({ page }) => {
  const first = rubric.principles[0]!.indicators[0]!;
  await choose(page, 'level-7.json', json(assessmentFile({ [first.id]: { value: 7 } })), 'application/json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not import “level-7.json”. Nothing was changed.');
  const text = await plainText(alert);
  expect(text).toContain('The assessment in the file could not be read:');
  expect(text).toContain(`Question 1.1 “${first.question}” has the level 7; levels run from 0 to 4.`);
  // Support can still see exactly where: the path is one click away, and was not on screen before.
  await alert.getByText('Details').click();
  await expect(alert.locator('details')).toHaveAttribute('open', '');
  expect(await alert.innerText()).toContain(`answers["${first.id}"].value`);
});

test('a file from a newer Fivefold says so and how to proceed, not something about its "type"', async ({ page }) => {
  // One past the version this Fivefold writes (files became version 2 with action plans).
  const file = { ...assessmentFile({}), schemaVersion: 3 };
  await choose(page, 'newer.json', json(file), 'application/json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('newer.json');
  const text = await plainText(alert);
  expect(text).toContain('This file was made by a newer version of Fivefold, which this version cannot read.');
  expect(text).toContain('reload this page while you are online');
  expect(text).toContain('ask whoever sent it to export it again from the same version of Fivefold as yours');
  expect(text).not.toMatch(/\btype\b/);
});

test('a file accepted with changes: its status ends with what was left out, not with a stray "Results"', async ({ page }) => {
  const first = rubric.principles[0]!.indicators[0]!;
  await choose(page, 'old.json', json(assessmentFile({ [first.id]: { value: 2 }, 'inst-retired-question': { value: 3 } })), 'application/json');
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(status).toContainText('Imported “Ærø Andelsnet”.');
  const text = (await plainText(status)).trim();
  expect(text).toMatch(/The answer to a question this version does not have \(“inst-retired-question”\)\.$/);
  expect(text).not.toMatch(/Results$/);
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Ærø Andelsnet/ })).toBeVisible();
});

test('two damaged saved records: plain words, and two download buttons with distinct names', async ({ page }) => {
  await startAssessment(page, 'Kept Co-op', 'Jo');
  await page.goto('./#/');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fivefold');
        open.onsuccess = () => {
          const tx = open.result.transaction('assessments', 'readwrite');
          const store = tx.objectStore('assessments');
          store.put({ id: 'bad-1', kind: 'solo', networkName: 404, answers: {} }, 'bad-1');
          store.put({ id: 'bad-2', kind: 'solo', networkName: 'Broken Co-op', answers: { 'div-sectors': { value: 9 } } }, 'bad-2');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  const notices = page.getByRole('alert').filter({ hasText: 'Some saved data could not be opened' });
  await expect(notices).toHaveCount(2);
  await expect(notices.nth(1)).toContainText(`Question 2.1 “${rubric.principles[1]!.indicators[0]!.question}” has the level 9`);
  const first = await plainText(notices.nth(0));
  expect(first).toContain('A saved assessment could not be read:');
  expect(first).toContain('The network name is not text (it is a number).');
  const second = await plainText(notices.nth(1));
  expect(second).toContain('The saved assessment “Broken Co-op” could not be read:');

  const buttons = page.getByRole('button', { name: /^Download the unreadable data/ });
  await expect(buttons).toHaveCount(2);
  await expect(buttons.nth(0)).toHaveText('Download the unreadable data');
  await expect(buttons.nth(1)).toHaveText('Download the unreadable data');
  await expect(buttons.nth(0)).toHaveAccessibleName('Download the unreadable data of saved item 1');
  await expect(buttons.nth(1)).toHaveAccessibleName('Download the unreadable data of “Broken Co-op”');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable data of “Broken Co-op”' }).click();
  const path = test.info().outputPath('broken.json');
  await (await download).saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8')).networkName).toBe('Broken Co-op');
  await expect(page.getByRole('link', { name: 'Continue Kept Co-op' })).toBeVisible();
});
