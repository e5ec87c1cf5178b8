// The network map's stored shape, its migration entry point and the pure edits the forms will call.
import fc from 'fast-check';
import { addMember, addTie, removeMember, removeTie, updateMember, updateTie } from '../../src/core/network-map-edit';
import type { MemberInput } from '../../src/core/network-map-input';
import { MAP_LIMITS, createNetworkMap, networkMapSchema } from '../../src/core/network-map';
import type { NetworkMap } from '../../src/core/network-map';
import { MAP_MIGRATIONS, migrateNetworkMap } from '../../src/core/network-map-migrate';
import { mapArb } from '../fixtures/network-map-arbitraries';
import { STAMP, mapOf, member, shape, tie } from '../fixtures/network-maps';

const later = new Date('2026-04-01T09:00:00.000Z');
const counter = () => {
  let n = 0;
  return () => `id${(n += 1)}`;
};
const opts = () => ({ now: later, makeId: counter() });
const bakery: MemberInput = { name: 'Riverbank Bakery', sector: 'food-farming', kind: 'worker' };

/** Freezes a map all the way down, so an edit that mutates its argument throws. */
function frozen(map: NetworkMap): NetworkMap {
  const freeze = (v: unknown): unknown => {
    if (v && typeof v === 'object') {
      Object.values(v).forEach(freeze);
      Object.freeze(v);
    }
    return v;
  };
  return freeze(structuredClone(map)) as NetworkMap;
}

describe('the stored map', () => {
  it('accepts a well-formed map and a new empty one', () => {
    expect(networkMapSchema.safeParse(shape('abc', ['a-b', 'b-c'])).success).toBe(true);
    expect(networkMapSchema.safeParse(createNetworkMap('riverton co-ops', later)).success).toBe(true);
  });

  it.each([
    ['two members with one name', mapOf([member('a'), member('b', { name: 'Member a' })])],
    ['a tie to a member not on the map', mapOf([member('a')], [tie('a', 'zz')])],
    ['a member tied to itself', mapOf([member('a')], [tie('a', 'a')])],
    ['one pair tied twice, either way round', mapOf([member('a'), member('b')], [tie('a', 'b'), { ...tie('b', 'a') }])],
    ['a tie with no kind', mapOf([member('a'), member('b')], [tie('a', 'b', [])])],
    ['a name with spaces at its end', mapOf([member('a', { name: 'Bakery ' })])],
    ['an unknown sector', mapOf([member('a', { sector: 'mining' as never })])],
  ])('refuses %s', (_what, map) => {
    expect(networkMapSchema.safeParse(map).success).toBe(false);
  });
});

describe('migrateNetworkMap', () => {
  it('reads a version-1 map as it is', () => {
    const map = shape('ab', ['a-b']);
    expect(migrateNetworkMap(structuredClone(map))).toEqual({ ok: true, map });
  });

  it('says when a map comes from a newer app, and when it is not a map at all', () => {
    expect(migrateNetworkMap({ ...shape('a', []), schemaVersion: 9 })).toMatchObject({ ok: false, code: 'newer-version', params: { version: 9 } });
    expect(migrateNetworkMap('nonsense')).toMatchObject({ ok: false, code: 'not-a-map' });
    expect(migrateNetworkMap({ members: [] })).toMatchObject({ ok: false, code: 'not-a-map' });
  });

  it('keeps the validator wording out of the code, for a Details disclosure', () => {
    const result = migrateNetworkMap(mapOf([member('a')], [tie('a', 'zz')]));
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (!result.ok) expect(String(result.params.details)).toContain('not on the map');
  });

  it('never throws on anything a file or a damaged save could hold', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mapArb().map((m) => ({ ...m, members: [...m.members, m.members[0]] }))), (data) => {
        const result = migrateNetworkMap(data);
        if (!result.ok) expect(['not-a-map', 'newer-version', 'no-migration', 'invalid']).toContain(result.code);
      }),
    );
  });

  it('has no migration steps yet: version 1 is the first', () => {
    expect(MAP_MIGRATIONS).toEqual({});
  });
});

