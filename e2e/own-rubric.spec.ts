// A federation's own rubric: the example is opened through "Use your own rubric", kept in the
// library, chosen under "Rubric", answered, scored and exported; its PDF (read back with pdftotext)
// carries its title and principles and never the built-in rubric's name. A broken rubric file gets
// a message that names the place and the field.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import exampleJson from '../rubrics/examples/housing-federation-health-check.json' with { type: 'json' };
import { answer } from './helpers';

const EXAMPLE_PATH = new URL('../rubrics/examples/housing-federation-health-check.json', import.meta.url).pathname;
const example = exampleJson;
const NETWORK = 'Fédération des coopératives d’habitation — Île-de-Montréal';

test('the example rubric, opened as an own rubric, is answered, scored and exported under its own name', async ({ page }) => {
  await page.goto('./#/');
  await page.getByLabel('Use your own rubric').setInputFiles(EXAMPLE_PATH);
  await expect(page.getByRole('status').filter({ hasText: `Added “${example.title}” (version ${example.version})` })).toBeVisible();
  const library = page.getByRole('list', { name: 'Rubrics in this browser' });
  await expect(library.getByText(example.title, { exact: true })).toBeVisible();
  await expect(library.getByText(`Version ${example.version}`)).toBeVisible();

  await page.getByLabel('Network name').fill(NETWORK);
  await page.getByLabel('Who is assessing').fill('Zoë Ngô');
  await page.getByLabel('Rubric', { exact: true }).selectOption({ label: `${example.title} (version ${example.version})` });
  await page.getByRole('button', { name: 'Start the assessment' }).click();

  for (const [pi, principle] of example.principles.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: principle.title })).toBeVisible();
    await expect(page.getByText(principle.subtitle!, { exact: true })).toBeVisible();
    for (const [ii, indicator] of principle.indicators.entries()) {
      await answer(page, indicator.question, indicator.levels[(pi + ii) % 5]!.label);
    }
    await page.getByRole('link', { name: /^Next:/ }).click();
  }
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
  const table = page.getByRole('table', { name: /Scores by principle/ });
  for (const p of example.principles) await expect(table.getByRole('rowheader', { name: new RegExp(`^${p.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/five principles/i);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF report' }).click();
  const path = test.info().outputPath('own-rubric.pdf');
  await (await downloadPromise).saveAs(path);
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(example.title);
  expect(text).toContain(NETWORK);
  for (const p of example.principles) expect(text).toContain(p.title);
  expect(text).not.toMatch(/five principles/i);
  expect(text).not.toMatch(/\bfive\b/i);
});

test('an assessment made with an own rubric opens on a browser that has never seen the rubric', async ({ page, browser }) => {
  await page.goto('./#/');
  await page.getByLabel('Use your own rubric').setInputFiles(EXAMPLE_PATH);
  await page.getByLabel('Network name').fill(NETWORK);
  await page.getByLabel('Rubric', { exact: true }).selectOption({ label: `${example.title} (version ${example.version})` });
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  const first = example.principles[0]!.indicators[0]!;
  await answer(page, first.question, first.levels[3]!.label);
  await page.goto(page.url().replace(/\/step.*$/, '/results'));
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as a file (JSON)' }).click();
  const file = test.info().outputPath('own-rubric-assessment.json');
  await (await downloadPromise).saveAs(file);

  // A colleague's browser: its own storage, no rubrics of its own.
  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto('./#/');
  await expect(colleague.getByRole('list', { name: 'Rubrics in this browser' })).toHaveCount(0);
  await colleague.getByLabel('Choose a file to import').setInputFiles(file);
  await expect(colleague.getByRole('status').filter({ hasText: `Its rubric, “${example.title}” (version ${example.version}), is now kept in your rubrics on this device.` })).toBeVisible();
  await colleague.getByRole('link', { name: 'See the results' }).click();
  await expect(colleague.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
  const table = colleague.getByRole('table', { name: /Scores by principle/ });
  await expect(table.getByRole('rowheader', { name: new RegExp(`^${example.principles[0]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toBeVisible();
  await colleague.goto('./#/');
  await expect(colleague.getByRole('list', { name: 'Rubrics in this browser' }).getByText(example.title, { exact: true })).toBeVisible();
});

test('a broken rubric file is refused with messages that name the place and the field', async ({ page }) => {
  const broken = structuredClone(example) as { principles: { id: string; indicators: { id: string; levels: { description?: string }[] }[] }[] };
  delete broken.principles[1]!.indicators[2]!.levels[4]!.description;
  await page.goto('./#/');
  await page.getByLabel('Use your own rubric').setInputFiles({
    name: 'our-rubric.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“our-rubric.json” cannot be used as a rubric. Nothing was added.');
  await expect(alert).toContainText('Principle 2, question 3, level 4: the description is missing.');
  // The technical paths only under "Details".
  await expect(alert.getByText(/principles\[1\]/)).toBeHidden();
  await alert.getByText('Details').click();
  await expect(alert.getByText(/principles\[1\]\.indicators\[2\]\.levels\[4\]\.description/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Rubrics in this browser' })).toHaveCount(0);

  // Once its shape is whole, a duplicate id is named with the word "duplicate".
  const duplicated = structuredClone(example);
  duplicated.principles[2]!.indicators[0]!.id = duplicated.principles[0]!.indicators[0]!.id;
  await page.getByLabel('Use your own rubric').setInputFiles({
    name: 'our-rubric.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(duplicated)),
  });
  await expect(alert).toContainText(`Principle 3, question 1: the id “${example.principles[0]!.indicators[0]!.id}” is a duplicate`);
  await expect(page.getByRole('list', { name: 'Rubrics in this browser' })).toHaveCount(0);
});

test('the example can be tried from the start page, and removed again with undo', async ({ page }) => {
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Try an example rubric' }).click();
  const library = page.getByRole('list', { name: 'Rubrics in this browser' });
  await expect(library.getByText(example.title, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Remove ${example.title} (version ${example.version}) from this browser` }).click();
  await expect(library).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(library.getByText(example.title, { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('list', { name: 'Rubrics in this browser' }).getByText(example.title, { exact: true })).toBeVisible();
});

test('an own rubric with its French translation is answered in French when the app is in French', async ({ page }) => {
  const frPath = new URL('../rubrics/examples/translations/housing-federation-health-check.fr.json', import.meta.url).pathname;
  const fr = JSON.parse(readFileSync(frPath, 'utf8')) as { principles: Record<string, { title: string }>; indicators: Record<string, { question: string }> };
  await page.goto('./#/');
  await page.getByLabel('Use your own rubric').setInputFiles(EXAMPLE_PATH);
  await expect(page.getByRole('status').filter({ hasText: `Added “${example.title}”` })).toBeVisible();
  await page.getByLabel('Use your own rubric').setInputFiles(frPath);
  await expect(page.getByRole('status').filter({ hasText: `French words added to “${example.title}” (version ${example.version}).` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Rubrics in this browser' }).getByText(/· also in French/)).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByLabel('Nom du réseau', { exact: true }).fill(NETWORK);
  await page.getByLabel('Grille', { exact: true }).selectOption({ label: `${example.title} (version ${example.version})` });
  await page.getByRole('button', { name: 'Commencer l’évaluation' }).click();
  const first = example.principles[0]!;
  await expect(page.getByRole('heading', { level: 1, name: fr.principles[first.id]!.title })).toBeVisible();
  // The question is named in French (its words hold glossary terms, so it is found by its group's name).
  await expect(page.getByRole('radiogroup', { name: fr.indicators[first.indicators[0]!.id]!.question, exact: true })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: first.indicators[0]!.question, exact: true })).toHaveCount(0);
});
