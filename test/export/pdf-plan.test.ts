// The PDF a board can act on, read back with pdftotext: the summary page (with the change since last
// time and what the board is asked to decide), the action plan as a table with every action's owner,
// due date and status, the priorities, each question's text printed once, and a plan far longer than
// a page that still breaks cleanly.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/core/action';
import { MAX_ACTION_TEXT, MAX_BOARD_ASK, MAX_OWNER_LENGTH } from '../../src/core/action';
import type { Assessment } from '../../src/core/assessment';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildReportModel } from '../../src/core/report-model';
import { buildPdf } from '../../src/export/pdf/build-pdf';
import type { PageSize } from '../../src/export/pdf/build-pdf';
import { formatDueDate, reportText as t } from '../../src/export/report-text';
import { changeLine } from '../../src/export/summary-text';
import { lastYearAssessment, plannedAssessment, reviewedLastYear } from '../fixtures/sample-plan';
import { bodyRows, layoutProblems, readPages, rowText } from './pdf-pages';
import { loadPdfFonts } from './pdf-fonts';
import { prose } from './report-arbitraries';

const dir = mkdtempSync(join(tmpdir(), 'fivefold-plan-pdf-'));
const fonts = loadPdfFonts();
const NOW = new Date('2026-03-15T10:00:00Z');
let n = 0;

function pdfOf(assessment: Assessment, pageSize: PageSize, previous: Assessment | null = lastYearAssessment()) {
  const model = buildReportModel(FIVE_PRINCIPLES, assessment, NOW, previous);
  const path = join(dir, `plan-${(n += 1)}.pdf`);
  writeFileSync(path, new Uint8Array(buildPdf(model, fonts, { pageSize })));
  // In the order it was drawn (-raw), so a table cell's lines read on, whatever the cells beside it.
  const textOf = (...range: string[]) =>
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  /** One page's words in reading order (columns one after the other). */
  const pageText = (n: number) => textOf('-f', String(n), '-l', String(n));
  return { model, pages: readPages(path), text: textOf(), pageText };
}

