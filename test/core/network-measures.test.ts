// The network measures on small maps whose values are worked out by hand (docs/network-map.md
// repeats the star and the diversity example).
import { mapEvidence } from '../../src/core/network-evidence';
import { findMatches } from '../../src/core/network-matches';
import { diversity, measureNetwork } from '../../src/core/network-measures';
import { SECTORS } from '../../src/core/network-map';
import type { Sector } from '../../src/core/network-map';
import { mapOf, member, shape, tie } from '../fixtures/network-maps';

const sorted = (xs: string[]) => [...xs].sort();

describe('measureNetwork on small shapes', () => {
  it('a star: the hub holds every tie and is the one single point of failure', () => {
    const m = measureNetwork(shape('abcde', ['a-b', 'a-c', 'a-d', 'a-e']));
    expect(m).toMatchObject({ members: 5, ties: 4, parts: 1, isolated: [] });
    expect(m.density).toBeCloseTo(4 / 10, 12);
    expect(m.mostTies).toEqual({ ids: ['a'], ties: 4, share: 1 });
    // Without the hub, four members are alone; the largest piece is one of them, so three are cut off.
    expect(m.singlePoints).toEqual([{ id: 'a', cutOff: 3 }]);
    expect(m.multiplexity).toBe(0);
  });

  it('a chain: every inner member is a single point of failure, the middle one cuts off most', () => {
    const m = measureNetwork(shape('abcde', ['a-b', 'b-c', 'c-d', 'd-e']));
    expect(m.density).toBeCloseTo(0.4, 12);
    expect(m.mostTies).toEqual({ ids: ['b', 'c', 'd'], ties: 2, share: 0.5 });
    expect(m.singlePoints).toEqual([
      { id: 'c', cutOff: 2 },
      { id: 'b', cutOff: 1 },
      { id: 'd', cutOff: 1 },
    ]);
  });

  it('a triangle: fully dense, no single point of failure', () => {
    const m = measureNetwork(shape('abc', ['a-b', 'b-c', 'c-a']));
    expect(m.density).toBe(1);
    expect(m.singlePoints).toEqual([]);
    expect(m.mostTies).toEqual({ ids: ['a', 'b', 'c'], ties: 2, share: 2 / 3 });
  });

  it('two components and an isolated member: three parts, density over all possible pairs', () => {
    const m = measureNetwork(shape('abcdef', ['a-b', 'b-c', 'c-a', 'd-e']));
    expect(m.parts).toBe(3);
    expect(m.isolated).toEqual(['f']);
    expect(m.density).toBeCloseTo(4 / 15, 12);
    // Losing d leaves e on its own, but splits nothing: a pair has no single point of failure.
    expect(m.singlePoints).toEqual([]);
  });

  it('a pair tied three ways: one tie, multiplex, counted under each of its kinds', () => {
    const m = measureNetwork(mapOf([member('a'), member('b')], [tie('a', 'b', ['trade', 'finance', 'governance'], true)]));
    expect(m).toMatchObject({ ties: 1, multiplex: 1, multiplexity: 1, written: 1, writtenShare: 1, density: 1 });
    expect(m.tieKinds).toMatchObject({ trade: 1, finance: 1, governance: 1, referral: 0 });
    expect(m.mostTies).toEqual({ ids: ['a', 'b'], ties: 1, share: 1 });
  });

  it('an empty map and a lone member give nulls, not NaN', () => {
    for (const map of [mapOf([]), mapOf([member('a')])]) {
      const m = measureNetwork(map);
      expect(m.density).toBeNull();
      expect(m.writtenShare).toBeNull();
      expect(m.multiplexity).toBeNull();
      expect(m.mostTies).toBeNull();
      expect(m.needs.share).toBeNull();
    }
    expect(measureNetwork(mapOf([])).sectors.blau).toBeNull();
    expect(measureNetwork(mapOf([member('a')])).sectors.blau).toBe(0);
  });
});

describe('diversity (Blau / Gini–Simpson)', () => {
  it('10 members: 5 retail, 3 housing, 2 energy → 1 − (0.25 + 0.09 + 0.04) = 0.62', () => {
    const values: Sector[] = [...Array(5).fill('retail'), ...Array(3).fill('housing'), ...Array(2).fill('energy')];
    const d = diversity(SECTORS, values);
    expect(d.blau).toBeCloseTo(0.62, 12);
    expect(d.present).toBe(3);
    expect(d.largest).toEqual({ codes: ['retail'], count: 5, share: 0.5 });
  });

  it('names every largest category when two are equal', () => {
    expect(diversity(SECTORS, ['energy', 'retail']).largest).toEqual({ codes: ['retail', 'energy'], count: 1, share: 0.5 });
  });

  it('sector diversity of co-ops leaves out outside partners', () => {
    const m = measureNetwork(
      mapOf([
        member('a', { sector: 'retail' }),
        member('b', { sector: 'housing', kind: 'housing' }),
        member('c', { sector: 'education', kind: 'public-body' }),
      ]),
    );
    expect(m.sectors.present).toBe(3);
    expect(m.coopSectors.present).toBe(2);
    expect(m.coopSectors.blau).toBeCloseTo(0.5, 12);
    expect(m.coops).toBe(2);
    expect(m.partners).toBe(1);
  });
});

