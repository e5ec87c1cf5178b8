// A shorter session: the facilitator ticks two of the five principles at set-up; the invitation
// carries the choice, the participant answers only those ten questions, and every screen and the
// report score what was covered and say plainly what was not (never a zero).
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y-helpers';
import { rubric } from './helpers';
import { answerBallot, setUpWorkshop } from './workshop-helpers';

const [P1, P2, P3, P4, P5] = rubric.principles;
const COVERED = [P2!, P4!];

test('set-up needs at least one principle, and says how long the session will be', async ({ page }) => {
  await page.goto('./#/w/new');
  await page.getByRole('textbox', { name: 'Network name' }).fill('Riverside Co-op Network');
  const covered = page.getByRole('group', { name: 'Principles this session covers' });
  await expect(covered.getByRole('checkbox')).toHaveCount(5);
  for (const box of await covered.getByRole('checkbox').all()) await expect(box).toBeChecked();
  await expect(covered.getByText('This session: 25 questions, about 20 minutes for each participant.')).toBeVisible();
  for (const box of await covered.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(covered.getByText('Choose at least one principle.')).toBeVisible();
  await expect(covered.getByRole('checkbox').first()).toBeFocused();
  await expectNoAxeViolations(page, 'set-up, no principle chosen');
  await covered.getByRole('checkbox', { name: new RegExp(`^${P3!.title}`) }).check();
  await expect(covered.getByText('This session: 5 questions, about 4 minutes for each participant.')).toBeVisible();
});

test('two principles of five: the participant answers ten questions, the rest is "not covered" everywhere', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const invitation = await setUpWorkshop(page, { networkName: 'Riverside Co-op Network', facilitator: 'Amina', principles: COVERED.map((p) => p.title) });
  await expect(page.getByText(`Each participant answers 10 questions, about 8 minutes. Principles covered: 2 of 5: ${P2!.title} and ${P4!.title}.`)).toBeVisible();

  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const phone = await context.newPage();
  await phone.goto(invitation);
  await expect(phone.getByText('10 questions, about 8 minutes')).toBeVisible();
  await expect(phone.getByText(`This session covers 2 of the 5 principles: ${P2!.title} and ${P4!.title}.`)).toBeVisible();
  await phone.getByRole('button', { name: 'Start the questions' }).click();
  const asked = await answerBallot(phone, () => 3);
  expect(asked).toEqual(COVERED.flatMap((p) => p.indicators.map((i) => i.id)));
  const link = await phone.getByRole('textbox', { name: 'Ballot link', exact: true }).inputValue();
  await context.close();

  await page.getByRole('textbox', { name: 'Ballot links' }).fill(link);
  await page.getByRole('button', { name: 'Add ballots' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText('1 ballot added.');

  await page.getByRole('link', { name: 'Group picture', exact: true }).click();
  const table = page.getByRole('table', { name: 'Group scores by principle (0–100)' });
  for (const p of [P1!, P3!, P5!]) await expect(table.getByRole('row', { name: new RegExp(`^${p.title}`) })).toContainText('not covered this session');
  for (const p of COVERED) await expect(table.getByRole('row', { name: new RegExp(`^${p.title}`) }).getByRole('cell').first()).toHaveText('75');
  await expect(table.getByRole('row', { name: /^Overall resilience index/ }).getByRole('cell').first()).toHaveText('75');
  await expect(page.getByRole('article')).toHaveCount(10);
  await expectNoAxeViolations(page, 'group picture, shorter session');

  await page.getByRole('link', { name: 'Tally', exact: true }).click();
  await expect(page.getByText(/^Indicator 1 of 10/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: P2!.indicators[0]!.question })).toBeVisible();

  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(page.getByText('1 / 13')).toBeVisible(); // 2 principles, their 10 questions, the summary
  await expect(page.getByRole('heading', { level: 1, name: P2!.title })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(page.getByText(`2 of 5: ${P2!.title} and ${P4!.title}`)).toBeVisible();
  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(
    page.getByText(
      `This session covered 2 of the 5 principles. Not covered: “${P1!.title}”, “${P3!.title}” and “${P5!.title}”. They have no score here (not a zero), and the overall index is the mean of the principles covered.`,
    ),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `1. ${P1!.title}` })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: `2. ${P2!.title}` })).toBeVisible();
});
