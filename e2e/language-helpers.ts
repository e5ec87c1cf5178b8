// Switching the app's language from a test: through the header's control, or (to check a screen in
// another language without leaving it) from a second tab, whose choice every open tab follows.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { englishCopy } from '../src/i18n/apply';
import rubricJson from '../rubrics/five-principles.json' with { type: 'json' };
import type { Check } from './reflow-helpers';

const KEY = 'fivefold:language';

/** Sets the language from another tab of the same browser; the page follows and redraws. */
export async function switchFromAnotherTab(page: Page, language: string, lang: string): Promise<void> {
  const other = await page.context().newPage();
  await other.goto('about:blank');
  await other.goto(new URL('./', page.url()).href.split('#')[0] + '#/not-a-screen');
  await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, language]);
  await other.close();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** A check that runs `inner` on each screen in another language, then comes back to English. */
export function checkInLanguage(page: Page, language: string, lang: string, inner: Check, skip: readonly string[] = []): Check {
  return async (screen) => {
    if (skip.includes(screen)) return;
    await switchFromAnotherTab(page, language, lang);
    await page.waitForTimeout(150); // the screen's parts that load late, redrawn
    await inner(screen);
    await switchFromAnotherTab(page, 'en', 'en');
  };
}

type Node = Record<string, unknown>;
const MARKERS = ['⟪a⟫', '⟪b⟫', '⟪c⟫', '⟪d⟫'];

/**
 * The English catalogues' words as they appear on screen: every text, and the fixed parts of every
 * message function (its output with marker arguments, cut at the markers), of two words or more.
 * Words that are also the rubric's own (which the pseudo-locale leaves English) are left out.
 */
export function englishPhrases(): string[] {
  const rubricText = JSON.stringify(rubricJson);
  const out = new Set<string>();
  const add = (text: string) => {
    for (const part of text.split(/⟪[a-d]⟫|NaN|\d+/)) {
      const phrase = part.trim().replace(/^[\s,.:;()·—–-]+|[\s,.:;()·—–-]+$/g, '');
      if (phrase.split(/\s+/).length >= 2 && !rubricText.includes(phrase)) out.add(phrase);
    }
  };
  const walk = (node: Node) => {
    for (const value of Object.values(node)) {
      if (typeof value === 'string') add(value);
      else if (typeof value === 'function') {
        try {
          const result = (value as (...a: unknown[]) => unknown)(...MARKERS);
          if (typeof result === 'string') add(result);
        } catch {
          // takes an object (a problem, a principle): its fixed words are checked by the unit tests
        }
      } else if (typeof value === 'object' && value !== null) walk(value as Node);
    }
  };
  walk(englishCopy() as unknown as Node);
  return [...out];
}

/** The English phrases visible on the page (its text, labels and titles). */
export async function visibleEnglish(page: Page, phrases: readonly string[]): Promise<string[]> {
  const text = await page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, document.title, ...attrs].join('\n');
  });
  return phrases.filter((p) => text.includes(p));
}

/**
 * Visible text that is plain English and no catalogue's: text nodes with two English-looking words
 * and no pseudo-locale mark, that are neither the rubric's words nor what the test typed.
 */
export async function plainEnglishText(page: Page, typed: readonly string[]): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (!el || !text || el.closest('[hidden],script,style,[aria-hidden="true"]') || el.offsetParent === null) continue;
      out.push(text);
    }
    return out;
  });
  const rubricText = JSON.stringify(rubricJson).replace(/\\"/g, '"');
  const words = (t: string) => /[A-Za-z]{2,}[\s’']+[A-Za-z]{2,}/.test(t);
  const known = (part: string) => part.includes('⟦') || rubricText.includes(part) || typed.some((u) => u.includes(part) || part.includes(u));
  // A line can join the rubric's words to numbers and marks ("3 · Half or more buy co-op"): each part is looked at.
  const clean = (part: string) => part.trim().replace(/^[\s,.;“”]+|[\s,.;“”]+$/g, '');
  return texts.filter((t) => t.split(/[·—:()\d%/]+/).some((part) => words(clean(part)) && !known(clean(part))));
}
