// Helpers for the accessibility, keyboard and privacy tests: axe with the WCAG 2.2 AA tags and a
// readable failure, focus-indicator checks, "Tab until", and filling a whole assessment.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { answer, rubric } from './helpers';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

/** One line per violation: rule id, impact, help, and the first few elements it was found on. */
export function formatViolations(screen: string, violations: Violation[]): string {
  if (violations.length === 0) return `${screen}: no axe violations`;
  const lines = [`${screen}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`  [${v.id}] (${v.impact ?? 'n/a'}) ${v.help} — ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, 3)) {
      lines.push(`      at ${node.target.join(' ')}`);
      lines.push(`         ${node.html.slice(0, 200)}`);
      const why = (node.failureSummary ?? '').split('\n').slice(0, 3).join(' / ');
      if (why) lines.push(`         ${why.slice(0, 300)}`);
    }
    if (v.nodes.length > 3) lines.push(`      … and ${v.nodes.length - 3} more node(s)`);
  }
  return lines.join('\n');
}

/** Runs axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on the page as it is and expects no violation. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = formatViolations(screen, results.violations);
  if (results.violations.length > 0) console.log(report);
  // What axe could not decide (e.g. contrast over a gradient) is listed for a person to check.
  if (results.incomplete.length > 0) {
    console.log(
      `${screen}: axe needs review: ${results.incomplete
        .map((r) => `${r.id} (${r.nodes.length}: ${r.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')})`)
        .join('; ')}`,
    );
  }
  await test.info().attach(`axe ${screen}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  expect(
    results.violations.map((v) => v.id),
    report,
  ).toEqual([]);
}

export interface FocusInfo {
  /** A short description of the focused element, for messages. */
  describe: string;
  tag: string;
  /** Where a visible indicator was found ('self', 'label', …), or null when none was. */
  indicatorOn: string | null;
  outline: string;
  boxShadow: string;
}

/**
 * What has focus, and whether it shows a focus indicator: an outline of at least 2px that is not
 * 'none' (or a box-shadow), on the element itself when it is visible, otherwise on its enclosing
 * label / .choice / .segment / .file-button (visually hidden radios and file inputs).
 */
export async function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) {
      return { describe: 'body (nothing focused)', tag: 'body', indicatorOn: null, outline: '', boxShadow: '' };
    }
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    const describe = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
      el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''
    }> “${name.replace(/\s+/g, ' ').trim().slice(0, 60)}”`;
    const visibleBox = (e: Element) => {
      const r = e.getBoundingClientRect();
      const s = getComputedStyle(e);
      return r.width > 2 && r.height > 2 && s.opacity !== '0' && s.visibility !== 'hidden';
    };
    const shows = (e: Element) => {
      const s = getComputedStyle(e);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
      return outline || shadow;
    };
    const candidates: [string, Element | null][] = [
      ['self', visibleBox(el) ? el : null],
      ['label/.choice', el.closest('label, .choice, .segment, .file-button')],
    ];
    for (const [where, c] of candidates) {
      if (c && visibleBox(c) && shows(c)) {
        const s = getComputedStyle(c);
        return {
          describe,
          tag: el.tagName.toLowerCase(),
          indicatorOn: where,
          outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          boxShadow: s.boxShadow,
        };
      }
    }
    const s = getComputedStyle(el);
    return {
      describe,
      tag: el.tagName.toLowerCase(),
      indicatorOn: null,
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      boxShadow: s.boxShadow,
    };
  });
}

/** Fails unless the focused element shows a visible focus indicator. */
export async function expectVisibleFocus(page: Page, context = ''): Promise<FocusInfo> {
  const info = await focusInfo(page);
  expect(
    info.indicatorOn,
    `${context} focused ${info.describe} has no visible focus indicator (outline: ${info.outline}; box-shadow: ${info.boxShadow})`,
  ).not.toBeNull();
  return info;
}

export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, at most `max` times, checking the focus
 * indicator after every press. Fails with the path taken when the target is never reached.
 */
export async function tabTo(page: Page, target: Locator, opts: { max?: number; back?: boolean } = {}): Promise<void> {
  const max = opts.max ?? 40;
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const info = await expectVisibleFocus(page, `after ${opts.back ? 'Shift+Tab' : 'Tab'} #${i + 1}:`);
    path.push(info.describe);
    if (await isFocused(target)) return;
  }
  throw new Error(`Focus never reached ${target} after ${max} presses. Path:\n  ${path.join('\n  ')}`);
}

/** Answers every indicator (varied levels, a note per principle), a stage and an outcome; ends on results. */
export async function fillAssessment(page: Page): Promise<void> {
  for (const [pi, principle] of rubric.principles.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: principle.title })).toBeVisible();
    for (const [ii, indicator] of principle.indicators.entries()) {
      await answer(page, indicator.question, indicator.levels[(pi + ii) % 5]!.label);
    }
    await page.getByRole('textbox', { name: 'Note' }).first().fill(`Note for ${principle.shortTitle}`);
    await page.getByRole('link', { name: /^Next:/ }).click();
  }
  await page
    .getByRole('radiogroup', { name: 'Which stage best describes your network today?' })
    .getByRole('radio', { name: new RegExp(`^${rubric.stages[1]!.title}`) })
    .check();
  await page.getByRole('radiogroup', { name: rubric.outcomes[0]!.title }).getByRole('radio', { name: 'Emerging' }).check();
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.getByRole('table', { name: /Scores by principle/ })).toBeVisible();
}

export interface AxNode {
  role: string;
  name: string;
}

/**
 * The page's accessibility tree as Chromium itself builds it for screen readers (over the DevTools
 * protocol): each exposed node's role and name, so a test sees exactly what a screen reader is told,
 * CSS generated content included.
 */
export async function chromiumAccessibilityTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
  } finally {
    await cdp.detach();
  }
}
