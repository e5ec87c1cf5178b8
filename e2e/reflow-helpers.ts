// Reflow checks for the accessibility tests: a walk through every screen of the app (solo
// assessment, print view, trend, workshop, participant's ballot), a layout check run on each, and a
// deliberately wide text style, so the result does not hang on which fonts the machine has.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { answer, rubric, startAssessment } from './helpers';
import { answerBallot, setUpWorkshop } from './workshop-helpers';

/**
 * Wider than any font a phone or a Debian machine renders with: DejaVu Sans (Debian's default, already
 * wider than most UI fonts; Verdana, its twin in width, where DejaVu is missing) on every element,
 * with the text spacing WCAG 1.4.12 asks pages to survive (letter spacing 0.12 em, word spacing
 * 0.16 em). Only fonts Debian's chromium package brings are needed.
 */
export const WIDE_TEXT_CSS = `
*, *::before, *::after {
  font-family: 'DejaVu Sans', Verdana, sans-serif !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}`;

const SAMPLE = 'Institutionalization of relationships 100 %';

/** The width of a sample line in the page's own font. */
function sampleWidth(page: Page): Promise<number> {
  return page.evaluate((text) => {
    const probe = document.createElement('span');
    probe.textContent = text;
    probe.style.whiteSpace = 'nowrap';
    probe.style.position = 'absolute';
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  }, SAMPLE);
}

/**
 * Puts WIDE_TEXT_CSS on every document the page loads from now on, and checks it took: the sample
 * line must come out at least 15 % wider than in the app's own font.
 */
