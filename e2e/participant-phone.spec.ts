// A participant on a small phone (360×740, DejaVu Sans, the widest font Debian's Chromium draws
// with): the first screen says how many questions and about how long, and its start button is on
// screen without scrolling; then one question per screen with the place kept in view, large level
// cards, Back/Next, the keyboard's arrows and Enter, the help one tap away, answers kept across a
// reload; a last check; the hand-in screen. Axe finds nothing on any of them.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y-helpers';
import { rubric, startAssessment } from './helpers';
import { answerBallot, setUpWorkshop, waitForServiceWorker } from './workshop-helpers';

const PHONE = { width: 360, height: 740 };
const [Q1, Q2] = rubric.principles[0]!.indicators;

/** DejaVu Sans on every element, from the first paint on; checks the font is really there. */
async function useDejaVuSans(page: Page) {
  await page.addInitScript(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync("*, *::before, *::after { font-family: 'DejaVu Sans' !important; }");
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

test('on a 360×740 phone: the start button above the fold, then one question per screen', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const invitation = await setUpWorkshop(page, { networkName: 'Riverside Co-op Network', facilitator: 'Amina', groups: ['Staff', 'Members'] });

  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  const phone = await context.newPage();
  await useDejaVuSans(phone);
  await phone.goto(invitation);
  expect(await phone.evaluate(() => document.fonts.check("16px 'DejaVu Sans'"))).toBe(true);
  await expect(phone.getByRole('heading', { level: 1 })).toContainText('Riverside Co-op Network');
  await expect(phone.getByText('25 questions, about 20 minutes')).toBeVisible();
  // The app's "ready to work offline" news arrives on a first visit; it must not push the button down.
  await waitForServiceWorker(phone);
  await expect(phone.getByRole('status').filter({ hasText: 'ready to work offline' })).toBeVisible();

  // Above the fold, as the page opens: no scrolling needed to start.
  const start = phone.getByRole('button', { name: 'Start the questions' });
  const box = (await start.boundingBox())!;
  expect(await phone.evaluate(() => scrollY)).toBe(0);
  expect(box.y + box.height, 'the start button’s bottom edge, in a 740 px high screen').toBeLessThanOrEqual(PHONE.height);
  await expectNoAxeViolations(phone, 'ballot, first screen (phone)');
  await phone.getByRole('combobox', { name: 'Which group do you speak for?' }).selectOption('Staff');
  await start.click();

  // One question on the screen, named by its heading, with where we are.
  const strip = phone.getByText(`Question 1 of 25 · ${rubric.principles[0]!.title}`);
  await expect(strip).toBeVisible();
  await expect(phone.getByRole('heading', { level: 1, name: Q1!.question })).toBeFocused();
  await expect(phone.getByRole('radiogroup')).toHaveCount(1);
  await expectNoAxeViolations(phone, 'ballot, a question (phone)');

  // Large level cards: the whole card is the target, at least 48 px high and most of the width.
  const cards = phone.locator('.indicator--alone .choice');
  await expect(cards).toHaveCount(7);
  for (const card of await cards.all()) {
    const b = (await card.boundingBox())!;
    expect(b.height).toBeGreaterThanOrEqual(48);
    expect(b.width).toBeGreaterThanOrEqual(PHONE.width * 0.85);
  }
  await phone.getByText(Q1!.levels[3]!.description).tap();
  const group = phone.getByRole('radiogroup', { name: Q1!.question });
  await expect(group.getByRole('radio', { name: new RegExp(`^${Q1!.levels[3]!.label}`) })).toBeChecked();

  // The strip stays at the top of the screen while the levels scroll under it.
  await phone.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(async () => (await strip.boundingBox())!.y).toBeLessThan(20);
  await expect(strip).toBeInViewport();

  // The keyboard: arrows move between levels, Enter goes to the next question; the strip that stays
  // on screen never hides the level that has focus (WCAG 2.4.11).
  await group.getByRole('radio', { name: new RegExp(`^${Q1!.levels[3]!.label}`) }).focus();
  for (const [key, level] of [['ArrowUp', 2], ['ArrowUp', 1], ['ArrowUp', 0], ['ArrowDown', 1], ['ArrowDown', 2], ['ArrowDown', 3], ['ArrowDown', 4]] as const) {
    await phone.keyboard.press(key);
    await expect(group.getByRole('radio', { name: new RegExp(`^${Q1!.levels[level]!.label}`) })).toBeChecked();
    const stripBottom = await strip.evaluate((e) => e.parentElement!.getBoundingClientRect().bottom);
    const card = await phone.locator('.choice--checked').evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    expect(card.top, `level ${level}'s card begins below the strip`).toBeGreaterThanOrEqual(stripBottom - 1);
    expect(card.top, `level ${level}'s card is on screen`).toBeLessThan(PHONE.height);
  }
  await phone.keyboard.press('Enter');
  await expect(phone.getByText(`Question 2 of 25 · ${rubric.principles[0]!.title}`)).toBeVisible();
  await expect(phone.getByRole('heading', { level: 1, name: Q2!.question })).toBeFocused();

  // The help, one tap away.
  // (Its glossary terms are buttons inside the text, their definitions folded in it: the paragraph is
  // found by its place, then read.)
  const help = phone.locator('.question-help .indicator__help');
  await expect(help).toBeHidden();
  await phone.getByText('More about this question').tap();
  await expect(help).toBeVisible();
  await expect(help).toContainText(Q2!.help.slice(0, 60));
  await phone.getByRole('radiogroup', { name: Q2!.question }).getByRole('radio', { name: "Don't know", exact: true }).check();

  // A reload comes back to the same question, answers kept; Back finds the one before as it was left.
  await phone.reload();
  await expect(phone.getByText('Question 2 of 25')).toBeVisible();
  await expect(phone.getByRole('radiogroup', { name: Q2!.question }).getByRole('radio', { name: "Don't know", exact: true })).toBeChecked();
  await phone.getByRole('button', { name: 'Back' }).click();
  await expect(phone.getByRole('radiogroup', { name: Q1!.question }).getByRole('radio', { name: new RegExp(`^${Q1!.levels[4]!.label}`) })).toBeChecked();

  // Back at the start, the rest of the way with the helper the other workshop tests use.
  await phone.getByRole('button', { name: 'Back' }).click();
  await phone.getByRole('button', { name: 'Start the questions' }).click();
  const asked = await answerBallot(phone, (pi, ii) => (pi === 4 && ii === 4 ? 'na' : 2));
  expect(asked).toEqual(rubric.principles.flatMap((p) => p.indicators.map((i) => i.id)));
  await expect(phone.getByRole('heading', { level: 1, name: /Thank you/ })).toBeVisible();
  await expectNoAxeViolations(phone, 'ballot handed in (phone)');
  await context.close();
});

test('the last check lists the blank questions and takes you back to one', async ({ browser, page }) => {
  const invitation = await setUpWorkshop(page, { networkName: 'Riverside Co-op Network', facilitator: 'Amina' });
  const context = await browser.newContext({ viewport: PHONE });
  const phone = await context.newPage();
  await phone.goto(invitation);
  await phone.getByRole('button', { name: 'Start the questions' }).click();
  // Next, Next, … without answering, to the last check.
  for (let n = 1; n <= 25; n++) {
    await expect(phone.getByText(new RegExp(`^Question ${n} of 25`))).toBeVisible();
    await phone.getByRole('button', { name: n === 25 ? 'Check and hand in' : 'Next', exact: true }).click();
  }
  await expect(phone.getByRole('heading', { level: 1, name: 'Check and hand in' })).toBeFocused();
  await expect(phone.getByText('0 of 25 questions answered.')).toBeVisible();
  await expect(phone.getByText('25 questions are still blank')).toBeVisible();
  await expectNoAxeViolations(phone, 'ballot, last check (phone)');
  await phone.getByRole('button', { name: new RegExp(`^1\\.2 `) }).click();
  await expect(phone.getByText('Question 2 of 25')).toBeVisible();
  await expect(phone.getByRole('heading', { level: 1, name: Q2!.question })).toBeVisible();
  await context.close();
});

test('in French and Spanish too, the phone header is one short line: the start button stays on the first screen', async ({ browser, page }) => {
  const invitation = await setUpWorkshop(page, { networkName: 'Riverside Co-op Network', facilitator: 'Amina' });
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  const phone = await context.newPage();
  await useDejaVuSans(phone);
  await phone.goto(invitation);
  for (const [label, name, start] of [['Langue', 'Français', 'Commencer les questions'], ['Idioma', 'Español', 'Empezar las preguntas']] as const) {
    await phone.getByRole('combobox', { name: /^(Language|Langue|Idioma)$/ }).selectOption({ label: name });
    // The control keeps its name for screen readers, and a finger-sized target.
    const control = phone.getByRole('combobox', { name: label, exact: true });
    await expect(control).toBeVisible();
    expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const button = (await phone.getByRole('button', { name: start }).boundingBox())!;
    expect(button.y + button.height, `${name}: the start button’s bottom edge, in a 740 px high screen`).toBeLessThanOrEqual(PHONE.height);
  }
  await context.close();
});

test('a long network name stays on the header’s one line, cut with an ellipsis, whole in its title', async ({ page }) => {
  const name = 'Réseau des coopératives d’habitation et de solidarité du Bas-Saint-Laurent, de la Gaspésie et des Îles-de-la-Madeleine';
  await page.setViewportSize({ width: 1024, height: 768 });
  await startAssessment(page, name, 'Anaïs Bélanger');
  const context = page.locator('header .app-header__context');
  await expect(context).toHaveText(name);
  await expect(context).toHaveAttribute('title', name);
  const [contextBox, brandBox] = [(await context.boundingBox())!, (await page.getByRole('link', { name: /Fivefold/ }).first().boundingBox())!];
  expect(Math.abs(contextBox.y + contextBox.height / 2 - (brandBox.y + brandBox.height / 2)), 'on the app name’s line').toBeLessThan(4);
  expect(await context.evaluate((e) => e.scrollWidth > e.clientWidth), 'cut, not wrapped').toBe(true);
});
