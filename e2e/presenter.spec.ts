// The presenter view on a projector (1280×800) and on a phone (360×740): with the answers revealed,
// no text lies under a button, wherever the page is scrolled; the closing summary fits a projector's
// screen and overlaps nothing on a phone; and a bar is as long as its count's share of the people
// who answered, in the presenter and in the group picture alike.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y-helpers';
import { rubric } from './helpers';
import { setUpWorkshop } from './workshop-helpers';

const QUESTION = rubric.principles[0]!.indicators[0]!;

/** A workshop whose first question got a show of hands: one for level 0, two for level 2. */
async function workshopWithHands(page: Page) {
  await setUpWorkshop(page, { networkName: 'Riverside Co-op Network', facilitator: 'Amina' });
  await page.getByRole('link', { name: 'Tally', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: QUESTION.question })).toBeVisible();
  for (const level of [0, 2, 2]) {
    await page.getByRole('button', { name: `One more for ${QUESTION.levels[level]!.label}` }).click();
  }
  await expect(page.getByText('3 hands counted')).toBeVisible();
}

/** A workshop where five questions got a show of hands that splits the room (levels 0, 2, 2 and 4 …). */
async function workshopDividedFiveWays(page: Page) {
  await setUpWorkshop(page, { networkName: 'Riverside Co-op Network', facilitator: 'Amina' });
  await page.getByRole('link', { name: 'Tally', exact: true }).click();
  for (const [i, indicator] of rubric.principles[0]!.indicators.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: indicator.question })).toBeVisible();
    for (const level of [0, 2, 2, 4 - (i % 3)]) {
      await page.getByRole('button', { name: `One more for ${indicator.levels[level]!.label}` }).click();
    }
    await expect(page.getByText('4 hands counted')).toBeVisible();
    await page.getByRole('button', { name: 'Next indicator' }).click();
  }
}

async function presentQuestionRevealed(page: Page) {
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: rubric.principles[0]!.title })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: QUESTION.question })).toBeVisible();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByRole('list', { name: `Answers to: ${QUESTION.question}` })).toBeVisible();
  await expect(page.getByText(/^Group level \(median\):/)).toBeVisible();
  await expect(page.getByText('Disagreement')).toBeVisible();
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Every line of text on the page that overlaps a control (button or select) it is not part of, as
 * "text ↔ control" pairs. Boxes are taken line by line from the text itself (Range.getClientRects).
 */
