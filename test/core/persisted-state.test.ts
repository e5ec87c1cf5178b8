// Loading a save from browser storage: valid assessments are kept, a broken one is set aside with
// a reason naming it (never dropped silently), and a save from a newer app is refused.
import { readFileSync } from 'node:fs';
import { createAssessment } from '../../src/core/assessment';
import type { Assessment } from '../../src/core/assessment';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { localDate } from '../../src/core/calendar-day';
import { MIGRATIONS, migratePersisted } from '../../src/core/persisted-migrations';
import { PERSIST_VERSION, sanitizePersisted } from '../../src/core/persisted-state';
import { ownRubricKey } from '../../src/core/own-rubrics';
import type { Rubric } from '../../src/core/rubric-schema';

function assessment(id: string, networkName: string): Assessment {
  const a = createAssessment(FIVE_PRINCIPLES, { networkName, assessors: 'Ana' }, new Date('2025-01-02T03:04:05.000Z'));
  a.id = id;
  a.answers = { 'inst-federation': { value: 2, note: 'Łódź' } };
  return a;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const EMPTY = { assessments: {}, workshops: {}, networks: {}, networkMaps: {}, lastAssessmentId: null, lastWorkshopId: null, ownRubrics: {} };

describe('sanitizePersisted', () => {
  it('keeps every valid assessment and the last-opened id', () => {
    const saved = { assessments: { a1: assessment('a1', 'North'), a2: assessment('a2', 'South') }, lastAssessmentId: 'a2' };
    const result = sanitizePersisted(saved);
    // A save without network records gets one per network its records name.
    const networks = Object.fromEntries(
      Object.values(saved.assessments).map((a) => [a.networkId, { id: a.networkId, name: a.networkName, createdAt: a.createdAt, updatedAt: a.updatedAt }]),
    );
    expect(result).toEqual({ state: { ...saved, workshops: {}, networks, networkMaps: {}, lastWorkshopId: null, ownRubrics: {} }, setAside: [], maps: {} });
  });

  it('sets aside an invalid assessment with a reason naming it, and keeps the others', () => {
    const broken = { ...assessment('a2', 'Coopérative du Québec'), answers: { 'inst-federation': { value: 9 } } };
    const saved = { assessments: { a1: assessment('a1', 'North'), a2: broken }, lastAssessmentId: 'a1' };
    const result = sanitizePersisted(saved);
    expect(Object.keys(result.state.assessments)).toEqual(['a1']);
    expect(result.state.lastAssessmentId).toBe('a1');
    expect(result.setAside).toHaveLength(1);
    expect(result.setAside[0]!.reason).toMatchObject({
      code: 'record',
      what: 'assessment',
      at: { key: 'a2' },
      name: 'Coopérative du Québec',
      problems: [{ code: 'level-out-of-range', value: 9, min: 0, max: 4, path: ['answers', 'inst-federation', 'value'] }],
    });
    expect(result.setAside[0]!.data).toEqual(broken);
  });

  it('keeps the key of a set-aside assessment that has no network name', () => {
    const result = sanitizePersisted({ assessments: { 'a-9': { id: 'a-9' } }, lastAssessmentId: null });
    expect(result.setAside[0]!.reason).toMatchObject({ code: 'record', at: { key: 'a-9' }, name: null });
  });

  it('sets aside an assessment stored under a key other than its id', () => {
    const result = sanitizePersisted({ assessments: { other: assessment('a1', 'North') }, lastAssessmentId: 'other' });
    expect(result.state).toEqual(EMPTY);
    expect(result.setAside[0]!.reason).toMatchObject({ code: 'record', name: 'North', problems: [{ code: 'id-mismatch', key: 'other' }] });
  });

  it('clears the last-opened id when its assessment was set aside or never existed', () => {
    const saved = { assessments: { a1: assessment('a1', 'North'), a2: { id: 'a2' } }, lastAssessmentId: 'a2' };
    expect(sanitizePersisted(saved).state.lastAssessmentId).toBeNull();
    expect(sanitizePersisted({ assessments: {}, lastAssessmentId: 'gone' }).state.lastAssessmentId).toBeNull();
  });

  // Regression: lastAssessmentId must name an own key of assessments, not an Object.prototype member.
  it.each([['constructor'], ['toString']])('clears a last-opened id of "%s" when no assessment has it', (lastAssessmentId) => {
    expect(sanitizePersisted({ assessments: {}, lastAssessmentId }).state.lastAssessmentId).toBeNull();
  });

  it('does not mutate what it was given', () => {
    const broken = { ...assessment('a2', 'South'), createdAt: 'yesterday' };
    const saved = { assessments: { a1: assessment('a1', 'North'), a2: broken }, lastAssessmentId: 'a2' };
    const before = structuredClone(saved);
    deepFreeze(saved);
    const result = sanitizePersisted(saved);
    expect(saved).toEqual(before);
    expect(result.setAside).toHaveLength(1);
  });

  it.each([[null], [undefined], ['{"assessments":{}}'], [42], [[assessment('a1', 'North')]]])(
    'sets the whole save aside when it is not an object (%j)',
    (data) => {
      const result = sanitizePersisted(data);
      expect(result.state).toEqual(EMPTY);
      expect(result.setAside).toEqual([{ reason: { code: 'unknown-shape' }, data }]);
      expect(result.maps).toEqual({});
    },
  );

  it('sets aside a list of assessments that is not an object', () => {
    const list = [assessment('a1', 'North')];
    const result = sanitizePersisted({ assessments: list, lastAssessmentId: 'a1' });
    expect(result.state).toEqual(EMPTY);
    expect(result.setAside).toEqual([{ reason: { code: 'not-a-collection', what: 'assessment' }, data: list }]);
  });

  it('treats a save with no assessments key as empty, with nothing set aside', () => {
    expect(sanitizePersisted({})).toEqual({ state: EMPTY, setAside: [], maps: {} });
  });
});

describe('migratePersisted', () => {
  it('returns the same state untouched when it is already the current version', () => {
    const state = { assessments: { a1: assessment('a1', 'North') }, lastAssessmentId: 'a1' };
    const result = migratePersisted(state, PERSIST_VERSION);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.state).toBe(state);
  });

  it('refuses a save from a newer version of the app, saying so', () => {
    const result = migratePersisted({ assessments: {} }, PERSIST_VERSION + 1);
    expect(result).toEqual({ ok: false, reason: { code: 'newer-storage', version: PERSIST_VERSION + 1, max: PERSIST_VERSION } });
  });

  it('refuses a version it has no migration step for', () => {
    const result = migratePersisted({}, 0);
    expect(result).toEqual({ ok: false, reason: { code: 'no-migration', version: 0 } });
  });
});