describe.each<PageSize>(['a4', 'letter'])('the PDF report with an action plan, on %s', (pageSize) => {
  const { model, pages, text, pageText } = pdfOf(plannedAssessment(), pageSize);

  it('has one summary page: index, executive summary, change since last time, chart and table, and the board’s decision', () => {
    const summary = pageText(2);
    expect(summary.startsWith('Summary')).toBe(true);
    expect(summary).toContain('The overall resilience index is');
    expect(summary).toContain('Change since 12 March 2025');
    for (const c of model.change!.principles) expect(summary).toContain(changeLine(c, model.change!.versions));
    expect(summary).toContain(t.chartTitle);
    expect(summary).toContain(t.boardAsk);
    expect(summary).toContain('name a board lead for the fund.');
    expect(rowText(bodyRows(pages[2]!)[0]!)).toBe(t.actionPlan);
  });

  it('sets out the action plan as a table: each action, its principle, owner, due date and status', () => {
    const plan = pageText(3);
    for (const a of model.actions) {
      expect(text).toContain(a.text.replace(/\s+/g, ' '));
      if (a.owner) expect(plan).toContain(a.owner);
      if (a.due) expect(plan).toContain(formatDueDate(a.due));
    }
    for (const heading of [t.colAction, t.colPrinciple, t.colOwner, t.colDue, t.colStatus]) expect(plan).toContain(heading);
    for (const status of ['In progress', 'Not started', 'Done', 'Dropped']) expect(plan).toContain(status);
    expect(plan).toContain(t.carried);
  });

  it('prints each question once, and no appendix or second list of next steps', () => {
    for (const q of FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators.map((i) => i.question))) {
      expect(text.split(q).length - 1).toBe(1);
    }
    for (const r of model.priorities.flatMap((p) => p.recommendations)) expect(text.split(r.text).length - 1).toBe(1);
    expect(text).not.toContain('Appendix');
    expect(text).not.toContain('Next steps, all principles');
  });

  it('lists the priorities, weakest principle first, with who leads and a first step', () => {
    const at = model.priorities.map((p) => text.indexOf(`${p.number}. ${p.title} ·`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain(`${t.lead}: `);
    expect(text).toContain(`${t.firstStep}: `);
    expect(text).toContain(t.inPlan);
  });

  it('lays out cleanly', () => {
    expect(layoutProblems(pages)).toEqual([]);
  });
});

describe.each<PageSize>(['a4', 'letter'])('a plan of 40 actions, some longer than a page, on %s', (pageSize) => {
  const actions: Action[] = Array.from({ length: 40 }, (_, i) => ({
    id: `a-${i}`,
    text: i % 9 === 4 ? prose(MAX_ACTION_TEXT, i) : prose(20 + ((i * 37) % 200), i),
    owner: i % 7 === 3 ? prose(MAX_OWNER_LENGTH, i + 100) : `Owner ${i}`,
    due: i % 3 === 0 ? '' : `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
    status: (['not-started', 'in-progress', 'done', 'dropped'] as const)[i % 4]!,
    note: '',
  }));
  const { pages, text } = pdfOf({ ...plannedAssessment(), actions, boardAsk: prose(MAX_BOARD_ASK, 7) }, pageSize);

  it('keeps every action, breaks cleanly, and still fits the summary on one page', () => {
    expect(layoutProblems(pages)).toEqual([]);
    expect(rowText(bodyRows(pages[2]!)[0]!)).toBe(t.actionPlan);
    for (const a of actions.filter((x) => x.owner.startsWith('Owner'))) expect(text).toContain(`${a.owner} `);
    // The longest action, cut across pages, is all there: its first and last lines, and every word
    // (a web address too long for the column is broken across lines, so it is left out of this check).
    const longest = actions[4]!.text.replace(/\s+/g, ' ');
    expect(text).toContain(longest.slice(0, 15));
    const words = longest.split(' ').filter((w) => w.length < 25);
    expect(words.filter((w) => !text.includes(w))).toEqual([]);
    expect(text).toContain(words.slice(-3).join(' '));
  });
});

describe.each<PageSize>(['a4', 'letter'])('a re-assessment whose previous plan was worked on, on %s', (pageSize) => {
  const previous = reviewedLastYear();
  const { model, pages, text } = pdfOf(plannedAssessment(), pageSize, previous);

  it('says what became of last time’s plan after this time’s: done with who and when, dropped, and how many are still open', () => {
    expect(model.lastPlan).toEqual({
      since: '2025-03-12',
      done: [{ text: previous.actions[0]!.text, owner: 'Zoë Ærø', doneOn: '2025-10-02' }],
      dropped: [{ text: 'Hire a shared bookkeeper', owner: '' }],
      open: 2,
    });
    const since = text.indexOf(t.lastPlan(formatDueDate('2025-03-12')));
    expect(since).toBeGreaterThan(text.indexOf(model.actions.at(-1)!.text.slice(0, 30)));
    expect(since).toBeLessThan(text.indexOf(t.priorities));
    const part = text.slice(since, text.indexOf(t.priorities));
    expect(part).toContain(`Sign the bakery’s supply contract — «Łódź» too — Zoë Ærø (done ${formatDueDate('2025-10-02')})`);
    expect(part).toContain(`${t.lastPlanDropped} • Hire a shared bookkeeper`);
    expect(part).toContain('2 actions from last time are still open.');
    expect(part).not.toContain('Open a solidarity fund —');
    expect(layoutProblems(pages)).toEqual([]);
  });

  it('leaves the part out for a first assessment, and says so when nothing was done', () => {
    expect(pdfOf(plannedAssessment(), pageSize, null).text).not.toContain('Since the last assessment');
    const none = pdfOf(plannedAssessment(), pageSize, { ...previous, actions: previous.actions.slice(2) });
    expect(none.text).toContain(t.lastPlanNoneDone);
    expect(none.text).not.toContain(`${t.lastPlanDropped} •`);
  });
});