async function textUnderControls(page: Page, controls: Box[]): Promise<string[]> {
  return page.evaluate((boxes) => {
    const found: string[] = [];
    const overlaps = (a: DOMRect, b: { x: number; y: number; width: number; height: number }) =>
      a.left < b.x + b.width - 0.5 && b.x < a.right - 0.5 && a.top < b.y + b.height - 0.5 && b.y < a.bottom - 0.5;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const parent = n.parentElement;
      if (!text || !parent || parent.closest('button, select, .visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        boxes.forEach((b, i) => {
          if (overlaps(rect, b)) found.push(`“${text.slice(0, 40)}” (${Math.round(rect.top)}–${Math.round(rect.bottom)}) ↔ control #${i}`);
        });
      }
    }
    return found;
  }, controls);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`at ${size.width}×${size.height}, the revealed answers never lie under a button`, async ({ page }) => {
    await page.setViewportSize(size);
    await workshopWithHands(page);
    await presentQuestionRevealed(page);

    const controls = [
      page.getByRole('button', { name: 'Previous' }),
      page.getByRole('button', { name: 'Hide' }),
      page.getByRole('button', { name: 'Next' }),
      page.getByRole('button', { name: 'Leave (Esc)' }),
      page.getByRole('combobox', { name: 'Show' }),
    ];
    const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    // At the top, halfway and at the bottom: a button that stays put while the page scrolls would cover something.
    for (const y of [0, Math.round(maxScroll / 2), maxScroll]) {
      await page.evaluate((top) => scrollTo(0, top), y);
      const boxes: Box[] = [];
      for (const c of controls) {
        const box = await c.boundingBox();
        expect(box, `${c} is on the page`).not.toBeNull();
        boxes.push(box!);
      }
      const found = await textUnderControls(page, boxes);
      expect(found, `scrolled to ${y}: text under a control (0 Previous, 1 Hide, 2 Next, 3 Leave, 4 Show):\n${found.join('\n')}`).toEqual([]);
      // The revealed statistics themselves, named: clear of the three buttons below them.
      const stats = await page.getByText(/^Group level \(median\):/).boundingBox();
      const flag = await page.getByText('Disagreement').boundingBox();
      for (const b of boxes.slice(0, 3)) {
        expect(stats!.y + stats!.height <= b.y || b.y + b.height <= stats!.y).toBe(true);
        expect(flag!.y + flag!.height <= b.y || b.y + b.height <= flag!.y).toBe(true);
      }
    }
    await page.screenshot({ path: test.info().outputPath(`present-revealed-${size.width}.png`), fullPage: true });
  });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`at ${size.width}×${size.height}, the closing summary is reached by keyboard and overlaps nothing`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await workshopDividedFiveWays(page);
    await page.getByRole('link', { name: 'Present', exact: true }).click();
    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Most divided only' });
    await expect(page.getByText('1 / 6')).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByText('6 / 6')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Where the room stands' })).toBeVisible();
    // Shown at once: nothing to reveal on a closing slide.
    await expect(page.getByRole('button', { name: 'Reveal' })).toBeDisabled();
    await expect(page.getByText('0 of 5 settled')).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(`^${rubric.principles[0]!.shortTitle}`) })).toBeVisible();
    await expect(page.locator('.summary-divided li')).toHaveCount(5);
    await expectNoAxeViolations(page, 'presenter, closing summary');
    await page.screenshot({ path: test.info().outputPath(`present-summary-${size.width}.png`), fullPage: true });

    const controls = [
      page.getByRole('button', { name: 'Previous' }),
      page.getByRole('button', { name: 'Reveal' }),
      page.getByRole('button', { name: 'Next' }),
      page.getByRole('button', { name: 'Leave (Esc)' }),
      page.getByRole('combobox', { name: 'Show' }),
    ];
    const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    // On a projector the presenter (bar, summary, buttons) fits the screen, whatever app notice may sit
    // above it; on a phone it scrolls, and nothing overlaps.
    if (size.width >= 1280) {
      const height = await page.locator('.present').evaluate((e) => e.getBoundingClientRect().height);
      expect(height, 'the presenter with its summary fits 800 px').toBeLessThanOrEqual(size.height);
    }
    for (const y of [0, Math.round(maxScroll / 2), maxScroll]) {
      await page.evaluate((top) => scrollTo(0, top), y);
      const boxes: Box[] = [];
      for (const c of controls) boxes.push((await c.boundingBox())!);
      const found = await textUnderControls(page, boxes);
      expect(found, `scrolled to ${y}: text under a control:\n${found.join('\n')}`).toEqual([]);
    }
    // The slide's two parts do not overlap each other either.
    const head = (await page.locator('.slide--summary .slide__head').boundingBox())!;
    const result = (await page.locator('.slide--summary .slide__result').boundingBox())!;
    const apart = head.x + head.width <= result.x + 0.5 || head.y + head.height <= result.y + 0.5;
    expect(apart, `scores ${JSON.stringify(head)} and most divided ${JSON.stringify(result)} overlap`).toBe(true);
  });
}

/** Width (or height) of each level's bar as a share of its track, read from the screen. */
async function barShares(list: Locator, axis: 'width' | 'height') {
  await expect(list).toBeVisible();
  const shares: number[] = [];
  for (const item of await list.getByRole('listitem').all()) {
    const track = await item.locator('[class$="__track"]').boundingBox();
    const bar = await item.locator('[class$="__bar"]').boundingBox();
    shares.push(bar && track ? bar[axis] / track[axis] : 0);
  }
  return shares;
}

test('bars show each count as a share of the people who answered: 1 of 3 is a third, 2 of 3 two thirds', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await workshopWithHands(page);

  // The presenter: a horizontal bar per level, then N/A and "Don't know".
  await presentQuestionRevealed(page);
  const bars = await barShares(page.getByRole('list', { name: `Answers to: ${QUESTION.question}` }), 'width');
  expect(bars).toHaveLength(7);
  expect(bars[0]).toBeCloseTo(1 / 3, 1);
  expect(bars[2]).toBeCloseTo(2 / 3, 1);
  for (const i of [1, 3, 4, 5, 6]) expect(bars[i]).toBe(0);

  // The group picture: a column per level, by the same rule.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Group picture' })).toBeVisible();
  const columns = await barShares(
    page.getByRole('article', { name: QUESTION.question }).getByRole('list', { name: `Answers to: ${QUESTION.question}` }),
    'height',
  );
  expect(columns).toHaveLength(7);
  expect(columns[0]).toBeCloseTo(1 / 3, 1);
  expect(columns[2]).toBeCloseTo(2 / 3, 1);
});
