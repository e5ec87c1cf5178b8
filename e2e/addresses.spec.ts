// Every assessment and workshop has its own address: Back and Forward move between screens as a
// user expects, a bookmark opens the same screen in a fresh browser, two tabs hold two assessments,
// old addresses lead to what was last opened, and an id this device does not have says so calmly.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { address, answer, idInAddress, rubric, startAssessment } from './helpers';
import { setUpWorkshop } from './workshop-helpers';

const A = 'Coopérative Alpha du Québec';
const B = 'Łódź Beta Spółdzielnia';
const TAGLINE = 'How resilient is your co-operative network?';

async function home(page: Page) {
  await page.getByRole('link', { name: 'Fivefold' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TAGLINE })).toBeVisible();
}

/** A and B started from the start page, one answer each; ends on the start page. */
async function twoAssessments(page: Page) {
  const q = rubric.principles[0]!.indicators[0]!;
  const idA = await startAssessment(page, A, 'Ana');
  await answer(page, q.question, q.levels[1]!.label);
  await home(page);
  const idB = await startAssessment(page, B, 'Bogdan');
  await answer(page, q.question, q.levels[3]!.label);
  await home(page);
  return { idA, idB };
}

/** An answer as saved in this browser's IndexedDB (what a reload will read). */
function savedAnswer(page: Page, id: string, indicatorId: string) {
  return page.evaluate(
    ([id, indicatorId]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('fivefold');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('assessments', 'readonly').objectStore('assessments').get(id);
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { answers: Record<string, { value?: unknown }> } | undefined)?.answers[indicatorId]?.value);
          };
        };
      }),
    [id, indicatorId] as const,
  );
}

const checkedLevel = (page: Page, question: string) =>
  page.getByRole('radiogroup', { name: question, exact: true }).getByRole('radio', { checked: true });

test('Back and Forward move between two assessments; a bookmark of B’s step 3 opens there in a fresh browser', async ({ browser, page }) => {
  const { idA, idB } = await twoAssessments(page);

  // The library's links are real links to each assessment's own address.
  const resultsA = page.getByRole('link', { name: `Results for ${A}` });
  await expect(resultsA).toHaveAttribute('href', `#/a/${idA}/results`);
  await expect(page.getByRole('link', { name: `Continue ${B}` })).toHaveAttribute('href', `#/a/${idB}/step/${rubric.principles[0]!.id}`);

  await resultsA.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(A);
  await expect(page).toHaveTitle(`Results — ${A} · Fivefold`);
  await home(page);
  await page.getByRole('link', { name: `Continue ${B}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: rubric.principles[0]!.title })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(B);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: TAGLINE })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(A);
  await expect(page).toHaveURL(new RegExp(`#/a/${idA}/results$`));
  await expect(page.getByRole('banner')).toContainText(A);
  await expect(page).toHaveTitle(`Results — ${A} · Fivefold`);
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: rubric.principles[0]!.title })).toBeVisible();
  await expect(checkedLevel(page, rubric.principles[0]!.indicators[0]!.question)).toHaveAccessibleName(
    new RegExp(`^${rubric.principles[0]!.indicators[0]!.levels[3]!.label}`),
  );

  // A bookmark of B's third step, opened in a new browser that shares nothing but the saved data.
  const bookmark = address.step(idB, rubric.principles[2]!.id);
  const storageState = await page.context().storageState({ indexedDB: true });
  const fresh = await browser.newContext({ storageState, baseURL: test.info().project.use.baseURL });
  const other = await fresh.newPage();
  await other.goto(bookmark);
  await expect(other.getByRole('heading', { level: 1, name: rubric.principles[2]!.title })).toBeVisible();
  await expect(other.getByRole('banner')).toContainText(B);
  const steps = other.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('link', { name: new RegExp(rubric.principles[2]!.shortTitle) })).toHaveAttribute('aria-current', 'step');
  await other.reload();
  await expect(other.getByRole('heading', { level: 1, name: rubric.principles[2]!.title })).toBeVisible();
  await expect(other).toHaveTitle(`Questions — ${B} · Fivefold`);
  await fresh.close();
});

