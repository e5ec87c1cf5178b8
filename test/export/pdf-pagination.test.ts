// The PDF report's pagination as a property: for generated assessments and workshops (with action
// plans of 0–40 actions, a board ask, and an earlier assessment to compare with), on A4 and US
// Letter, the real report built from the real rubric and read back with pdftotext has no page
// (but the last) with fewer than three rows of body text, no word off the page or in the footer, and
// a summary that fits on its one page.
// To cover a new part of the report, add its generated input to a variant (or a new variant).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/core/assessment';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildReportModel } from '../../src/core/report-model';
import type { ReportModel } from '../../src/core/report-model';
import { workshopSchema } from '../../src/core/workshop';
import { buildWorkshopReportModel } from '../../src/core/workshop-report';
import { buildPdf } from '../../src/export/pdf/build-pdf';
import type { PageSize } from '../../src/export/pdf/build-pdf';
import type { Assessment } from '../../src/core/assessment';
import { bodyRows, layoutProblems, readPages, rowText } from './pdf-pages';
import type { Page } from './pdf-pages';
import { loadPdfFonts } from './pdf-fonts';
import { assessment, reassessment, workshop } from './report-arbitraries';

const dir = mkdtempSync(join(tmpdir(), 'fivefold-pagination-'));
const fonts = loadPdfFonts();
const NOW = new Date('2026-03-15T10:00:00Z');
/** PDF_PROPERTY_RUNS=200 for a deeper search before a release; 15 keeps the everyday suite quick. */
const RUNS = Number(process.env.PDF_PROPERTY_RUNS ?? 15);

interface Variant<T> {
  name: string;
  input: fc.Arbitrary<T>;
  /** Proves the generated input is one the app could hold. */
  valid: (input: T) => boolean;
  model: (input: T) => ReportModel;
  /** The first row of the page after the summary: the summary ended on its one page. */
  afterSummary: string;
}

/** Erases a variant's input type, so variants of different inputs share one list. */
const variant = <T,>(v: Variant<T>) => v as unknown as Variant<unknown>;

const variants = [
  variant({
    name: 'a solo assessment',
    input: assessment,
    valid: (a) => assessmentSchema.safeParse(a).success,
    model: (a) => buildReportModel(FIVE_PRINCIPLES, a, NOW),
    afterSummary: 'Action plan',
  }),
  variant({
    name: 'a re-assessment, compared with the one before',
    input: reassessment,
    valid: ([now, then]: [Assessment, Assessment]) => assessmentSchema.safeParse(now).success && assessmentSchema.safeParse(then).success,
    model: ([now, then]: [Assessment, Assessment]) => buildReportModel(FIVE_PRINCIPLES, now, NOW, then),
    afterSummary: 'Action plan',
  }),
  variant({
    name: 'a workshop',
    input: workshop,
    valid: (w) => workshopSchema.safeParse(w).success,
    model: (w) => buildWorkshopReportModel(FIVE_PRINCIPLES, w, NOW),
    afterSummary: 'The group’s picture',
  }),
];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

let built = 0;
function pagesOf(model: ReportModel, pageSize: PageSize): Page[] {
  const path = join(dir, `report-${(built += 1)}.pdf`);
  writeFileSync(path, new Uint8Array(buildPdf(model, fonts, { pageSize })));
  try {
    return readPages(path);
  } finally {
    rmSync(path);
  }
}

describe.each(variants)('the PDF report of $name', ({ input, valid, model, afterSummary }) => {
  it.each<PageSize>(['a4', 'letter'])('leaves no near-empty page, no word off the page, and the summary on one page, on %s', (pageSize) => {
    fc.assert(
      fc.property(input, (generated) => {
        expect(valid(generated)).toBe(true);
        const pages = pagesOf(model(generated), pageSize);
        expect(layoutProblems(pages)).toEqual([]);
        expect(rowText(bodyRows(pages[1]!)[0]!)).toBe('Summary');
        expect(rowText(bodyRows(pages[2]!)[0]!)).toBe(afterSummary);
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
