// Matches between one member's need and another's offer, and the ranking rule of network-matches.ts.
import { findMatches } from '../../src/core/network-matches';
import type { Match } from '../../src/core/network-matches';
import { mapOf, member, tie } from '../fixtures/network-maps';

const brief = (m: Match) => `${m.needer}→${m.offerer}:${m.category}${m.tied ? ' (tied)' : ''}`;

describe('findMatches', () => {
  it('the issue example: a bakery needs bookkeeping, a workers co-op offers it, not yet tied', () => {
    const map = mapOf([
      member('bakery', { name: 'Riverbank Bakery', needs: [{ category: 'bookkeeping', text: 'payroll' }] }),
      member('ledger', { name: "Ledger Workers' Co-op", offers: [{ category: 'bookkeeping', text: 'monthly accounts' }] }),
    ]);
    expect(findMatches(map)).toEqual([
      {
        needer: 'bakery',
        offerer: 'ledger',
        category: 'bookkeeping',
        tied: false,
        tieKinds: [],
        coopToCoop: true,
        offerers: 1,
        needText: 'payroll',
        offerText: 'monthly accounts',
      },
    ]);
  });

  it('ranks: not yet tied, then co-op to co-op, then scarcer offers, then by name', () => {
    const map = mapOf(
      [
        member('a', { name: 'Alder', needs: [{ category: 'legal' }, { category: 'it' }, { category: 'premises' }] }),
        member('b', { name: 'Birch', offers: [{ category: 'it' }, { category: 'legal' }] }),
        member('c', { name: 'Cedar', offers: [{ category: 'it' }] }),
        member('d', { name: 'Council', kind: 'public-body', offers: [{ category: 'premises' }] }),
        member('e', { name: 'Elm', needs: [{ category: 'it' }] }),
      ],
      [tie('a', 'c', ['trade'])],
    );
    expect(findMatches(map).map(brief)).toEqual([
      // untied co-op pairs: legal has one offerer, it has two
      'a→b:legal',
      'a→b:it',
      'e→b:it',
      'e→c:it',
      // untied, with an outside partner
      'a→d:premises',
      // already tied
      'a→c:it (tied)',
    ]);
    expect(findMatches(map).at(-1)).toMatchObject({ tieKinds: ['trade'] });
  });

  it('never matches a member with itself, and "other" only by the same words', () => {
    const map = mapOf([
      member('a', { needs: [{ category: 'it' }, { category: 'other', text: 'Solar panels' }, { category: 'other' }], offers: [{ category: 'it' }] }),
      member('b', { offers: [{ category: 'other', text: 'solar  PANELS' }, { category: 'other', text: 'wind' }, { category: 'other' }] }),
    ]);
    expect(findMatches(map).map(brief)).toEqual(['a→b:other']);
    expect(findMatches(map)[0]).toMatchObject({ needText: 'Solar panels', offerText: 'solar  PANELS' });
  });

  it('one match per needer, offerer and thing, however often it is listed', () => {
    const map = mapOf([
      member('a', { needs: [{ category: 'it', text: 'web' }, { category: 'it', text: 'email' }] }),
      member('b', { offers: [{ category: 'it' }, { category: 'it', text: 'servers' }] }),
    ]);
    expect(findMatches(map)).toHaveLength(1);
  });

  it('lists at most the given number of offerers per need, and says how many there are', () => {
    const offerers = Array.from({ length: 30 }, (_, i) => member(`o${String(i).padStart(2, '0')}`, { offers: [{ category: 'training' }] }));
    const map = mapOf([member('n', { needs: [{ category: 'training' }] }), ...offerers], [tie('n', 'o00')]);
    const matches = findMatches(map, 5);
    expect(matches).toHaveLength(5);
    expect(matches.every((m) => m.offerers === 30 && !m.tied)).toBe(true);
  });
});