test('two pages open on two assessments each keep their own', async ({ context }) => {
  const first = await context.newPage();
  const { idA, idB } = await twoAssessments(first);
  const second = await context.newPage();
  const step = rubric.principles[1]!;
  const [q1, q2] = step.indicators;
  await first.goto(address.step(idA, step.id));
  await second.goto(address.step(idB, step.id));

  await answer(first, q1!.question, q1!.levels[0]!.label);
  await answer(second, q1!.question, q1!.levels[4]!.label);
  await answer(first, q2!.question, q2!.levels[2]!.label);
  // Each page hears the other's saves but stays on its own assessment, with its own answers.
  for (const [page, name, level1] of [[first, A, 0], [second, B, 4]] as const) {
    await expect(page.getByRole('banner')).toContainText(name);
    await expect(checkedLevel(page, q1!.question)).toHaveAccessibleName(new RegExp(`^${q1!.levels[level1]!.label}`));
  }
  await expect(checkedLevel(second, q2!.question)).toHaveCount(0);
  // Saved, each in its own assessment, before the pages are reloaded.
  await expect.poll(() => savedAnswer(first, idA, q2!.id)).toBe(2);
  await expect.poll(() => savedAnswer(first, idB, q1!.id)).toBe(4);
  expect(await savedAnswer(first, idA, q1!.id)).toBe(0);
  expect(await savedAnswer(first, idB, q2!.id)).toBeUndefined();

  for (const page of [first, second]) await page.reload();
  await expect(first.getByRole('banner')).toContainText(A);
  await expect(second.getByRole('banner')).toContainText(B);
  await expect(checkedLevel(first, q2!.question)).toHaveAccessibleName(new RegExp(`^${q2!.levels[2]!.label}`));
  await expect(checkedLevel(second, q1!.question)).toHaveAccessibleName(new RegExp(`^${q1!.levels[4]!.label}`));
  await expect(checkedLevel(second, q2!.question)).toHaveCount(0);
});

test('old addresses lead to what was last opened here, in place', async ({ page }) => {
  // Nothing opened yet: a calm screen, and the old workshop address sets one up.
  await page.goto('./#/results');
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing to open at this address' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '#/');
  await page.goto('./#/workshop/picture');
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing to open at this address' })).toBeVisible();
  await page.goto('./#/workshop');
  await expect(page).toHaveURL(/#\/w\/new$/);

  const { idA } = await twoAssessments(page);
  await page.getByRole('link', { name: `Results for ${A}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(A);
  await home(page);

  // #/results goes to A's results (A was opened last), replacing itself: Back returns home.
  await page.goto('./#/results');
  await expect(page).toHaveURL(new RegExp(`#/a/${idA}/results$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(A);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: TAGLINE })).toBeVisible();

  await page.goto(`./#/assess/${rubric.principles[3]!.id}`);
  await expect(page).toHaveURL(new RegExp(`#/a/${idA}/step/${rubric.principles[3]!.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: rubric.principles[3]!.title })).toBeVisible();
  await page.goto('./#/report');
  await expect(page).toHaveURL(new RegExp(`#/a/${idA}/report$`));
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

  // A workshop set up here is where the old workshop addresses lead.
  await setUpWorkshop(page, { networkName: 'Atelier Gamma', facilitator: 'Amina' });
  const workshopId = idInAddress(page.url());
  await page.goto('./#/workshop/picture');
  await expect(page).toHaveURL(new RegExp(`#/w/${workshopId}/picture$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Group picture' })).toBeVisible();
  await page.goto('./#/workshop-report');
  await expect(page).toHaveURL(new RegExp(`#/w/${workshopId}/report$`));
});

test('an id this device does not have gets a plain screen with a way home', async ({ page }) => {
  await page.goto(address.results('no-such-assessment'));
  await expect(page.getByRole('heading', { level: 1, name: 'This assessment is not on this device' })).toBeVisible();
  await expect(page).toHaveTitle('Not on this device · Fivefold');
  await page.goto('./#/a/constructor/step/diversity');
  await expect(page.getByRole('heading', { level: 1, name: 'This assessment is not on this device' })).toBeVisible();
  await page.goto('./#/w/no-such-workshop/collect');
  await expect(page.getByRole('heading', { level: 1, name: 'This workshop is not on this device' })).toBeVisible();

  // A deleted assessment's bookmark.
  const id = await startAssessment(page, A, 'Ana');
  await home(page);
  await page.getByLabel(`More actions for ${A}`).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.goto(address.results(id));
  await expect(page.getByRole('heading', { level: 1, name: 'This assessment is not on this device' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TAGLINE })).toBeVisible();
});

test('a workshop’s screens have their own addresses; the set-up page gives way to the workshop', async ({ page }) => {
  await page.goto('./#/');
  await page.getByRole('link', { name: 'Set up a workshop' }).click();
  await expect(page).toHaveURL(/#\/w\/new$/);
  await page.getByRole('textbox', { name: 'Network name' }).fill('Atelier Gamma');
  await page.getByRole('textbox', { name: 'Facilitator' }).fill('Amina');
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collect' })).toBeVisible();
  const id = idInAddress(page.url());
  await expect(page).toHaveURL(new RegExp(`#/w/${id}/collect$`));
  await expect(page).toHaveTitle('Collect — Atelier Gamma · Fivefold');
  await page.getByRole('link', { name: 'Group picture' }).click();
  await expect(page).toHaveURL(new RegExp(`#/w/${id}/picture$`));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Collect' })).toBeVisible();
  // The set-up form was replaced by the workshop: Back leaves it out.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: TAGLINE })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the workshop Atelier Gamma' })).toHaveAttribute('href', `#/w/${id}/overview`);
});

test('the skip link moves focus to the content and keeps the address', async ({ page }) => {
  const id = await startAssessment(page, A, 'Ana');
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/step/`));
  await expect(page.getByRole('heading', { level: 1, name: rubric.principles[0]!.title })).toBeVisible();
});