describe('editing members', () => {
  it('adds a member, tidied, without changing the map it was given', () => {
    const map = frozen(createNetworkMap('n', new Date(STAMP)));
    const result = addMember(map, { ...bakery, name: '  Riverbank Bakery ', place: ' ', sectorOther: 'ignored', needs: [{ category: 'it', text: ' web ' }] }, opts());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.members).toEqual([
      { id: 'id1', name: 'Riverbank Bakery', sector: 'food-farming', kind: 'worker', needs: [{ category: 'it', text: 'web' }], offers: [] },
    ]);
    expect(result.map.updatedAt).toBe(later.toISOString());
    expect(map.members).toEqual([]);
    expect(networkMapSchema.safeParse(result.map).success).toBe(true);
  });

  it('refuses a second member of the same name, whatever its Unicode form', () => {
    const map = frozen(mapOf([member('a', { name: 'Café Co-op' })]));
    const result = addMember(map, { ...bakery, name: 'Cafe\u0301 Co-op' }, opts());
    expect(result).toEqual({ ok: false, problems: [{ field: 'name', code: 'duplicate-name', params: { name: 'Cafe\u0301 Co-op' } }] });
  });

  it('names each field that is wrong, with codes and numbers, not sentences', () => {
    const result = addMember(mapOf([]), { ...bakery, name: ' ', size: 2.5, founded: 1066, place: 'x'.repeat(201) }, opts());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { field: 'name', code: 'required' },
      { field: 'size', code: 'not-a-whole-number', params: { value: 2.5 } },
      { field: 'founded', code: 'out-of-range', params: { value: 1066, min: MAP_LIMITS.minYear, max: MAP_LIMITS.maxYear } },
      { field: 'place', code: 'too-long', params: { max: MAP_LIMITS.placeLength } },
    ]);
  });

  it('updates a member in place, keeping its own name allowed', () => {
    const map = frozen(mapOf([member('a'), member('b')]));
    const result = updateMember(map, 'a', { name: 'Member a', sector: 'energy', kind: 'consumer', size: 40 }, opts());
    expect(result.ok && result.map.members[0]).toEqual({ ...member('a'), sector: 'energy', kind: 'consumer', size: 40 });
    expect(updateMember(map, 'a', { ...bakery, name: 'Member b' }, opts()).ok).toBe(false);
  });

  it('removing a member removes its ties and nothing else', () => {
    const map = frozen(shape('abcd', ['a-b', 'b-c', 'c-d']));
    const next = removeMember(map, 'b', opts());
    expect(next.members.map((m) => m.id)).toEqual(['a', 'c', 'd']);
    expect(next.ties.map((t) => t.id)).toEqual(['c-d']);
    expect(removeMember(map, 'nobody')).toBe(map);
  });

  it('refuses a member past the limit', () => {
    const full = { ...mapOf([]), members: Array.from({ length: MAP_LIMITS.members }, (_, i) => member(`m${i}`)) };
    const result = addMember(full, bakery, opts());
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['too-many-members']);
  });
});

describe('editing ties', () => {
  const map = frozen(shape('abc', ['a-b']));

  it('adds a tie with its kinds in list order, each once', () => {
    const result = addTie(map, { from: 'b', to: 'c', kinds: ['staff', 'trade', 'staff'], written: true, since: 2019 }, opts());
    expect(result.ok && result.map.ties[1]).toEqual({ id: 'id1', from: 'b', to: 'c', kinds: ['trade', 'staff'], written: true, since: 2019 });
  });

  it('refuses a second tie for a pair, either way round, and names the tie that exists', () => {
    const result = addTie(map, { from: 'b', to: 'a', kinds: ['finance'], written: false }, opts());
    expect(result).toEqual({ ok: false, problems: [{ field: 'to', code: 'already-tied', params: { tieId: 'a-b' } }] });
  });

  it('refuses a tie to itself, to nobody, or with no kind', () => {
    const codes = (input: Parameters<typeof addTie>[1]) => {
      const r = addTie(map, input, opts());
      return r.ok ? [] : r.problems.map((p) => `${p.field}:${p.code}`);
    };
    expect(codes({ from: 'a', to: 'a', kinds: ['trade'], written: false })).toEqual(['to:same-member']);
    expect(codes({ from: 'a', to: 'zz', kinds: ['trade'], written: false })).toEqual(['to:unknown-member']);
    expect(codes({ from: 'a', to: 'c', kinds: [], written: false })).toEqual(['kinds:required']);
  });

  it('updates and removes a tie without touching the others', () => {
    const updated = updateTie(map, 'a-b', { from: 'a', to: 'b', kinds: ['trade', 'referral'], written: true }, opts());
    expect(updated.ok && updated.map.ties).toEqual([{ id: 'a-b', from: 'a', to: 'b', kinds: ['trade', 'referral'], written: true }]);
    expect(updateTie(map, 'zz', { from: 'a', to: 'b', kinds: ['trade'], written: true }, opts())).toMatchObject({ ok: false });
    expect(removeTie(map, 'a-b', opts()).ties).toEqual([]);
    expect(removeTie(map, 'zz')).toBe(map);
  });
});
