// The network map's page of the PDF, read back with pdftotext: the heading, the measures in their
// words, the top matches with "not yet tied", the legend; nothing off the page; no page without a map.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { layoutNetworkMap } from '../../src/core/network-layout';
import type { NetworkMap } from '../../src/core/network-map';
import { buildReportModel } from '../../src/core/report-model';
import { buildPdf } from '../../src/export/pdf/build-pdf';
import type { PageSize } from '../../src/export/pdf/build-pdf';
import { generatedNetwork, mapOf, member, tie } from '../fixtures/network-maps';
import { sampleAssessment } from '../fixtures/sample-assessment';
import { layoutProblems, readPages } from './pdf-pages';
import { loadPdfFonts } from './pdf-fonts';

const dir = mkdtempSync(join(tmpdir(), 'fivefold-pdf-map-'));
const fonts = loadPdfFonts();
const NOW = new Date('2026-03-15T10:00:00Z');

function writePdf(name: string, map: NetworkMap | null, pageSize: PageSize = 'a4') {
  const model = { ...buildReportModel(FIVE_PRINCIPLES, sampleAssessment(), NOW), ...(map && { networkMap: map }) };
  const path = join(dir, name);
  const options = map ? { pageSize, mapLayout: layoutNetworkMap(map) } : { pageSize };
  writeFileSync(path, new Uint8Array(buildPdf(model, fonts, options)));
  return path;
}

const textOf = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Riverbank needs bookkeeping, Ledger offers it, and they are not tied; Søren's Ærø Dairy is the hub. */
function smallMap(): NetworkMap {
  return mapOf(
    [
      member('r', { name: 'Riverbank Bakery', sector: 'food-farming', needs: [{ category: 'bookkeeping' }] }),
      member('l', { name: 'Ledger Workers’ Co-op', sector: 'finance', offers: [{ category: 'bookkeeping' }] }),
      member('d', { name: 'Søren’s Ærø Dairy', sector: 'food-farming', kind: 'producer', size: 120 }),
      member('h', { name: 'Hillside Housing', sector: 'housing', kind: 'housing' }),
    ],
    [tie('d', 'r', ['trade', 'finance'], true), tie('d', 'l'), tie('d', 'h', ['governance'], true)],
  );
}

describe('the PDF report with a network map', () => {
  let text: string;
  beforeAll(() => {
    text = textOf(writePdf('small.pdf', smallMap()));
  });

  it('has a map page with its heading, members and ties counted, and the legend', () => {
    expect(text).toContain('Network map');
    expect(text).toContain('4 members (4 co-operatives, 0 outside partners) and 3 ties.');
    expect(text).toContain('Tie not in writing (dashed)');
    expect(text).toContain('Producer/agricultural');
  });

  it('lists the measures in their words, hand-computed for this map', () => {
    expect(text).toContain('Ties in writing: 67%');
    expect(text).toContain('Single points of failure: Søren’s Ærø Dairy');
    expect(text).toContain('Density: 0.50');
    expect(text).toContain('Multiplexity: 0.33');
  });

  it('lists the match, saying they are not yet tied', () => {
    expect(text).toContain('Riverbank Bakery needs bookkeeping; Ledger Workers’ Co-op offers bookkeeping — not yet tied.');
  });

  it('keeps every word of a 300-member map inside its page, on A4 and Letter', () => {
    for (const size of ['a4', 'letter'] as const) {
      const path = writePdf(`large-${size}.pdf`, generatedNetwork(300), size);
      expect(layoutProblems(readPages(path))).toEqual([]);
      expect(textOf(path)).toContain('Top matches');
    }
  });

  it('has no map page when the network has no map', () => {
    expect(textOf(writePdf('none.pdf', null))).not.toContain('Top matches');
  });
});
