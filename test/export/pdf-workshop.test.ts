// A workshop's PDF report read back with pdftotext, as a board member's tools see it: the group's
// picture, the disagreement agenda in order, the agreed level with its rationale, accented names,
// page numbers; and a 40-participant workshop with long notes that still lays out within the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildWorkshopReportModel } from '../../src/core/workshop-report';
import type { Workshop } from '../../src/core/workshop';
import { buildPdf } from '../../src/export/pdf/build-pdf';
import type { PageSize } from '../../src/export/pdf/build-pdf';
import { answerText, formatReportScore } from '../../src/export/report-text';
import { roundLine } from '../../src/export/workshop-text';
import { largeWorkshop } from '../fixtures/large-workshop';
import { ACCENTED_NAMES } from '../fixtures/sample-assessment';
import { WORKSHOP_RATIONALE, sampleWorkshop } from '../fixtures/sample-workshop';
import { layoutProblems, readPages } from './pdf-pages';
import { loadPdfFonts } from './pdf-fonts';

const dir = mkdtempSync(join(tmpdir(), 'fivefold-workshop-pdf-'));
const fonts = loadPdfFonts();
const NOW = new Date('2026-03-15T10:00:00Z');

function writePdf(name: string, workshop: Workshop, pageSize: PageSize = 'a4') {
  const model = buildWorkshopReportModel(FIVE_PRINCIPLES, workshop, NOW);
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(buildPdf(model, fonts, { pageSize })));
  return { path, model };
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const fold = (text: string) => text.replace(/\s+/g, ' ');
const textOf = (path: string) => fold(run('pdftotext', ['-enc', 'UTF-8', path, '-']));
const pagesOf = (path: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))![1]);

function expectInsidePages(path: string) {
  const html = run('pdftotext', ['-bbox', path, '-']);
  const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
  const [width, height] = [Number(page[1]), Number(page[2])];
  for (const [, xMin, yMin, xMax, yMax] of html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)) {
    expect(Number(xMin)).toBeGreaterThanOrEqual(28);
    expect(Number(yMin)).toBeGreaterThanOrEqual(0);
    expect(Number(xMax)).toBeLessThanOrEqual(width - 28);
    expect(Number(yMax)).toBeLessThanOrEqual(height);
  }
}

