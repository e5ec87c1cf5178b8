// Accessibility of every screen: axe (WCAG 2.0/2.1 A+AA, 2.2 AA) finds no violation; every screen
// reflows without sideways scrolling, nothing reaching out of its card, at 360 px (also with a
// deliberately wide font) and at 1280 px zoomed to 200 %; with reduced motion asked for, nothing animates.
import { expect, test } from '@playwright/test';
import { chromiumAccessibilityTree, expectNoAxeViolations, fillAssessment } from './a11y-helpers';
import { reflowChecker, useWideText, walkSoloScreens, walkWorkshopScreens } from './reflow-helpers';
import { address, answer, rubric, startAssessment } from './helpers';
import { setUpWorkshop } from './workshop-helpers';

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

test.describe('accessible names', () => {
  test('the paper-size radios are named "A4" and "US Letter"; the check mark is decoration', async ({ page }) => {
    await startAssessment(page, NETWORK, 'Jo');
    await page.goto('./#/results');
    const paper = page.getByRole('group', { name: 'Paper size' });
    for (const size of ['US Letter', 'A4']) {
      await paper.getByRole('radio', { name: size, exact: true }).check();
      await expect(paper.getByRole('radio', { name: size, exact: true })).toBeChecked();
      // What Chromium tells a screen reader: the names alone, the checked one included.
      const radios = (await chromiumAccessibilityTree(page)).filter((n) => n.role === 'radio');
      expect(radios.map((r) => r.name).sort()).toEqual(['A4', 'US Letter']);
    }
  });

  test('the ballot files are one control: the drop zone, a button that opens the file picker', async ({ page }) => {
    await setUpWorkshop(page, { networkName: NETWORK, facilitator: 'Jo' });
    const zone = page.getByRole('button', { name: /ballot files/i });
    await expect(zone).toHaveCount(1);
    await expect(zone).toHaveAccessibleName(/^Drop ballot files here/);
    const tree = await chromiumAccessibilityTree(page);
    const controls = tree.filter((n) => /ballot file/i.test(n.name) && !['StaticText', 'InlineTextBox', 'heading', 'paragraph', 'generic'].includes(n.role));
    expect(controls, JSON.stringify(controls)).toEqual([{ role: 'button', name: expect.stringMatching(/^Drop ballot files here/) }]);
    const picker = page.waitForEvent('filechooser');
    await zone.click();
    expect((await picker).isMultiple()).toBe(true);
  });
});

const SIZES = [
  { label: '360', width: 360, height: 740, what: 'at 360×740 (small phone)', wide: false },
  { label: '360-wide-text', width: 360, height: 740, what: 'at 360×740 with wide text (DejaVu Sans, WCAG text spacing)', wide: true },
  { label: '640-zoom200', width: 640, height: 800, what: 'at 640×800 (a 1280 px window at 200 % zoom)', wide: false },
] as const;

test.describe('reflow: no horizontal scrolling, nothing sticks out of its card', () => {
  for (const size of SIZES) {
    for (const [part, walk] of [
      ['assessment screens', walkSoloScreens],
      ['workshop screens', walkWorkshopScreens],
    ] as const) {
      test(`${size.what}: ${part}`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width: size.width, height: size.height });
        if (size.wide) await useWideText(page);
        const { check, expectNone } = reflowChecker(page, `${size.label}-${part.split(' ')[0]}`);
        await walk(page, check);
        expectNone();
      });
    }
  }
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