describe('MIGRATIONS[1]: version 1 → 2', () => {
  it('adds empty workshops to the version-1 fixture without touching the rest or the input', async () => {
    const fixture = (await import('../fixtures/stored-v1.json')).default;
    const input = structuredClone(fixture.state);
    expect(MIGRATIONS[1]!(input)).toEqual({ ...fixture.state, workshops: {}, activeWorkshopId: null });
    const { activeId, ...rest } = fixture.state;
    expect(MIGRATIONS[2]!(MIGRATIONS[1]!(input))).toEqual({ ...rest, workshops: {}, lastAssessmentId: activeId, lastWorkshopId: null });
    expect(input).toEqual(fixture.state);
    const result = migratePersisted(input, 1);
    const { state, setAside } = sanitizePersisted(result.ok ? result.state : null);
    expect(setAside).toEqual([]);
    expect(Object.keys(state.assessments)).toEqual(Object.keys(fixture.state.assessments));
  });
});

describe('MIGRATIONS[2]: version 2 → 3', () => {
  it('turns the version-2 fixture’s active ids into last-opened ids, touching nothing else nor the input', async () => {
    const fixture = (await import('../fixtures/stored-v2.json')).default;
    const input = structuredClone(fixture.state);
    deepFreeze(input);
    const { activeId, activeWorkshopId, ...rest } = fixture.state;
    expect(MIGRATIONS[2]!(input)).toEqual({ ...rest, lastAssessmentId: activeId, lastWorkshopId: activeWorkshopId });
    expect(input).toEqual(fixture.state);
    const result = migratePersisted(input, 2);
    const { state, setAside } = sanitizePersisted(result.ok ? result.state : null);
    expect(setAside).toEqual([]);
    expect(state.lastAssessmentId).toBe(activeId);
    expect(state.lastWorkshopId).toBe(activeWorkshopId);
    expect(Object.keys(state.workshops)).toEqual(Object.keys(fixture.state.workshops));
  });

  it('gives null last-opened ids to a version-2 save that had nothing open', () => {
    expect(MIGRATIONS[2]!({ assessments: {}, workshops: {} })).toEqual({
      assessments: {},
      workshops: {},
      lastAssessmentId: null,
      lastWorkshopId: null,
    });
  });
});

