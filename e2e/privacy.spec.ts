// Privacy and hostile input. Every request the browser makes during a whole assessment and every
// export stays on the app's own origin; and text from an imported file (markup, javascript: URLs,
// right-to-left overrides, zero-width characters, emoji) is shown as text, never run.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { fillAssessment } from './a11y-helpers';
import { address, answer, idInAddress, rubric, startAssessment } from './helpers';

function appOrigin(): string {
  return new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173/').origin;
}

interface Seen {
  url: string;
  kind: string;
}

/** Records every request of the context (pages, workers, service workers) and every WebSocket. */
function recordRequests(context: BrowserContext): Seen[] {
  const seen: Seen[] = [];
  context.on('request', (r) => seen.push({ url: r.url(), kind: r.serviceWorker() ? `service worker ${r.resourceType()}` : r.resourceType() }));
  context.on('serviceworker', (sw) => {
    seen.push({ url: sw.url(), kind: 'service worker script' });
  });
  context.on('page', (p) => p.on('websocket', (ws) => seen.push({ url: ws.url(), kind: 'websocket' })));
  return seen;
}

function allowed(url: string, origin: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:') return true; // inline data, nothing leaves the browser
  return u.origin === origin; // blob:http://127.0.0.1:4173/… has the page's origin too
}

async function saveDownload(page: Page, trigger: () => Promise<void>, name: string): Promise<string> {
  const downloadPromise = page.waitForEvent('download');
  await trigger();
  const download = await downloadPromise;
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  return path;
}

test('a whole assessment, every export and the print view send nothing off this origin', async ({ context, page }) => {
  const seen = recordRequests(context);
  page.on('websocket', (ws) => seen.push({ url: ws.url(), kind: 'websocket' }));
  const origin = appOrigin();
  // The built page carries a Content-Security-Policy; anything it blocks is a bug to see, not to hide.
  const cspViolations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);

  await startAssessment(page, 'Privacy Co-op Network', 'Jo');
  await fillAssessment(page);

  const json = await saveDownload(page, () => page.getByRole('button', { name: 'Export as a file (JSON)' }).click(), 'export.json');
  expect(JSON.parse(readFileSync(json, 'utf8')).type).toBe('fivefold/assessment');
  const pdf = await saveDownload(page, () => page.getByRole('button', { name: 'Download PDF report' }).click(), 'report.pdf');
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  await saveDownload(page, () => page.getByRole('button', { name: 'Download CSV' }).click(), 'report.csv');
  await saveDownload(page, () => page.getByRole('button', { name: 'Download Markdown' }).click(), 'report.md');

  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy Co-op Network' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: test.info().outputPath('print-view.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // A reload (from the cache or the service worker, if there is one) and a moment for late requests.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForTimeout(1000);

  const distinct = [...new Set(seen.map((s) => {
    const u = new URL(s.url);
    return u.protocol === 'data:' ? `data:${s.url.slice(5, 40)}… (${s.kind})` : `${u.protocol === 'blob:' ? 'blob:' : ''}${u.origin}${u.protocol === 'blob:' ? '/<uuid>' : u.pathname} (${s.kind})`;
  }))].sort();
  console.log(`Requests seen (${seen.length} in all, ${distinct.length} distinct):\n  ${distinct.join('\n  ')}`);
  await test.info().attach('requests.txt', { body: distinct.join('\n'), contentType: 'text/plain' });

  const offOrigin = seen.filter((s) => !allowed(s.url, origin));
  expect(offOrigin, `requests that left ${origin}`).toEqual([]);
  expect(seen.length).toBeGreaterThan(0);
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
});

