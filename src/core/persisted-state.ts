// The shape of what the app keeps in browser storage, its version, and how a loaded save is checked.
// A save that fails validation is never dropped silently: each unreadable part is returned as
// "set aside" with a reason, for the store to keep under a backup key and tell the user.
import * as z from 'zod/mini';
import { assessmentSchema } from './assessment';
import type { Assessment } from './assessment';
import { isPlainObject } from './json-input';

/** Bump when the stored shape changes, and add a step to MIGRATIONS with a fixture and a test. */
export const PERSIST_VERSION = 1;

export interface PersistedState {
  assessments: Record<string, Assessment>;
  activeId: string | null;
}

export function emptyPersisted(): PersistedState {
  return { assessments: {}, activeId: null };
}

/**
 * One pure, non-mutating step per stored version: MIGRATIONS[n] turns version n into n + 1.
 * There is no step yet: version 1 is the first stored format.
 */
export const MIGRATIONS: Record<number, (state: unknown) => unknown> = {};

export type MigrationResult = { ok: true; state: unknown } | { ok: false; reason: string };

export function migratePersisted(state: unknown, fromVersion: number): MigrationResult {
  if (fromVersion > PERSIST_VERSION) {
    return {
      ok: false,
      reason: `it was saved by a newer version of Fivefold (storage format ${fromVersion}; this app reads up to ${PERSIST_VERSION})`,
    };
  }
  let current = state;
  for (let v = fromVersion; v < PERSIST_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: `there is no way to read storage format ${v}` };
    current = step(current);
  }
  return { ok: true, state: current };
}

export interface SetAside {
  reason: string;
  data: unknown;
}

export interface SanitizeResult {
  state: PersistedState;
  setAside: SetAside[];
}

/** Keeps every assessment that validates; sets aside each one that does not, with the reason. */
export function sanitizePersisted(data: unknown): SanitizeResult {
  if (!isPlainObject(data)) {
    return { state: emptyPersisted(), setAside: [{ reason: 'the saved data is not in the expected shape', data }] };
  }
  const setAside: SetAside[] = [];
  const assessments: Record<string, Assessment> = {};
  const stored = data.assessments;
  if (isPlainObject(stored)) {
    for (const [key, value] of Object.entries(stored)) {
      const parsed = assessmentSchema.safeParse(value);
      if (parsed.success && parsed.data.id === key) {
        assessments[key] = parsed.data;
      } else {
        const name = isPlainObject(value) && typeof value.networkName === 'string' ? `“${value.networkName}”` : key;
        const why = parsed.success ? 'its id does not match its key' : z.prettifyError(parsed.error);
        setAside.push({ reason: `the saved assessment ${name} could not be read: ${why}`, data: value });
      }
    }
  } else if (stored !== undefined) {
    setAside.push({ reason: 'the list of saved assessments is not in the expected shape', data: stored });
  }
  const activeId = typeof data.activeId === 'string' && Object.hasOwn(assessments, data.activeId) ? data.activeId : null;
  return { state: { assessments, activeId }, setAside };
}
