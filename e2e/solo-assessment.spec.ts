// A whole solo assessment in a real browser: answer by role and label, reload, check the numbers,
// export JSON, start afresh, import the file and see the same results.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { address, answer, expectedScores, radioName, readResultsTable, rubric, startAssessment } from './helpers';
import type { Choice } from './helpers';

const NETWORK = 'Coopérative du Québec — Łódź Spółdzielnia, Ærø';

/** A varied, deterministic answer sheet: levels 0–4, with some N/A, Don't know and blanks. */
function answerSheet(): Record<string, Choice> {
  const sheet: Record<string, Choice> = {};
  rubric.principles.forEach((p, pi) =>
    p.indicators.forEach((ind, ii) => {
      if (pi === 1 && ii === 4) sheet[ind.id] = 'na';
      else if (pi === 2 && ii === 0) sheet[ind.id] = 'dk';
      else if (pi === 4 && ii >= 2) return; // principle 5: only two levelled answers → not enough
      else sheet[ind.id] = (pi * 2 + ii) % 5;
    }),
  );
  // Principle 5 also gets one Don't know, so it has 2 of 5 with a level.
  sheet[rubric.principles[4]!.indicators[2]!.id] = 'dk';
  return sheet;
}

/** Runs in the page: the rating of `outcomeId` in the saved assessment, as IndexedDB holds it now. */
function savedOutcome(outcomeId: string): Promise<string | null> {
  return new Promise((resolve) => {
    const open = indexedDB.open('fivefold');
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      try {
        const all = db.transaction('assessments').objectStore('assessments').getAll();
        all.onsuccess = () => resolve((all.result as { outcomes?: Record<string, string> }[])[0]?.outcomes?.[outcomeId] ?? null);
        all.onerror = () => resolve(null);
      } catch {
        resolve(null);
      } finally {
        db.close();
      }
    };
  });
}

test('answer everything, reload, check results, export, import into a fresh start', async ({ page }) => {
  const sheet = answerSheet();
  const id = await startAssessment(page, NETWORK, 'Ana Núñez & Søren Ødegård');

  for (const [pi, principle] of rubric.principles.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: principle.title })).toBeVisible();
    for (const indicator of principle.indicators) {
      const choice = sheet[indicator.id];
      if (choice === undefined) continue;
      await answer(page, indicator.question, radioName(indicator, choice));
    }
    const firstNote = page.getByRole('textbox', { name: 'Note' }).first();
    await firstNote.fill(`Evidence for ${principle.shortTitle}: "quoted", commas, and a
second line — ${pi}`);
    const nextTitle = rubric.principles[pi + 1]?.title ?? 'About the network';
    await page.getByRole('link', { name: `Next: ${nextTitle}` }).click();
  }

  await page.getByRole('radiogroup', { name: 'Which stage best describes your network today?' })
    .getByRole('radio', { name: new RegExp(`^${rubric.stages[2]!.title}`) })
    .check();
  await page.getByRole('radiogroup', { name: rubric.outcomes[0]!.title }).getByRole('radio', { name: 'Emerging' }).check();

  // The save to IndexedDB finishes a moment after the click; a reload before it would lose the click.
  await expect.poll(() => page.evaluate(savedOutcome, rubric.outcomes[0]!.id)).toBe('emerging');
  // Reload on the last step, then walk back through every principle: every answer is still there.
  await page.reload();
  await expect(page.getByRole('radiogroup', { name: rubric.outcomes[0]!.title }).getByRole('radio', { name: 'Emerging' })).toBeChecked();
  for (const principle of rubric.principles) {
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: new RegExp(principle.shortTitle) }).click();
    await expect(page.getByRole('heading', { level: 1, name: principle.title })).toBeVisible();
    for (const indicator of principle.indicators) {
      const choice = sheet[indicator.id];
      const group = page.getByRole('radiogroup', { name: indicator.question, exact: true });
      if (choice === undefined) {
        await expect(group.getByRole('radio', { checked: true })).toHaveCount(0);
        continue;
      }
      const checked = group.getByRole('radio', { checked: true });
      await expect(checked).toHaveCount(1);
      await expect(checked).toHaveAccessibleName(new RegExp(`^${radioName(indicator, choice).replace(/[()]/g, '.')}`));
    }
    await expect(page.getByRole('textbox', { name: 'Note' }).first()).toHaveValue(new RegExp(`Evidence for ${principle.shortTitle}`));
  }

  // Results: the table's numbers follow the scoring rules.
  await page.goto(address.results(id));
  await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
  const expected = expectedScores(sheet);
  const table = await readResultsTable(page);
  for (const p of expected.principles) {
    expect(table[p.title], p.title).toBe(p.score === null ? 'not enough answers' : String(Math.round(p.score)));
  }
  expect(table.overall).toBe(String(Math.round(expected.overall!)));
  await expect(page.getByText(rubric.stages[2]!.title, { exact: false }).first()).toBeVisible();

  // Export JSON.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as a file (JSON)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^fivefold-.*\.json$/);
  const filePath = test.info().outputPath('assessment.json');
  await download.saveAs(filePath);
  const file = JSON.parse(readFileSync(filePath, 'utf8'));
  expect(file.type).toBe('fivefold/assessment');
  expect(file.assessment.networkName).toBe(NETWORK);

  // A fresh assessment starts empty.
  await page.getByRole('link', { name: 'Start a new assessment' }).click();
  await startAssessment(page, 'Another network', 'Someone else');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);

  // Import the file: the same results come back.
  await page.getByRole('link', { name: 'Fivefold' }).click();
  await page.getByLabel('Choose a file to import').setInputFiles(filePath);
  await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
  expect(await readResultsTable(page)).toEqual(table);
});