// Hostile strings. Each is short enough for the field it goes into.
const IMG = '<img src=x onerror="window.__pwned=1">';
const JS_URL = 'javascript:alert(1)';
const SCRIPT = '</textarea><script>window.__pwned=1</script>';
const RTL = '\u202Eexe.فاتورة\u202C שלום עולם مرحبا';
const ZERO_WIDTH = 'zero\u200Bwidth\u200C\u200Djoin\uFEFFer\u2060.';
const EMOJI = '👩🏽‍🌾 🧑‍🤝‍🧑 🇨🇦 🏳️‍🌈 ✊🏿';
const NETWORK = `${IMG} ${RTL} ${EMOJI}`;
const ASSESSORS = `${JS_URL} ${ZERO_WIDTH}`;

/** Makes an assessment in the app, exports it, and returns the exported file's JSON. */
async function exportedFile(page: Page): Promise<{ assessment: Record<string, unknown> & { answers: Record<string, { value?: unknown; note?: string }> } }> {
  const id = await startAssessment(page, 'Plain network', 'Jo');
  for (const principle of rubric.principles) {
    await page.goto(address.step(id, principle.id));
    await answer(page, principle.indicators[0]!.question, principle.indicators[0]!.levels[2]!.label);
    await answer(page, principle.indicators[1]!.question, principle.indicators[1]!.levels[3]!.label);
    await answer(page, principle.indicators[2]!.question, principle.indicators[2]!.levels[1]!.label);
  }
  await page.goto(address.results(id));
  const path = await saveDownload(page, () => page.getByRole('button', { name: 'Export as a file (JSON)' }).click(), 'plain.json');
  return JSON.parse(readFileSync(path, 'utf8'));
}

function failOnDialog(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return dialogs;
}

async function expectNotPwned(page: Page, where: string) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), `window.__pwned on ${where}`).toBeUndefined();
  await expect(page.locator('img[src="x"]'), `an <img src=x> element on ${where}`).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]'), `a javascript: link on ${where}`).toHaveCount(0);
}

