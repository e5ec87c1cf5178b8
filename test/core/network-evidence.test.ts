// "From your network map" lines: which questions get which line, and the numbers in them.
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { MAP_EVIDENCE, mapEvidence, mapInforms } from '../../src/core/network-evidence';
import { measureNetwork } from '../../src/core/network-measures';
import type { Member, Sector } from '../../src/core/network-map';
import { mapOf, member, tie } from '../fixtures/network-maps';

const indicatorIds = new Set(FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators.map((i) => i.id)));

/**
 * 12 co-ops (7 retail, 2 housing, 2 energy, 1 finance) and a development body: two triangles joined
 * by a path (c0–c2 | c3 | c4–c6), a third triangle (c7–c9) reached through the development body,
 * and two credit unions tied only to each other. 14 ties, 9 in writing.
 */
function regional() {
  const sectors: Sector[] = ['retail', 'retail', 'retail', 'retail', 'retail', 'retail', 'retail', 'housing', 'housing', 'energy', 'energy', 'finance'];
  const members: Member[] = sectors.map((sector, i) => member(`c${i}`, { sector, kind: i < 10 ? 'worker' : 'credit-union' }));
  members.push(member('dev', { kind: 'support-body', sector: 'services' }));
  const ties = [
    tie('c0', 'c1', ['trade'], true),
    tie('c1', 'c2', ['trade', 'finance'], true),
    tie('c2', 'c0', ['trade'], true),
    tie('c2', 'c3', ['trade'], true),
    tie('c3', 'c4', ['trade'], true),
    tie('c4', 'c5', ['referral'], true),
    tie('c5', 'c6', ['trade'], true),
    tie('c6', 'c4', ['trade'], true),
    tie('c7', 'c8', ['trade'], true),
    tie('c8', 'c9', ['trade'], false),
    tie('c9', 'c7', ['trade'], false),
    tie('c10', 'c11', ['finance'], false),
    tie('dev', 'c0', ['education'], false),
    tie('dev', 'c7', ['education'], false),
  ];
  return mapOf(members, ties);
}

describe('MAP_EVIDENCE', () => {
  it('names only indicators of the shipped rubric (update this table when the rubric renames one)', () => {
    for (const id of Object.keys(MAP_EVIDENCE)) expect(indicatorIds).toContain(id);
  });

  it('covers the questions the issue names', () => {
    for (const id of ['div-sectors', 'div-membership-mix', 'inst-formal-agreements', 'inst-multiplex-ties', 'inst-shared-entities', 'div-support-partners', 'self-shock-absorption', 'self-purchasing', 'emb-allies']) {
      expect(mapInforms(id)).toBe(true);
    }
    expect(mapInforms('gen-indivisible-reserves')).toBe(false);
  });
});

describe('mapEvidence', () => {
  const map = regional();

  it('diversity of sectors: "4 sectors; the largest holds 58% of members" (co-ops only)', () => {
    const [line] = mapEvidence(map, 'div-sectors');
    expect(line).toMatchObject({ code: 'sectors', count: 4, coops: 12 });
    if (line?.code === 'sectors') expect(line.largestShare).toBeCloseTo(7 / 12, 12);
  });

  it('written agreements: "9 of 14 ties are in writing"', () => {
    expect(mapEvidence(map, 'inst-formal-agreements')).toEqual([{ code: 'ties-in-writing', written: 9, total: 14 }]);
  });

  it('shock absorption: the single points of failure, and the member with most ties', () => {
    // Losing c0 or c2 cuts 4 members off; c3 or the support body 3; c4 or c7 2 (most cut off first).
    expect(mapEvidence(map, 'self-shock-absorption')).toEqual([
      { code: 'single-points', count: 6, ids: ['c0', 'c2', 'c3', 'dev', 'c4', 'c7'] },
      { code: 'most-ties', ids: ['c0', 'c2', 'c4', 'c7'], ties: 3, share: 3 / 14 },
    ]);
  });

  it('support bodies: how many, and how many co-ops are tied to one', () => {
    expect(mapEvidence(map, 'div-support-partners')).toEqual([{ code: 'members-of-kind', kind: 'support-body', count: 1, coopsTied: 2 }]);
  });

  it('self-capital: finance ties and credit unions', () => {
    expect(mapEvidence(map, 'self-capital')).toEqual([
      { code: 'ties-of-kind', kind: 'finance', count: 2, total: 14 },
      { code: 'members-of-kind', kind: 'credit-union', count: 2, coopsTied: 2 },
    ]);
  });

  it('says nothing for a question the map does not inform, or for an empty map', () => {
    expect(mapEvidence(map, 'gen-indivisible-reserves')).toEqual([]);
    expect(mapEvidence(mapOf([]), 'div-sectors')).toEqual([]);
  });

  it('leaves out a line the map cannot support: no ties, no needs', () => {
    const lonely = mapOf([member('a')]);
    expect(mapEvidence(lonely, 'inst-formal-agreements')).toEqual([]);
    expect(mapEvidence(lonely, 'self-purchasing')).toEqual([]);
    expect(mapEvidence(lonely, 'div-sectors')).toEqual([{ code: 'sectors', count: 1, largestShare: 1, diversity: 0, coops: 1 }]);
  });

  it('gives the same lines with measures computed once for many questions', () => {
    const measures = measureNetwork(map);
    for (const id of Object.keys(MAP_EVIDENCE)) expect(mapEvidence(map, id, measures)).toEqual(mapEvidence(map, id));
  });
});
