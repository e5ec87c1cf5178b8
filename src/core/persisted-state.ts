// The shape of what the app keeps in browser storage, its version, and how a loaded save is checked.
// A save that fails validation is never dropped silently: each unreadable part is returned as
// "set aside" with a reason (a code), for the store to keep under a backup key and tell the user.
import type * as z from 'zod/mini';
import { assessmentSchema } from './assessment';
import type { Assessment } from './assessment';
import { isPlainObject } from './json-input';
import { isOwnRubricEntry } from './own-rubrics';
import type { OwnRubric } from './own-rubrics';
import type { SetAsideReason } from './problems';
import { recordProblem } from './record-problems';
import { workshopSchema } from './workshop';
import type { Workshop } from './workshop';

/** Bump when the stored shape changes, and add a step to MIGRATIONS with a fixture and a test. */
export const PERSIST_VERSION = 4;

export interface PersistedState {
  assessments: Record<string, Assessment>;
  workshops: Record<string, Workshop>;
  /** The assessment and the workshop last opened on this device: where old addresses and "resume" lead. */
  lastAssessmentId: string | null;
  lastWorkshopId: string | null;
  /** The federation's own rubrics kept in this browser, by ownRubricKey (id@version). */
  ownRubrics: Record<string, OwnRubric>;
}

export function emptyPersisted(): PersistedState {
  return { assessments: {}, workshops: {}, lastAssessmentId: null, lastWorkshopId: null, ownRubrics: {} };
}

/**
 * One pure, non-mutating step per stored version: MIGRATIONS[n] turns version n into n + 1.
 * Each has a fixture of the old shape in test/fixtures/stored-v{n}.json and a test.
 * - 1 → 2: version 1 (one localStorage key) held only assessments; version 2 adds workshops.
 * - 2 → 3: the "active" ids become "last opened on this device": each screen now takes its
 *   assessment or workshop from its address, so nothing is "active" app-wide any more.
 * - 3 → 4: adds the library of own rubrics, empty.
 */
export const MIGRATIONS: Record<number, (state: unknown) => unknown> = {
  1: (state) => (isPlainObject(state) ? { ...state, workshops: {}, activeWorkshopId: null } : state),
  2: (state) => {
    if (!isPlainObject(state)) return state;
    const { activeId, activeWorkshopId, ...rest } = state;
    return { ...rest, lastAssessmentId: activeId ?? null, lastWorkshopId: activeWorkshopId ?? null };
  },
  3: (state) => (isPlainObject(state) ? { ...state, ownRubrics: {} } : state),
};

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

export interface SetAside {
  reason: SetAsideReason;
  data: unknown;
}

export interface SanitizeResult {
  state: PersistedState;
  setAside: SetAside[];
}

interface RecordSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: z.core.$ZodError };
}

/** Keeps each record of one collection that validates; sets aside each one that does not. */
function readCollection<T extends { id: string }>(
  stored: unknown,
  schema: RecordSchema<T>,
  what: 'assessment' | 'workshop',
  setAside: SetAside[],
): Record<string, T> {
  const out: Record<string, T> = {};
  if (stored === undefined) return out;
  if (!isPlainObject(stored)) {
    setAside.push({ reason: { code: 'not-a-collection', what }, data: stored });
    return out;
  }
  for (const [key, value] of Object.entries(stored)) {
    const parsed = schema.safeParse(value);
    if (parsed.success && parsed.data.id === key) {
      out[key] = parsed.data;
    } else {
      setAside.push({ reason: recordProblem(what, { key }, value, parsed.success ? null : parsed.error), data: value });
    }
  }
  return out;
}

const ownKeyOr = (value: unknown, record: Record<string, unknown>): string | null =>
  typeof value === 'string' && Object.hasOwn(record, value) ? value : null;

/** Keeps each own rubric whose outline is whole; sets aside each one that is not. */
function readOwnRubrics(stored: unknown, setAside: SetAside[]): Record<string, OwnRubric> {
  const out: Record<string, OwnRubric> = {};
  if (stored === undefined) return out;
  if (!isPlainObject(stored)) {
    setAside.push({ reason: { code: 'not-a-collection', what: 'rubric' }, data: stored });
    return out;
  }
  for (const [key, value] of Object.entries(stored)) {
    if (isOwnRubricEntry(key, value)) out[key] = value;
    else {
      const rubric = isPlainObject(value) && isPlainObject(value.rubric) ? value.rubric : null;
      const title = rubric && typeof rubric.title === 'string' ? rubric.title : null;
      setAside.push({ reason: { code: 'own-rubric', key, title }, data: value });
    }
  }
  return out;
}

/** Keeps every assessment and workshop that validates; sets aside each one that does not, with the reason. */
export function sanitizePersisted(data: unknown): SanitizeResult {
  if (!isPlainObject(data)) {
    return { state: emptyPersisted(), setAside: [{ reason: { code: 'unknown-shape' }, data }] };
  }
  const setAside: SetAside[] = [];
  const assessments = readCollection(data.assessments, assessmentSchema, 'assessment', setAside);
  const workshops = readCollection(data.workshops, workshopSchema, 'workshop', setAside);
  const ownRubrics = readOwnRubrics(data.ownRubrics, setAside);
  return {
    state: {
      assessments,
      workshops,
      lastAssessmentId: ownKeyOr(data.lastAssessmentId, assessments),
      lastWorkshopId: ownKeyOr(data.lastWorkshopId, workshops),
      ownRubrics,
    },
    setAside,
  };
}