test('hostile text from an imported file is shown as text, never run, and still makes a PDF', async ({ page }) => {
  const dialogs = failOnDialog(page);
  const file = await exportedFile(page);

  const ids = rubric.principles.map((p) => p.indicators[0]!.id);
  const notes = [IMG, JS_URL, SCRIPT, RTL, `${ZERO_WIDTH} ${EMOJI}`];
  file.assessment.networkName = NETWORK;
  file.assessment.assessors = ASSESSORS;
  ids.forEach((id, i) => (file.assessment.answers[id]!.note = notes[i]));
  // The longest note the app accepts (20,000 characters), mixed scripts.
  const longNote = `${'Lorem ipsum שלום مرحبا 🧑‍🌾 '.repeat(700)}`.slice(0, 20_000);
  file.assessment.answers[rubric.principles[0]!.indicators[1]!.id]!.note = longNote;
  file.assessment.stageNote = '<svg onload="window.__pwned=1"></svg>';
  const path = test.info().outputPath('hostile.json');
  writeFileSync(path, JSON.stringify(file, null, 2));

  await page.goto('./#/');
  await page.getByLabel('Choose a file to import').setInputFiles(path);

  // Results: the name is the heading's exact text.
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText('<img src=x');
  expect(await h1.evaluate((e) => e.textContent)).toBe(NETWORK);
  await expectNotPwned(page, 'results');

  // The notes in the questionnaire's text areas, unchanged.
  const imported = idInAddress(page.url());
  await page.goto(address.step(imported, rubric.principles[0]!.id));
  await expect(page.getByRole('textbox', { name: 'Note' }).first()).toHaveValue(IMG);
  await expect(page.getByRole('textbox', { name: 'Note' }).nth(1)).toHaveValue(longNote);
  await page.goto(address.step(imported, rubric.principles[2]!.id));
  await expect(page.getByRole('textbox', { name: 'Note' }).first()).toHaveValue(SCRIPT);
  await expectNotPwned(page, 'a principle step');

  // Print view: every note as text.
  await page.goto(address.report(imported));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x');
  for (const note of [IMG, JS_URL, SCRIPT]) await expect(page.getByText(note, { exact: false }).first()).toBeVisible();
  await expect(page.getByText('exe.فاتورة', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('join', { exact: false }).first()).toBeAttached();
  expect(await page.locator('.page--report').evaluate((e) => e.textContent ?? '')).toContain(ASSESSORS);
  await expectNotPwned(page, 'print view');

  // Home: the saved list shows the name as text.
  await page.getByRole('link', { name: 'Fivefold' }).click();
  await expect(page.getByText('<img src=x', { exact: false }).first()).toBeVisible();
  await expectNotPwned(page, 'home');

  // Back to the results from the list, and the PDF is still made.
  await page.getByRole('link', { name: /^Results for <img src=x/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x');
  const pdf = await saveDownload(page, () => page.getByRole('button', { name: 'Download PDF report' }).click(), 'hostile.pdf');
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  await expectNotPwned(page, 'results after the PDF');
  // The PDF font covers Latin scripts; Hebrew, Arabic and emoji it cannot draw are shown as the
  // replacement mark, visibly, rather than dropped or drawn as empty boxes.
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('<img src=x');
  expect(text).toContain('\uFFFD');

  expect(dialogs, 'dialogs opened').toEqual([]);
});

test('a file with a 100 KB note or name is refused, naming the field, and changes nothing', async ({ page }) => {
  const dialogs = failOnDialog(page);
  const file = await exportedFile(page);
  const id = rubric.principles[1]!.indicators[0]!.id;
  const big = 'A'.repeat(100_000);

  await page.goto('./#/');
  await expect(page.getByRole('region', { name: 'Your assessments' }).locator('.saved-item')).toHaveCount(1);

  const tooLongNote = structuredClone(file);
  tooLongNote.assessment.answers[id]!.note = big;
  await page.getByLabel('Choose a file to import').setInputFiles({
    name: 'long-note.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tooLongNote)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not import “long-note.json”. Nothing was changed.');
  // The question by number and text, how long the note is and the limit, in plain words (innerText:
  // what is on screen, without the folded-away Details, which keeps the path for support).
  const question = rubric.principles[1]!.indicators[0]!.question;
  await expect.poll(() => alert.innerText()).toContain(`The note on question 2.1 “${question}” is 100,000 characters long; the limit is 20,000.`);
  expect(await alert.innerText()).not.toMatch(/answers|\.note\b|[✖→]/);
  await expect(alert.locator('details')).toContainText(`answers["${id}"].note`);
  // The message names the problem; it does not paste the 100 KB back at the user.
  expect((await alert.textContent())!.length).toBeLessThan(2000);

  const tooLongName = structuredClone(file);
  tooLongName.assessment.networkName = big;
  await page.getByLabel('Choose a file to import').setInputFiles({
    name: 'long-name.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tooLongName)),
  });
  await expect(alert).toContainText('Could not import “long-name.json”. Nothing was changed.');
  await expect.poll(() => alert.innerText()).toContain('The network name is 100,000 characters long; the limit is 200.');
  expect(await alert.innerText()).not.toContain('networkName');
  expect((await alert.textContent())!.length).toBeLessThan(2000);

  // Nothing changed: still the one assessment, with its own name.
  await expect(page.getByRole('region', { name: 'Your assessments' }).locator('.saved-item')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Continue Plain network' })).toBeVisible();

  // Typing or pasting 100 KB into the form's fields is capped by the fields themselves.
  await page.getByLabel('Network name').fill(big);
  expect((await page.getByLabel('Network name').inputValue()).length).toBeLessThanOrEqual(200);
  await page.getByRole('link', { name: 'Continue Plain network' }).click();
  const note = page.getByRole('textbox', { name: 'Note' }).first();
  await note.fill(big);
  expect((await note.inputValue()).length).toBeLessThanOrEqual(20_000);

  expect(dialogs, 'dialogs opened').toEqual([]);
});