describe('outside partners and needs met inside', () => {
  const map = mapOf(
    [
      member('coop1', { needs: [{ category: 'legal' }, { category: 'it' }, { category: 'other', text: 'Solar  panels' }] }),
      member('coop2', { offers: [{ category: 'legal' }, { category: 'other', text: 'solar panels' }] }),
      member('council', { kind: 'public-body', offers: [{ category: 'premises' }], needs: [{ category: 'premises' }] }),
      member('uni', { kind: 'other', sector: 'education' }),
    ],
    [tie('coop1', 'council'), tie('coop1', 'uni'), tie('coop2', 'coop1'), tie('council', 'uni')],
  );

  it('counts ties between a co-op and an outside partner, and the co-ops that have one', () => {
    const m = measureNetwork(map);
    expect(m.outside).toEqual({ ties: 2, share: 0.5, coopsLinked: 1 });
  });

  it('a need is met inside when another member offers it; nobody meets their own need', () => {
    // legal ✓ (coop2), it ✗, other "solar panels" ✓ (same words), premises ✗ (only the council itself)
    expect(measureNetwork(map).needs).toEqual({ total: 4, metInside: 2, share: 0.5 });
  });

  it('lists isolated members and the degree of each', () => {
    const m = measureNetwork(map);
    expect(m.degree).toEqual({ coop1: 3, coop2: 1, council: 2, uni: 2 });
    expect(sorted(m.isolated)).toEqual([]);
  });
});

describe('the worked example of docs/network-map.md', () => {
  const map = mapOf(
    [
      member('A', { name: 'Riverbank Bakery', kind: 'worker', sector: 'food-farming', needs: [{ category: 'bookkeeping' }, { category: 'it' }] }),
      member('B', { name: "Ledger Workers' Co-op", kind: 'worker', sector: 'services', offers: [{ category: 'bookkeeping' }] }),
      member('C', { name: 'Hillside Credit Union', kind: 'credit-union', sector: 'finance' }),
      member('D', { name: 'Riverton Food Co-op', kind: 'consumer', sector: 'retail', needs: [{ category: 'legal' }] }),
      member('E', { name: 'Co-op Development Body', kind: 'support-body', sector: 'services', offers: [{ category: 'legal' }, { category: 'training' }] }),
      member('F', { name: 'Green Homes', kind: 'housing', sector: 'housing', needs: [{ category: 'bookkeeping' }] }),
    ],
    [
      tie('A', 'B', ['trade', 'referral'], true),
      tie('A', 'C', ['finance'], true),
      tie('A', 'D', ['trade'], false),
      tie('C', 'D', ['finance', 'governance'], true),
      tie('E', 'B', ['education'], false),
    ],
  );

  it('has the numbers the page gives', () => {
    const m = measureNetwork(map);
    expect(m.coopSectors).toMatchObject({ present: 5, blau: expect.closeTo(0.8, 12), largest: { count: 1, share: 0.2 } });
    expect(m.coopKinds).toMatchObject({ present: 4, blau: expect.closeTo(0.72, 12), largest: { codes: ['worker'], share: 0.4 } });
    expect(m.sectors.largest).toEqual({ codes: ['services'], count: 2, share: 2 / 6 });
    expect(m).toMatchObject({ written: 3, writtenShare: 0.6, multiplex: 2, multiplexity: 0.4, isolated: ['F'], parts: 2 });
    expect(m.density).toBeCloseTo(1 / 3, 12);
    expect(m.mostTies).toEqual({ ids: ['A'], ties: 3, share: 0.6 });
    expect(m.singlePoints).toEqual([
      { id: 'A', cutOff: 2 },
      { id: 'B', cutOff: 1 },
    ]);
    expect(m.outside).toEqual({ ties: 1, share: 0.2, coopsLinked: 1 });
    expect(m.needs).toEqual({ total: 4, metInside: 3, share: 0.75 });
  });

  it('ranks its matches as the page says', () => {
    expect(findMatches(map).map((x) => `${x.needer}→${x.offerer}:${x.category}:${x.tied ? 'tied' : 'not yet tied'}`)).toEqual([
      'F→B:bookkeeping:not yet tied',
      'D→E:legal:not yet tied',
      'A→B:bookkeeping:tied',
    ]);
  });

  it('gives the evidence lines the page quotes', () => {
    expect(mapEvidence(map, 'div-sectors')).toEqual([{ code: 'sectors', count: 5, largestShare: 0.2, diversity: expect.closeTo(0.8, 12), coops: 5 }]);
    expect(mapEvidence(map, 'inst-formal-agreements')).toEqual([{ code: 'ties-in-writing', written: 3, total: 5 }]);
    expect(mapEvidence(map, 'self-shock-absorption')[0]).toEqual({ code: 'single-points', count: 2, ids: ['A', 'B'] });
  });
});
