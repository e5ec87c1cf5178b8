// A shorter workshop session in every report: the model, the Markdown, the CSV and the PDF (read back
// with pdftotext) say plainly which principles were not covered, show no score for them (never a
// zero), and score the rest exactly as a full session would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildWorkshopReportModel } from '../../src/core/workshop-report';
import { buildCsv } from '../../src/export/csv/build-csv';
import { buildMarkdown } from '../../src/export/markdown/build-markdown';
import { buildPdf } from '../../src/export/pdf/build-pdf';
import { formatReportScore, notCoveredText, reportText } from '../../src/export/report-text';
import { sampleWorkshop } from '../fixtures/sample-workshop';
import { loadPdfFonts } from './pdf-fonts';

const NOW = new Date('2026-03-15T10:00:00Z');
const [inst, diversity, intergen, selfReliance, embedded] = FIVE_PRINCIPLES.principles;
// The session covered principles 2 and 4 only.
const session = { ...sampleWorkshop(), principles: [diversity!.id, selfReliance!.id] };
const full = buildWorkshopReportModel(FIVE_PRINCIPLES, sampleWorkshop(), NOW);
const model = buildWorkshopReportModel(FIVE_PRINCIPLES, session, NOW);
const SENTENCE = `This session covered 2 of the 5 principles. Not covered: “${inst!.title}”, “${intergen!.title}” and “${embedded!.title}”. They have no score here (not a zero), and the overall index is the mean of the principles covered.`;

describe('the report model of a shorter session', () => {
  it('names the principles left out and gives them no score, no priorities and no answers', () => {
    expect(model.notCovered).toEqual([inst!.title, intergen!.title, embedded!.title]);
    expect(notCoveredText(model)).toBe(SENTENCE);
    for (const p of model.principles.filter((x) => !x.covered)) {
      expect(p).toMatchObject({ score: null, band: null, tier: null });
      expect(model.priorities.map((x) => x.principleId)).not.toContain(p.id);
      expect(p.indicators.every((i) => i.answer.kind === 'not-covered' && i.note === '')).toBe(true);
    }
  });

  it('scores the covered principles as a full session does, and the index over them alone', () => {
    const covered = [1, 3].map((i) => model.principles[i]!);
    expect(covered.map((p) => p.score)).toEqual([1, 3].map((i) => full.principles[i]!.score));
    expect(model.overall).toBeCloseTo((covered[0]!.score! + covered[1]!.score!) / 2, 12);
    expect(model.coverage.total).toBe(10);
    // Only asked questions in the group picture: the distribution table and the agenda.
    expect(model.workshop!.perIndicator.map((r) => r.number)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '4.1', '4.2', '4.3', '4.4', '4.5']);
    expect(model.workshop!.agenda.map((r) => r.number)).toEqual(['4.2']);
    expect(model.strengths.concat(model.gaps).every((h) => h.number.startsWith('2.') || h.number.startsWith('4.'))).toBe(true);
  });

  it('a full session says nothing about coverage', () => {
    expect(full.notCovered).toEqual([]);
    expect(notCoveredText(full)).toBeNull();
  });
});

describe('the Markdown of a shorter session', () => {
  const md = buildMarkdown(model);
  const lines = md.split('\n');

  it('says what was not covered in the summary, with "not covered" in the scores table', () => {
    expect(md).toContain(`**${reportText.sessionCoverage}:** ${SENTENCE}`);
    expect(lines).toContain(`| 1. ${inst!.title} | not covered |  | – |`);
    expect(lines.find((l) => l.startsWith(`| 2. ${diversity!.title} |`))).toContain(formatReportScore(model.principles[1]!.score));
    expect(md).not.toMatch(/\| 1\. [^|]+ \| 0 \|/);
  });

  it('has detail sections for the covered principles only, and says so once, among the priorities', () => {
    const details = md.slice(md.indexOf(`## ${reportText.principles}`), md.indexOf(`## ${reportText.stageAndOutcomes}`));
    expect(details).not.toContain(inst!.title);
    expect(details).toContain(`### 2. ${diversity!.title}`);
    expect(md.split(reportText.notCoveredSteps).length - 1).toBe(3); // among the priorities, once per principle left out
  });
});