describe('the PDF report of a workshop', () => {
  let path: string;
  let model: ReturnType<typeof buildWorkshopReportModel>;
  let text: string;
  beforeAll(() => {
    ({ path, model } = writePdf('workshop.pdf', sampleWorkshop()));
    text = textOf(path);
  });

  it('names the workshop on the cover, with accented names intact', () => {
    expect(text).toContain('Facilitated workshop with 3 participants (facilitator: Mercè Puig)');
    expect(text).toContain('14 March 2026');
    for (const name of [...ACCENTED_NAMES.slice(0, 2), 'Zofia Wójcik', 'Søren Ærø', 'Mondragón']) expect(text).toContain(name);
  });

  it('puts the group’s picture after the summary and before the principles, with the participant count', () => {
    const at = (s: string) => text.indexOf(s);
    expect(at('Summary')).toBeLessThan(at('The group’s picture'));
    expect(at('The group’s picture')).toBeLessThan(at('1. Institutionalization of relationships'));
    expect(text).toContain('3 participants in the first round (3 ballots), facilitated by Mercè Puig.');
    expect(text).toContain('Perspective groups: worker-members, user-members, partner organisations.');
    expect(text).toContain('Participants per level');
  });

  it('lists every disagreement, most divided first, and nothing else, under “Where the group disagreed”', () => {
    const agenda = text.slice(text.indexOf('Where the group disagreed'), text.indexOf('What the group agreed'));
    const items = model.workshop!.agenda;
    expect(items.map((r) => r.number)).toEqual(['1.1', '4.2']);
    for (const r of items) expect(agenda).toContain(`${r.number} ${r.question}`);
    expect(agenda.indexOf('1.1 ')).toBeLessThan(agenda.indexOf('4.2 '));
    expect(agenda).toContain(fold(roundLine(model.workshop!, items[0]!)));
    expect(agenda).toContain('First round: 0×1, 1×1, 2×1 · median 1 · spread 2 · Disagreement');
    expect(agenda).not.toContain('1.2 ');
  });

  it('shows the agreed level with its rationale as typed, in the group’s picture and in the principle', () => {
    const start = text.indexOf('What the group agreed');
    const agreed = text.slice(start, text.indexOf('1. Institutionalization of relationships', start));
    expect(agreed).toContain('Agreed level 1 of 4: One-off contracts only');
    for (const line of WORKSHOP_RATIONALE.split('\n')) {
      expect(agreed).toContain(line);
      expect(text.split(line).length - 1).toBe(2);
    }
  });

  it('shows each question’s group value, first-round distribution, and participants’ notes by name', () => {
    expect(text).toContain('Median 1.5 (between level 1: Discussed, not counted and level 2: Counted, no action)');
    expect(text).toContain('First round: 0×1, 2×1, 4×1 · median 2 · spread 4 · Disagreement');
    expect(text).toContain('No level given');
    expect(text).toContain('Zofia Wójcik (worker-members) Umowa z piekarnią wygasła — nothing is signed in Łódź.');
    expect(text).toContain('Élodie Tremblay (user-members) Coopérative du Québec moved two bakers last winter. It was informal.');
  });

  it('scores from the group values and says how', () => {
    for (const p of model.principles) expect(text).toContain(`Score: ${formatReportScore(p.score)} out of 100`);
    expect(text).toContain(`Overall ${formatReportScore(model.overall)} ${model.overallBand}`);
    expect(text).toContain('A question’s group value is the median of the levels given');
    // The summary counts the participants' own “Don’t know” answers: the group value never is one.
    expect(text).toContain('5 of 72 answers (7%) were “Don’t know”');
    for (const h of model.gaps) expect(text).toContain(answerText(h.answer));
  });

  it('numbers every page after the cover “page N of M” and keeps every word inside the page', () => {
    const pages = pagesOf(path);
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(24);
    for (let n = 2; n <= pages; n += 1) expect(text).toContain(`page ${n} of ${pages}`);
    expectInsidePages(path);
  });
});

describe('the PDF report of a 40-participant workshop with long notes', () => {
  let path: string;
  let model: ReturnType<typeof buildWorkshopReportModel>;
  let text: string;
  beforeAll(() => {
    ({ path, model } = writePdf('large-workshop.pdf', largeWorkshop()));
    text = textOf(path);
  });

  it('holds the count, every agreed rationale and every note, word for word', () => {
    // A note that runs onto the next page is read with that page break's footer in the middle.
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const body = text.replace(new RegExp(`${escape(`${model.networkName} · 14 March 2026`)} page \\d+ of \\d+ `, 'g'), '');
    expect(text).toContain('Facilitated workshop with 40 participants');
    expect(text).toContain('40 participants in the first round (40 ballots)');
    const ws = model.workshop!;
    for (const r of ws.perIndicator) {
      for (const typed of [r.consensus?.rationale ?? '', ...r.notes.map((n) => n.text)]) {
        for (const line of typed.split('\n').filter(Boolean)) expect(body).toContain(fold(line));
      }
    }
    for (const r of ws.agenda) expect(text).toContain(fold(roundLine(ws, r)));
  });

  it('numbers every page and keeps every word inside the page, on A4 and US Letter', () => {
    const pages = pagesOf(path);
    expect(pages).toBeGreaterThan(20);
    expect(pages).toBeLessThan(120);
    for (let n = 2; n <= pages; n += 1) expect(text).toContain(`page ${n} of ${pages}`);
    expectInsidePages(path);
    expect(layoutProblems(readPages(path))).toEqual([]);
    const letter = writePdf('large-workshop-letter.pdf', largeWorkshop(), 'letter').path;
    expect(run('pdfinfo', [letter])).toMatch(/612 x 792/);
    expectInsidePages(letter);
    expect(layoutProblems(readPages(letter))).toEqual([]);
  }, 20_000);
});
