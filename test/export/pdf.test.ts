// The PDF report read back as a reader's tools see it: pdftotext for the words, pdfinfo for the
// page count, size and properties, word boxes to prove nothing runs off the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildReportModel } from '../../src/core/report-model';
import { buildPdf } from '../../src/export/pdf/build-pdf';
import type { PageSize } from '../../src/export/pdf/build-pdf';
import { formatReportScore } from '../../src/export/report-text';
import { ACCENTED_NAMES, sampleAssessment } from '../fixtures/sample-assessment';
import { layoutProblems, readPages } from './pdf-pages';
import { loadPdfFonts } from './pdf-fonts';

const dir = mkdtempSync(join(tmpdir(), 'fivefold-pdf-'));
const fonts = loadPdfFonts();
const NOW = new Date('2026-03-15T10:00:00Z');

function writePdf(name: string, assessment = sampleAssessment({ longNotes: true }), pageSize: PageSize = 'a4') {
  const model = buildReportModel(FIVE_PRINCIPLES, assessment, NOW);
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(buildPdf(model, fonts, { pageSize })));
  return { path, model };
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
/** pdftotext without layout, with runs of white space folded, so wrapped text reads as one line. */
const textOf = (path: string) => run('pdftotext', ['-enc', 'UTF-8', path, '-']).replace(/\s+/g, ' ');
const info = (path: string) => Object.fromEntries(
  run('pdfinfo', ['-enc', 'UTF-8', path]).split('\n').filter(Boolean).map((l) => {
    const i = l.indexOf(':');
    return [l.slice(0, i), l.slice(i + 1).trim()];
  }),
);

describe('the PDF report', () => {
  let path: string;
  let model: ReturnType<typeof buildReportModel>;
  let text: string;
  beforeAll(() => {
    ({ path, model } = writePdf('sample.pdf'));
    text = textOf(path);
  });

  it('holds the network name, accented names intact, every principle title and score', () => {
    expect(text).toContain(model.networkName);
    for (const name of ACCENTED_NAMES) expect(text).toContain(name);
    expect(text).toContain('Ana Núñez, Søren Ærø, Mondragón team');
    for (const p of model.principles) {
      expect(text).toContain(p.title);
      expect(text).toContain(`Score: ${formatReportScore(p.score)} out of 100`);
    }
    expect(text).toContain(`Overall ${formatReportScore(model.overall)} ${model.overallBand}`);
  });

  it('holds every note, word for word, including long notes that continue on the next page', () => {
    for (const p of model.principles) {
      for (const ind of p.indicators) {
        for (const line of ind.note.split('\n').filter(Boolean)) expect(text).toContain(line.replace(/\s+/g, ' '));
      }
    }
  });

  it('holds the stage, outcomes and method, and marks unanswered questions in their principle, with no appendix repeating them', () => {
    expect(text).toContain('Stage 3 of 5');
    expect(text).toContain('How this was scored');
    expect(text).not.toContain('Appendix');
    expect(text).toContain('Not answered');
    for (const o of FIVE_PRINCIPLES.outcomes) expect(text).toContain(o.title);
  });

  it('numbers every page after the cover "page N of M" and sets the document properties', () => {
    const meta = info(path);
    const pages = Number(meta.Pages);
    expect(pages).toBeGreaterThanOrEqual(9);
    expect(pages).toBeLessThanOrEqual(25);
    for (let n = 2; n <= pages; n += 1) expect(text).toContain(`page ${n} of ${pages}`);
    expect(meta.Title).toBe(`Five Principles self-assessment: ${model.networkName}`);
    expect(meta.Author).toBe(model.assessedBy);
    expect(meta.Creator).toBe('Fivefold');
    expect(meta.Subject).toMatch(/co-operative network/);
    expect(meta['Page size']).toMatch(/595.* x 841.*A4/);
  });

  it('keeps every word inside the page', () => {
    const html = run('pdftotext', ['-bbox', path, '-']);
    const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
    const [width, height] = [Number(page[1]), Number(page[2])];
    const boxes = [...html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)];
    expect(boxes.length).toBeGreaterThan(1000);
    for (const [, xMin, yMin, xMax, yMax] of boxes) {
      expect(Number(xMin)).toBeGreaterThanOrEqual(28);
      expect(Number(yMin)).toBeGreaterThanOrEqual(0);
      expect(Number(xMax)).toBeLessThanOrEqual(width - 28);
      expect(Number(yMax)).toBeLessThanOrEqual(height);
    }
  });

  it('is small: the chart is vectors and the fonts are subset', () => {
    const size = Number(info(path)['File size']?.split(' ')[0]);
    expect(size).toBeLessThan(200_000);
  });
});

it('can be printed on US Letter', () => {
  const { path } = writePdf('letter.pdf', sampleAssessment(), 'letter');
  expect(info(path)['Page size']).toMatch(/612 x 792/);
});

it.each<[PageSize, boolean]>([
  ['a4', false],
  ['a4', true],
  ['letter', false],
  ['letter', true],
])('leaves no near-empty page and no word in the footer, on %s (long notes: %s)', (pageSize, longNotes) => {
  const { path } = writePdf(`layout-${pageSize}-${longNotes}.pdf`, sampleAssessment({ longNotes }), pageSize);
  expect(layoutProblems(readPages(path))).toEqual([]);
});

it('still builds for an assessment with nothing answered', () => {
  const empty = { ...sampleAssessment(), answers: {}, stageId: null, outcomes: {} };
  const { path } = writePdf('empty.pdf', empty);
  const text = textOf(path);
  expect(text).toContain('not enough answers');
  expect(text).toContain('No stage chosen.');
});