describe('the CSV of a shorter session', () => {
  const rows = Papa.parse<Record<string, string>>(buildCsv(model).slice(1), { header: true, newline: '\r\n', skipEmptyLines: true }).data;

  it('keeps a row for every question, marking those not asked "not covered" with no level and no counts', () => {
    expect(rows).toHaveLength(25);
    const notAsked = rows.filter((r) => !r.number!.startsWith('2.') && !r.number!.startsWith('4.'));
    expect(notAsked).toHaveLength(15);
    for (const r of notAsked) {
      expect([r.answer, r.level, r.level_label, r.median, r.count_0]).toEqual(['not covered', '', '', '', '']);
    }
    expect(rows.find((r) => r.number === '4.2')!.answer).not.toBe('not covered');
  });
});

const pdfText = (m: typeof model, name: string, pages: string[] = []) => {
  const path = join(mkdtempSync(join(tmpdir(), 'fivefold-session-pdf-')), name);
  writeFileSync(path, new Uint8Array(buildPdf(m, loadPdfFonts())));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...pages, path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

describe('the PDF of a shorter session', () => {
  let text: string;
  beforeAll(() => {
    text = pdfText(model, 'session.pdf');
  });

  it('says on the summary page which principles were not covered, and gives them no page of their own', () => {
    expect(text).toContain(SENTENCE);
    expect(text.indexOf(SENTENCE)).toBeLessThan(text.indexOf(reportText.chartTitle));
    expect(text).toContain(reportText.dashMeansOrNotCovered);
    expect(text).toContain(`2. ${diversity!.title} ${diversity!.definition.split(' ').slice(0, 4).join(' ')}`);
    expect(text).not.toContain(`1. ${inst!.title} ${inst!.definition.split(' ').slice(0, 4).join(' ')}`);
    expect(text).toContain(`${inst!.title} · not covered ${reportText.notCoveredSteps}`);
  });

  it('draws no point for a principle left out on the radar, where it would read as a zero', () => {
    // Three principles covered: the radar (left of the scores table, above its caption) has three
    // axes, each labelled with its short title; the two left out are not on it. Two covered make no
    // shape: no radar at all.
    const radarWords = (m: typeof model, name: string) => {
      const path = join(mkdtempSync(join(tmpdir(), 'fivefold-session-pdf-')), name);
      writeFileSync(path, new Uint8Array(buildPdf(m, loadPdfFonts())));
      const html = execFileSync('pdftotext', ['-bbox', '-f', '2', '-l', '2', path, '-'], { encoding: 'utf8' });
      const words = [...html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((w) => ({
        x: Number(w[1]), y: Number(w[2]), right: Number(w[3]), text: w[5]!,
      }));
      const header = words.find((w) => w.text === 'Principle')!; // the table's first column heading
      const caption = words.find((w) => w.text === 'glance')!; // "… at a glance (scores out of 100)"
      // The radar's top label may sit a little above the table's headings (the chart is centred in its box).
      return words.filter((w) => w.right < header.x && w.y > header.y - 15 && w.y < caption.y).map((w) => w.text);
    };
    const three = buildWorkshopReportModel(FIVE_PRINCIPLES, { ...session, principles: [inst!.id, diversity!.id, selfReliance!.id] }, NOW);
    const onRadar = radarWords(three, 'three.pdf');
    for (const p of [inst!, diversity!, selfReliance!]) expect(onRadar, p.shortTitle).toContain(p.shortTitle);
    for (const p of [intergen!, embedded!]) expect(onRadar, p.shortTitle).not.toContain(p.shortTitle);
    expect(radarWords(full, 'full.pdf')).toEqual(expect.arrayContaining(FIVE_PRINCIPLES.principles.map((p) => p.shortTitle)));
    expect(radarWords(model, 'two.pdf')).toEqual([]);
  });
});