describe('MIGRATIONS[5]: version 5 → 6, the library of own rubrics', () => {
  const example = JSON.parse(readFileSync(new URL('../../rubrics/examples/housing-federation-health-check.json', import.meta.url), 'utf8')) as Rubric;
  const key = ownRubricKey(example);

  it('adds an empty library to the version-5 fixture, touching nothing else nor the input', async () => {
    const fixture = (await import('../fixtures/stored-v5.json')).default;
    const input = deepFreeze(structuredClone(fixture.state));
    const result = migratePersisted(input, 5);
    expect(PERSIST_VERSION).toBe(6);
    expect(result).toEqual({ ok: true, state: { ...fixture.state, ownRubrics: {} } });
    const { state, setAside } = sanitizePersisted(result.ok ? result.state : null);
    expect(setAside).toEqual([]);
    expect(state.ownRubrics).toEqual({});
    expect(Object.keys(state.assessments)).toEqual(Object.keys(fixture.state.assessments));
  });

  it('keeps an own rubric whose key fits it, and sets aside a damaged one by its title', () => {
    const damaged = { addedAt: '2026-11-26T10:00:00.000Z', rubric: { ...example, principles: [{ id: 'x', title: 'Cassé' }] } };
    const { state, setAside } = sanitizePersisted({
      ...EMPTY,
      ownRubrics: { [key]: { addedAt: '2026-11-26T09:00:00.000Z', rubric: example }, 'broken@1.0.0': damaged },
    });
    expect(Object.keys(state.ownRubrics)).toEqual([key]);
    expect(state.ownRubrics[key]!.rubric.title).toBe(example.title);
    expect(setAside).toEqual([{ reason: { code: 'own-rubric', key: 'broken@1.0.0', title: example.title }, data: damaged }]);
  });

  it('keeps an own rubric’s translations with no new version, and sets aside a damaged one, not the rubric', () => {
    const fr = JSON.parse(readFileSync(new URL('../../rubrics/examples/translations/housing-federation-health-check.fr.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const wrongVersion = { ...fr, language: 'es', rubric: { id: example.id, version: '9.0.0' } };
    const entry = { addedAt: '2026-11-26T09:00:00.000Z', rubric: example, translations: { fr, es: wrongVersion, de: 'rien' } };
    const { state, setAside } = sanitizePersisted({ ...EMPTY, ownRubrics: { [key]: entry } });
    expect(Object.keys(state.ownRubrics)).toEqual([key]);
    expect(state.ownRubrics[key]!.translations).toEqual({ fr });
    expect(setAside).toEqual([
      { reason: { code: 'own-rubric', key: `${key}#es`, title: example.title }, data: wrongVersion },
      { reason: { code: 'own-rubric', key: `${key}#de`, title: example.title }, data: 'rien' },
    ]);
    // An entry without translations stays as it was, with no empty field added.
    const bare = sanitizePersisted({ ...EMPTY, ownRubrics: { [key]: { addedAt: entry.addedAt, rubric: example } } });
    expect(bare.state.ownRubrics[key]).toEqual({ addedAt: entry.addedAt, rubric: example });
  });
});

describe('MIGRATIONS[3]: version 3 → 4', () => {
  it('groups the version-3 fixture’s records into networks by today’s name rule, dates assessments and gives empty plans', async () => {
    const fixture = (await import('../fixtures/stored-v3.json')).default;
    const input = structuredClone(fixture.state);
    deepFreeze(input);
    const migrated = MIGRATIONS[3]!(input) as {
      assessments: Record<string, Assessment>;
      workshops: Record<string, { networkId: string; actions: unknown[] }>;
      networks: Record<string, { id: string; name: string; createdAt: string; updatedAt: string }>;
    };
    expect(input).toEqual(fixture.state);
    const { assessments: a, workshops: w, networks } = migrated;
    // Records that matched by name share one id, made from the oldest of them; the rest are their own.
    expect(a['a-2025']!.networkId).toBe('net-a-2025');
    expect(a['a-2026']!.networkId).toBe('net-a-2025');
    expect(a['a-other']!.networkId).toBe('net-a-other');
    expect(w['w-sur']!.networkId).toBe('net-a-other');
    // Two records without a name are not "the same network".
    expect(a['a-unnamed']!.networkId).toBe('net-a-unnamed');
    expect(a['a-unnamed-2']!.networkId).toBe('net-a-unnamed-2');
    // One network record per id, named after its latest change, created with its oldest record.
    expect(networks['net-a-2025']).toEqual({
      id: 'net-a-2025',
      name: '  coopérative du  QUÉBEC ',
      createdAt: '2025-03-12T10:00:00.000Z',
      updatedAt: '2026-03-21T09:00:00.000Z',
    });
    expect(networks['net-a-other']).toMatchObject({ name: 'red de cooperativas del sur', createdAt: '2026-01-05T09:00:00.000Z' });
    expect(Object.keys(networks).sort()).toEqual(['net-a-2025', 'net-a-other', 'net-a-unnamed', 'net-a-unnamed-2']);
    // The day each was assessed is the day it was started; nothing else changes.
    expect(a['a-2025']!.assessedOn).toBe(localDate(new Date('2025-03-12T10:00:00.000Z')));
    expect(a['a-2025']!.actions).toEqual([]);
    expect(w['w-sur']!.actions).toEqual([]);
    const { networkId: _n, assessedOn: _d, actions: _p, ...rest } = a['a-2026']!;
    expect(rest).toEqual(fixture.state.assessments['a-2026']);
    expect(migrated).toMatchObject({ lastAssessmentId: 'a-2026', lastWorkshopId: 'w-sur' });
  });

  it('gives a loadable save: nothing set aside, every record kept, the same networks', async () => {
    const fixture = (await import('../fixtures/stored-v3.json')).default;
    const result = migratePersisted(structuredClone(fixture.state), 3);
    const { state, setAside } = sanitizePersisted(result.ok ? result.state : null);
    expect(setAside).toEqual([]);
    expect(Object.keys(state.assessments)).toEqual(Object.keys(fixture.state.assessments));
    expect(Object.keys(state.workshops)).toEqual(['w-sur']);
    expect(Object.keys(state.networks).sort()).toEqual(['net-a-2025', 'net-a-other', 'net-a-unnamed', 'net-a-unnamed-2']);
  });

  it('is the same wherever it runs, so two tabs migrating one save agree', async () => {
    const fixture = (await import('../fixtures/stored-v3.json')).default;
    expect(MIGRATIONS[3]!(structuredClone(fixture.state))).toEqual(MIGRATIONS[3]!(structuredClone(fixture.state)));
  });

  it('leaves alone a save that is not an object, and one without collections', () => {
    expect(MIGRATIONS[3]!(42)).toBe(42);
    expect(MIGRATIONS[3]!({ lastAssessmentId: null })).toEqual({ lastAssessmentId: null, networks: {} });
  });
});

describe('sanitizePersisted and networks', () => {
  it('rebuilds a damaged network record from its records, and drops one no record uses', () => {
    const a1 = { ...assessment('a1', 'North'), networkId: 'net-n' };
    const result = sanitizePersisted({
      assessments: { a1 },
      networks: { 'net-n': { id: 'net-n', name: 42 }, 'net-gone': { id: 'net-gone', name: 'Gone', createdAt: a1.createdAt, updatedAt: a1.updatedAt } },
    });
    expect(result.setAside).toEqual([]);
    expect(result.state.networks).toEqual({ 'net-n': { id: 'net-n', name: 'North', createdAt: a1.createdAt, updatedAt: a1.updatedAt } });
  });

  it('keeps a network’s own name (the latest used) when it is valid', () => {
    const a1 = { ...assessment('a1', 'North'), networkId: 'net-n' };
    const network = { id: 'net-n', name: 'North Co-op Network', createdAt: a1.createdAt, updatedAt: a1.updatedAt };
    expect(sanitizePersisted({ assessments: { a1 }, networks: { 'net-n': network } }).state.networks).toEqual({ 'net-n': network });
  });
});
