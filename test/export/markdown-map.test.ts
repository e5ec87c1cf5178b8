// The network map's section of the Markdown report: the measures table and the matches, in the
// words the PDF uses; a hostile member name stays text; no section when the network has no map.
import { describe, expect, it } from 'vitest';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import type { NetworkMap } from '../../src/core/network-map';
import { buildReportModel } from '../../src/core/report-model';
import { buildMarkdown } from '../../src/export/markdown/build-markdown';
import { mapOf, member, tie } from '../fixtures/network-maps';
import { sampleAssessment } from '../fixtures/sample-assessment';

const NOW = new Date('2026-03-15T10:00:00Z');
const markdown = (map?: NetworkMap) => buildMarkdown({ ...buildReportModel(FIVE_PRINCIPLES, sampleAssessment(), NOW), ...(map && { networkMap: map }) });

const HOSTILE = '# Bakery | <b>co-op</b>';

function map(): NetworkMap {
  return mapOf(
    [
      member('r', { name: HOSTILE, needs: [{ category: 'legal', text: 'leases' }] }),
      member('l', { name: 'Ledger Workers’ Co-op', sector: 'finance', offers: [{ category: 'legal' }] }),
      member('d', { name: 'Ærø Dairy', kind: 'producer' }),
    ],
    [tie('d', 'r', ['trade', 'finance'], true), tie('d', 'l')],
  );
}

describe('the Markdown report with a network map', () => {
  const text = markdown(map());

  it('has the map section with its summary and the measures, hand-computed', () => {
    expect(text).toContain('## Network map');
    expect(text).toContain('3 members (3 co-operatives, 0 outside partners) and 2 ties.');
    expect(text).toContain('| Ties in writing | 50% |');
    // 2 of 3 possible pairs tied.
    expect(text).toContain('| Density | 0.67 |');
    expect(text).toContain('| Single points of failure | Ærø Dairy |');
  });

  it('lists the match, not yet tied, with the hostile name escaped', () => {
    expect(text).toContain('- \\# Bakery \\| \\<b>co-op\\</b> needs legal (leases); Ledger Workers’ Co-op offers legal — not yet tied.');
    expect(text).not.toMatch(/(^|[^\\])<b>/m);
  });

  it('has no map section without a map', () => {
    expect(markdown()).not.toContain('## Network map');
  });
});
