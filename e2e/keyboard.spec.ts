// A whole assessment by keyboard alone — Tab, Shift+Tab, Space, Enter and arrow keys, no mouse —
// from the start form to a downloaded PDF; every focus stop shows a visible focus indicator.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectVisibleFocus, isFocused, tabTo } from './a11y-helpers';
import { escapeRegExp, rubric } from './helpers';

const NETWORK = 'Keyboard Co-op Network';

/** Level to choose per indicator, or 'dk' (reached with ArrowUp, which wraps to the last radio). */
function choiceFor(pi: number, ii: number): number | 'dk' {
  if (pi === 1 && ii === 2) return 'dk';
  return (pi + ii) % 5;
}

async function chooseByKeyboard(page: Page, question: string, choice: number | 'dk') {
  const group = page.getByRole('radiogroup', { name: question, exact: true });
  // Nothing is checked yet, so the group's one tab stop is its first radio.
  await tabTo(page, group.getByRole('radio').first());
  if (choice === 'dk') {
    await page.keyboard.press('ArrowUp');
  } else if (choice === 0) {
    await page.keyboard.press('Space');
  } else {
    for (let i = 0; i < choice; i++) await page.keyboard.press('ArrowDown');
  }
  await expectVisibleFocus(page, `after choosing in "${question}":`);
  const checked = group.getByRole('radio', { checked: true });
  await expect(checked).toHaveCount(1);
  await expect(checked).toBeFocused();
  return checked;
}

test('a whole assessment and the PDF report, by keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The first Tab reaches the skip link, which becomes visible.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport();
  await expectVisibleFocus(page, 'skip link:');

  // Start form.
  await tabTo(page, page.getByLabel('Network name'));
  await page.keyboard.type(NETWORK);
  await tabTo(page, page.getByLabel('Who is assessing'));
  await page.keyboard.type('Ana Núñez');
  const start = page.getByRole('button', { name: 'Start the assessment' });
  await tabTo(page, start);
  // Shift+Tab goes back to the previous field, and Tab forward again (past the assessment date, whose
  // day, month and year are each a stop).
  await tabTo(page, page.getByLabel('Who is assessing'), { back: true, max: 6 });
  await tabTo(page, start, { max: 6 });
  await page.keyboard.press('Enter');

  for (const [pi, principle] of rubric.principles.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: principle.title })).toBeVisible();
    // The step's heading takes focus, so Tab continues from the top of the step.
    await expect(page.getByRole('heading', { level: 1, name: principle.title })).toBeFocused();

    if (pi === 0) {
      const why = page.locator('details.why');
      await tabTo(page, why.locator('summary'));
      await page.keyboard.press('Enter');
      await expect(why).toHaveAttribute('open', '');
    }

    for (const [ii, indicator] of principle.indicators.entries()) {
      const choice = choiceFor(pi, ii);
      const checked = await chooseByKeyboard(page, indicator.question, choice);
      const name = choice === 'dk' ? "Don't know" : indicator.levels[choice]!.label;
      await expect(checked).toHaveAccessibleName(new RegExp(`^${escapeRegExp(name)}`));
      if (ii === 0) {
        const note = page.getByRole('textbox', { name: 'Note' }).first();
        await tabTo(page, note, { max: 5 });
        await page.keyboard.type(`Typed for ${principle.shortTitle}`);
        await expect(note).toHaveValue(`Typed for ${principle.shortTitle}`);
      }
    }

    const nextTitle = rubric.principles[pi + 1]?.title ?? 'About the network';
    await tabTo(page, page.getByRole('link', { name: `Next: ${nextTitle}` }), { max: 10 });
    await page.keyboard.press('Enter');
  }

  // About the network: a stage with the arrow keys, and two outcomes.
  await expect(page.getByRole('heading', { level: 1, name: 'About the network' })).toBeFocused();
  const stages = page.getByRole('radiogroup', { name: 'Which stage best describes your network today?' });
  await tabTo(page, stages.getByRole('radio').first());
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(stages.getByRole('radio', { name: new RegExp(`^${escapeRegExp(rubric.stages[2]!.title)}`) })).toBeChecked();
  for (const [oi, outcome] of rubric.outcomes.slice(0, 2).entries()) {
    const group = page.getByRole('radiogroup', { name: outcome.title });
    await tabTo(page, group.getByRole('radio').first());
    await page.keyboard.press('Space');
    if (oi === 1) await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: oi === 1 ? 'Emerging' : 'Not yet' })).toBeChecked();
  }
  await tabTo(page, page.getByRole('link', { name: 'See the results' }));
  await page.keyboard.press('Enter');

  // Results: the PDF button, by Tab and Enter.
  await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
  const pdfButton = page.getByRole('button', { name: 'Download PDF report' });
  await tabTo(page, pdfButton, { max: 60 });
  expect(await isFocused(pdfButton)).toBe(true);
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const path = test.info().outputPath('keyboard-report.pdf');
  await download.saveAs(path);
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the step links and the file picker are reachable and show focus', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The import button is a label around a visually hidden file input: the label shows the focus.
  await tabTo(page, page.getByLabel('Choose a file to import'));

  // Start by keyboard, then walk the step navigation backwards with Shift+Tab.
  await tabTo(page, page.getByLabel('Network name'), { back: true });
  await page.keyboard.type(NETWORK);
  await page.keyboard.press('Enter'); // submits the form from the text field
  await expect(page.getByRole('heading', { level: 1, name: rubric.principles[0]!.title })).toBeFocused();
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await tabTo(page, steps.getByRole('link', { name: new RegExp(escapeRegExp(rubric.principles[2]!.shortTitle)) }), {
    back: true,
  });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: rubric.principles[2]!.title })).toBeFocused();
  await expect(steps.getByRole('link', { name: new RegExp(escapeRegExp(rubric.principles[2]!.shortTitle)) })).toHaveAttribute(
    'aria-current',
    'step',
  );
});