test('a broken import file gets a clear message and changes nothing', async ({ page }) => {
  await startAssessment(page, 'Halifax Co-op Network', 'Jo');
  const first = rubric.principles[0]!.indicators[0]!;
  await answer(page, first.question, first.levels[3]!.label);
  await page.getByRole('link', { name: 'Fivefold' }).click();

  await page.getByLabel('Choose a file to import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"type": "fivefold/assessment", "schemaVersion": 1, "assessment": {'),
  });
  await expect(page.getByRole('alert')).toContainText('Could not import “broken.json”. Nothing was changed.');
  await expect(page.getByRole('alert')).toContainText('The file looks cut short or damaged');

  await page.getByRole('link', { name: 'Continue Halifax Co-op Network' }).click();
  await expect(
    page.getByRole('radiogroup', { name: first.question, exact: true }).getByRole('radio', { checked: true }),
  ).toHaveAccessibleName(new RegExp(`^${first.levels[3]!.label}`));
});

test('a damaged save from version 1 is set aside with a message, and can be downloaded', async ({ page }) => {
  await page.goto('./');
  // Version 1 kept everything under one localStorage key; this one was cut off mid-write.
  await page.evaluate(async () => {
    indexedDB.deleteDatabase('fivefold');
    localStorage.setItem('fivefold:state', '{"state": {"assessments": {');
  });
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some saved data could not be opened');
  await expect(alert).toContainText('damaged');
  const downloadPromise = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
  const download = await downloadPromise;
  const path = test.info().outputPath('unreadable.json');
  await download.saveAs(path);
  expect(readFileSync(path, 'utf8')).toBe('{"state": {"assessments": {');
  // The app still works: a new assessment can be started and is saved.
  await startAssessment(page, 'Fresh start', 'Jo');
});

test('an unreadable record in storage is set aside and the rest opens', async ({ page }) => {
  await startAssessment(page, 'Kept Co-op', 'Jo');
  await page.getByRole('link', { name: 'Fivefold' }).click();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fivefold');
        open.onsuccess = () => {
          const tx = open.result.transaction('assessments', 'readwrite');
          tx.objectStore('assessments').put({ id: 'bad', networkName: 'Broken Co-op', answers: 7 }, 'bad');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('“Broken Co-op” could not be read');
  await expect(page.getByRole('link', { name: 'Continue Kept Co-op' })).toBeVisible();
});
