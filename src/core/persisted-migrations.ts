// Bringing a save of an earlier version up to date, one step per version. Loaded only when such a
// save is found (once per device after an update), so the first screen does not carry every old shape.
import { isPlainObject } from './json-input';
import { addPlanFields } from './legacy-records';
import { networkOf } from './network';
import type { NetworkRecord } from './network';
import { PERSIST_VERSION } from './persisted-state';
import type { SetAsideReason } from './problems';

/**
 * One pure, non-mutating step per stored version: MIGRATIONS[n] turns version n into n + 1.
 * Each has a fixture of the old shape in test/fixtures/stored-v{n}.json and a test.
 * - 1 → 2: version 1 (one localStorage key) held only assessments; version 2 adds workshops.
 * - 2 → 3: the "active" ids become "last opened on this device": each screen now takes its
 *   assessment or workshop from its address, so nothing is "active" app-wide any more.
 * - 3 → 4: every assessment and workshop gets a network id (records whose names match by today's
 *   name rule share one), assessments an assessment date (the day they were started), both an empty
 *   action plan; and a network record per id.
 * - 4 → 5: network maps, none yet.
 */
export const MIGRATIONS: Record<number, (state: unknown) => unknown> = {
  1: (state) => (isPlainObject(state) ? { ...state, workshops: {}, activeWorkshopId: null } : state),
  2: (state) => {
    if (!isPlainObject(state)) return state;
    const { activeId, activeWorkshopId, ...rest } = state;
    return { ...rest, lastAssessmentId: activeId ?? null, lastWorkshopId: activeWorkshopId ?? null };
  },
  3: (state) => {
    if (!isPlainObject(state)) return state;
    const entries = (c: unknown) => (isPlainObject(c) ? Object.entries(c) : []);
    const a = entries(state.assessments);
    const w = entries(state.workshops);
    const upgraded = addPlanFields([...a.map(([, v]) => v), ...w.map(([, v]) => v)]);
    const rebuild = (list: [string, unknown][], from: number) =>
      Object.fromEntries(list.map(([key], i) => [key, upgraded[from + i]]));
    const records = upgraded.filter(isNetworkRecord);
    const groups = new Map<string, NetworkRecord[]>();
    for (const r of records) groups.set(r.networkId, [...(groups.get(r.networkId) ?? []), r]);
    const networks = Object.fromEntries([...groups].map(([id, group]) => [id, networkOf(id, group)]));
    return {
      ...state,
      ...(isPlainObject(state.assessments) ? { assessments: rebuild(a, 0) } : {}),
      ...(isPlainObject(state.workshops) ? { workshops: rebuild(w, a.length) } : {}),
      networks,
    };
  },
  4: (state) => (isPlainObject(state) ? { ...state, networkMaps: {} } : state),
};

/** Whether a record as read carries what a network record is made from. */
function isNetworkRecord(r: unknown): r is NetworkRecord {
  return (
    isPlainObject(r) &&
    ['id', 'networkId', 'networkName', 'createdAt', 'updatedAt'].every((k) => typeof r[k] === 'string') &&
    !Number.isNaN(Date.parse(r.createdAt as string)) &&
    !Number.isNaN(Date.parse(r.updatedAt as string))
  );
}

export type MigrationResult = { ok: true; state: unknown } | { ok: false; reason: SetAsideReason };

export function migratePersisted(state: unknown, fromVersion: number): MigrationResult {
  if (fromVersion > PERSIST_VERSION) {
    return { ok: false, reason: { code: 'newer-storage', version: fromVersion, max: PERSIST_VERSION } };
  }
  let current = state;
  for (let v = fromVersion; v < PERSIST_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: { code: 'no-migration', version: v } };
    current = step(current);
  }
  return { ok: true, state: current };
}
