// Accessibility of every screen: axe (WCAG 2.0/2.1 A+AA, 2.2 AA) finds no violation; the pages
// reflow without sideways scrolling at 360 px and at 1280 px zoomed to 200 %; and with reduced
// motion asked for, nothing animates.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, fillAssessment, horizontalOverflow } from './a11y-helpers';
import { address, answer, rubric, startAssessment } from './helpers';

const NETWORK = 'Halifax Co-op Network';

test.describe('axe finds no WCAG 2.2 AA violation', () => {
  test('home, empty', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, 'home (empty)');
  });

  test('home, with a saved assessment listed', async ({ page }) => {
    await startAssessment(page, NETWORK, 'Jo');
    const first = rubric.principles[0]!.indicators[0]!;
    await answer(page, first.question, first.levels[2]!.label);
    await page.getByRole('link', { name: 'Fivefold' }).click();
    await expect(page.getByRole('link', { name: `Continue ${NETWORK}` })).toBeVisible();
    await expectNoAxeViolations(page, 'home (saved assessment listed)');
  });

  test('home, start form validation error', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    const name = page.getByLabel('Network name');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toBeFocused();
    await expect(page.getByText('Please give the name of the network you are assessing.')).toBeVisible();
    await expectNoAxeViolations(page, 'home (validation error)');
  });

  for (const [pi, principle] of rubric.principles.entries()) {
    test(`principle step ${pi + 1}: ${principle.shortTitle}`, async ({ page }) => {
      const id = await startAssessment(page, NETWORK, 'Jo');
      await page.goto(address.step(id, principle.id));
      await expect(page.getByRole('heading', { level: 1, name: principle.title })).toBeVisible();
      // One answered question, so the checked style and the "Clear answer" button are checked too.
      const first = principle.indicators[0]!;
      await answer(page, first.question, first.levels[3]!.label);
      await expect(page.getByRole('button', { name: 'Clear answer' })).toBeVisible();
      await expectNoAxeViolations(page, `principle step "${principle.title}"`);
    });
  }

  test('"About the network" step', async ({ page }) => {
    const id = await startAssessment(page, NETWORK, 'Jo');
    await page.goto(address.step(id, 'about-the-network'));
    await expect(page.getByRole('heading', { level: 1, name: 'About the network' })).toBeVisible();
    await page
      .getByRole('radiogroup', { name: 'Which stage best describes your network today?' })
      .getByRole('radio', { name: new RegExp(`^${rubric.stages[0]!.title}`) })
      .check();
    await page.getByRole('radiogroup', { name: rubric.outcomes[0]!.title }).getByRole('radio', { name: 'Emerging' }).check();
    await expectNoAxeViolations(page, '"About the network" step');
  });

  test('results, fully answered', async ({ page }) => {
    await startAssessment(page, NETWORK, 'Jo');
    await fillAssessment(page);
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expectNoAxeViolations(page, 'results');
  });

  test('results, nothing answered yet', async ({ page }) => {
    const id = await startAssessment(page, NETWORK, 'Jo');
    await page.goto(address.results(id));
    await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
    await expectNoAxeViolations(page, 'results (no answers)');
  });

  test('print view (#/report)', async ({ page }) => {
    await startAssessment(page, NETWORK, 'Jo');
    await fillAssessment(page);
    await page.getByRole('link', { name: 'Print view' }).click();
    await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expectNoAxeViolations(page, 'print view');
  });

  test('import error message', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Choose a file to import').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"type": "fivefold/assessment", "schemaVersion": 1, "assessment": {'),
    });
    await expect(page.getByRole('alert')).toContainText('Could not import “broken.json”');
    await expectNoAxeViolations(page, 'home (import error)');
  });

  test('storage notice for unreadable saved data', async ({ page }) => {
    // Damaged JSON under the app's localStorage key, put there once, before the app first loads
    // (so it is read whether the app keeps its data in localStorage or migrates it to IndexedDB).
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('fivefold:state', '{"state": {"assessments": {');
    });
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('Some saved data could not be opened');
    await expectNoAxeViolations(page, 'home (storage notice)');
  });
});

/** Visits home, a principle step, results and the print view at the current size, with screenshots. */
async function expectReflow(page: Page, label: string) {
  const width = page.viewportSize()!.width;
  const problems: string[] = [];
  const check = async (screen: string) => {
    await page.screenshot({ path: test.info().outputPath(`${label}-${screen}.png`), fullPage: true });
    const o = await horizontalOverflow(page);
    if (o.scrollWidth > width) {
      problems.push(`${screen}: scrollWidth ${o.scrollWidth} > ${width}; sticking out: ${o.widest.join('; ')}`);
    }
  };

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check('home');

  const id = await startAssessment(page, 'Coopérative régionale des réseaux d’économie sociale et solidaire du Bas-Saint-Laurent', 'Ana Núñez');
  const first = rubric.principles[0]!.indicators[0]!;
  await answer(page, first.question, first.levels[4]!.label);
  await check('principle-step');

  await page.goto(address.step(id, rubric.principles[0]!.id));
  await fillAssessment(page);
  await check('results');

  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await check('report');

  expect(problems, problems.join('\n')).toEqual([]);
}

test.describe('reflow: no horizontal scrolling', () => {
  test('at 360×740 (small phone)', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await expectReflow(page, '360');
  });

  test('at 640×800 (a 1280 px window at 200 % zoom)', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 800 });
    await expectReflow(page, '640-zoom200');
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing animates or transitions after interactions', async ({ page }) => {
    const moving = async (where: string) => {
      const found = await page.evaluate(() => {
        const out: string[] = [];
        for (const a of document.getAnimations()) {
          const target = (a.effect as KeyframeEffect | null)?.target;
          out.push(`animation ${a.constructor.name} on ${target?.tagName ?? '?'}.${target?.className ?? ''}`);
        }
        for (const el of document.querySelectorAll('*')) {
          const s = getComputedStyle(el);
          const durations = `${s.transitionDuration},${s.animationDuration}`.split(',').map((d) => parseFloat(d) || 0);
          if (s.animationName !== 'none' || durations.some((d) => d > 0)) {
            out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> animation ${s.animationName} ${s.animationDuration}, transition ${s.transitionProperty} ${s.transitionDuration}`);
          }
        }
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') out.push('html scroll-behavior: smooth');
        return out.slice(0, 10);
      });
      expect(found, `${where}: ${found.join('\n')}`).toEqual([]);
    };

    await page.goto('./');
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await page.getByRole('button', { name: 'Start the assessment' }).hover();
    await moving('home');

    const id = await startAssessment(page, NETWORK, 'Jo');
    const principle = rubric.principles[0]!;
    await page.getByText('Why it matters').click();
    for (const indicator of principle.indicators.slice(0, 3)) {
      await answer(page, indicator.question, indicator.levels[2]!.label);
    }
    await page.locator('.choice').nth(3).hover();
    await page.getByRole('button', { name: 'Clear answer' }).first().click();
    await moving('principle step');

    await page.goto(address.step(id, principle.id));
    await fillAssessment(page);
    // The radar is drawn once, not animated: its shape is the same now and a moment later.
    const shape = () => page.locator('.recharts-radar-polygon path').first().getAttribute('d');
    const before = await shape();
    await page.waitForTimeout(300);
    expect(await shape()).toBe(before);
    await page.getByRole('button', { name: 'Download CSV' }).hover();
    await moving('results');

    await page.getByRole('link', { name: 'Print view' }).click();
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    await moving('print view');
  });
});