export async function useWideText(page: Page): Promise<void> {
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const before = await sampleWidth(page);
  // A constructed style sheet: the app's Content-Security-Policy rightly refuses inline <style>.
  await page.addInitScript((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, WIDE_TEXT_CSS);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const after = await sampleWidth(page);
  expect(after, `the wide text style made “${SAMPLE}” ${Math.round(after)} px wide, against ${Math.round(before)} px`).toBeGreaterThan(before * 1.15);
}

/**
 * What breaks the layout at the page's current size: sideways scrolling of the page, and any element
 * whose box reaches past the left or right edge of the card, section, article or fieldset holding
 * it. Content inside a box that clips or scrolls on its own (a wide data table in a scroll region,
 * an SVG) and visually hidden text are left out: nothing of them shows outside their box.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const describe = (e: Element) => {
      const cls = e.getAttribute('class');
      const text = (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${e.tagName.toLowerCase()}${cls ? ` class="${cls}"` : ''}>${text ? ` “${text}”` : ''}`;
    };
    const hidden = (e: Element) => {
      const s = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      return (r.width <= 1 && r.height <= 1) || s.visibility === 'hidden' || s.opacity === '0' || s.clip === 'rect(0px, 0px, 0px, 0px)';
    };
    const clips = (e: Element) => {
      const s = getComputedStyle(e);
      return s.overflowX !== 'visible' || s.contain.includes('paint');
    };

    if (root.scrollWidth > root.clientWidth) {
      const outside = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && !hidden(e))
        .slice(-3)
        .map((e) => `${describe(e)} right=${Math.round(e.getBoundingClientRect().right)}`);
      problems.push(`page scrolls sideways: scrollWidth ${root.scrollWidth} > ${root.clientWidth}; sticking out: ${outside.join('; ')}`);
    }

    const boxes = document.querySelectorAll('.card, section, article, fieldset, .indicator, .notice, .step-nav, .slide, dialog[open]');
    for (const box of boxes) {
      const outer = box.getBoundingClientRect();
      if (outer.width === 0 || hidden(box)) continue;
      // The box's content edge: what sits in its padding has spilled out of it too.
      const bs = getComputedStyle(box);
      const b = {
        left: outer.left + parseFloat(bs.borderLeftWidth) + parseFloat(bs.paddingLeft),
        right: outer.right - parseFloat(bs.borderRightWidth) - parseFloat(bs.paddingRight),
      };
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_ELEMENT, {
        // A box that clips or scrolls keeps its content in: check the box itself, not what is in it.
        acceptNode: (n) => (n !== box && n.parentElement !== box && n.parentElement && clips(n.parentElement) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const e = n as Element;
        if (hidden(e)) continue;
        const r = e.getBoundingClientRect();
        if (r.right > b.right + 1 || r.left < b.left - 1) {
          problems.push(
            `${describe(e)} (${Math.round(r.left)}–${Math.round(r.right)}) reaches outside ${describe(box)} (${Math.round(b.left)}–${Math.round(b.right)})`,
          );
          break; // one per box is enough to find it
        }
      }
    }
    return problems;
  });
}

export type Check = (screen: string) => Promise<void>;

/** Runs layoutProblems on each screen, with a screenshot of each; fails at the end with every problem found. */
export function reflowChecker(page: Page, label: string): { check: Check; expectNone: () => void } {
  const found: string[] = [];
  return {
    check: async (screen) => {
      await page.screenshot({ path: test.info().outputPath(`${label}-${screen}.png`), fullPage: true });
      for (const p of await layoutProblems(page)) found.push(`${screen}: ${p}`);
    },
    expectNone: () => expect(found, `${label}:\n${found.join('\n')}`).toEqual([]),
  };
}

export const LONG_NETWORK = 'Coopérative régionale des réseaux d’économie sociale et solidaire du Bas-Saint-Laurent';
/** Users' words can hold long unbroken strings: addresses, file names. */
export const LONG_NOTE =
  'Charter: https://example.org/agreements/2024/network-wide-charter-signed-by-every-member-co-operative-of-the-federation.pdf — Ça suffit.';

/** A solo assessment from the start page to the print view, then a second one and the trend. */
export async function walkSoloScreens(page: Page, check: Check): Promise<void> {
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check('home');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.getByLabel('Network name')).toHaveAttribute('aria-invalid', 'true');
  await check('home-start-error');

  await startAssessment(page, LONG_NETWORK, 'Ana Núñez and the Comité de coordination intercoopératif');
  // One question at a time (a phone's default), then a principle per page for the rest of the walk.
  const oneAtATime = page.getByRole('checkbox', { name: 'One question at a time' });
  await oneAtATime.check();
  await expect(page.getByText(/^Question 1 of 25/)).toBeVisible();
  await page.getByText('More about this question').click();
  await page.getByRole('textbox', { name: 'Note' }).fill(LONG_NOTE);
  await check('step-one-question');
  await page.getByText('All principles').click();
  await check('step-one-question-principles');
  await oneAtATime.uncheck();
  for (const [pi, principle] of rubric.principles.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: principle.title })).toBeVisible();
    for (const [ii, indicator] of principle.indicators.entries()) {
      await answer(page, indicator.question, indicator.levels[(pi + ii) % 5]!.label);
    }
    await page.getByRole('textbox', { name: 'Note' }).first().fill(LONG_NOTE);
    await check(`step-${pi + 1}`);
    await page.getByRole('link', { name: /^Next:/ }).click();
  }
  await page
    .getByRole('radiogroup', { name: 'Which stage best describes your network today?' })
    .getByRole('radio', { name: new RegExp(`^${rubric.stages[1]!.title}`) })
    .check();
  await page.getByRole('radiogroup', { name: rubric.outcomes[0]!.title }).getByRole('radio', { name: 'Emerging' }).check();
  await check('about-the-network');
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.getByRole('table', { name: /Scores by principle/ })).toBeVisible();
  await check('results');

  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await check('print-view');

  // A second assessment of the same network, from the first one's answers: the library and the trend.
  await page.getByRole('link', { name: 'Fivefold' }).click();
  await page.getByLabel(`More actions for ${LONG_NETWORK}`).click();
  await check('home-library-menu');
  await page.getByRole('button', { name: 'Re-assess' }).click();
  await check('home-reassess');
  await page.getByRole('button', { name: 'Start from these answers' }).click();
  // The new assessment's first screen: its date, and last time's actions (none were planned).
  await expect(page.getByRole('region', { name: 'Last time’s actions' })).toBeVisible();
  await check('reassess-first-screen');
  const first = rubric.principles[0]!.indicators[0]!;
  await answer(page, first.question, first.levels[4]!.label);
  await page.getByRole('link', { name: 'Fivefold' }).click();
  await page.getByRole('link', { name: /over time/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bas-Saint-Laurent');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await check('trend');
}

/** What a workshop screen draws last (after its first paint), in any language: checked once it is there. */
const LATE_PARTS: Record<string, string> = { 'workshop-picture': '#agenda-title', 'workshop-overview': '.paper-size' };

/** A workshop from set-up to the presenter and its print view, and a participant's ballot. */
export async function walkWorkshopScreens(page: Page, check: Check): Promise<void> {
  await page.goto('./#/workshop');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check('workshop-setup');
  const invitation = await setUpWorkshop(page, {
    networkName: LONG_NETWORK,
    facilitator: 'Marie-Ève Tremblay-Ouellet',
    groups: ['Travailleuses et travailleurs membres', 'Organisations partenaires du territoire'],
  });
  await check('workshop-collect');

  // A participant on this device: the invitation, a principle, the hand-in screen, the ballot link.
  await page.goto(invitation);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('invited');
  await check('join');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: rubric.principles[0]!.indicators[0]!.question })).toBeVisible();
  await page.getByText('More about this question').click();
  await page.getByRole('textbox', { name: 'Note' }).fill(LONG_NOTE);
  await check('ballot-question');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await answerBallot(page, (pi, ii) => ((pi + ii) % 5) as 0 | 1 | 2 | 3 | 4);
  await expect(page.getByRole('heading', { level: 1, name: /Thank you/ })).toBeVisible();
  await check('ballot-handed-in');
  const link = await page.getByRole('textbox', { name: 'Ballot link', exact: true }).inputValue();
  await page.goto(link);
  await check('ballot-link');
  await page.getByRole('button', { name: /^Add this ballot to/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toBeVisible();

  await page.getByRole('link', { name: 'Go to Collect' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collect' })).toBeVisible();
  await page.getByRole('link', { name: 'Next participant' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your turn' })).toBeVisible();
  await check('workshop-pass-device');
  // A second participant on this device, answering differently, so the room is divided.
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await answerBallot(page, (pi, ii) => ((pi + ii + 2) % 5) as 0 | 1 | 2 | 3 | 4);
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you — pass the device on' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the workshop (facilitator)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collect' })).toBeVisible();
  for (const [link, heading, screen] of [
    ['Tally', 'Tally', 'workshop-tally'],
    ['Group picture', 'Group picture', 'workshop-picture'],
    ['Discuss & agree', 'Discuss & agree', 'workshop-agree'],
    ['Compare groups', 'Compare groups', 'workshop-groups'],
    ['Overview', 'Overview', 'workshop-overview'],
  ] as const) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0); // the screens that load late, loaded
    // The parts these screens draw just after their first paint (the agenda; the plan and downloads).
    const late = LATE_PARTS[screen];
    if (late) await expect(page.locator(late).first()).toBeVisible();
    await check(screen);
  }
  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await check('workshop-print-view');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: rubric.principles[0]!.title })).toBeVisible();
  await check('present');
  await page.getByRole('button', { name: 'Reveal' }).click();
  await check('present-principle-revealed');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByRole('list', { name: /^Answers to:/ })).toBeVisible();
  await check('present-question-revealed');
}
