// The shape of what the app keeps in browser storage, its version, and how a loaded save is checked.
// A save that fails validation is never dropped silently: each unreadable part is returned as
// "set aside" with a reason (a code), for the store to keep under a backup key and tell the user.
// Older saves are brought up to date by persisted-migrations.ts, loaded only when one is found.
import type * as z from 'zod/mini';
import { assessmentSchema } from './assessment';
import type { Assessment } from './assessment';
import { isPlainObject } from './json-input';
import { ensureNetworks, networkSchema } from './network';
import type { Network, NetworkRecord } from './network';
import type { NetworkMap } from './network-map';
import type { SetAsideReason } from './problems';
import { recordProblem } from './record-problems';
import { workshopSchema } from './workshop';
import type { Workshop } from './workshop';

/** Bump when the stored shape changes, and add a step to MIGRATIONS (persisted-migrations.ts) with a fixture and a test. */
export const PERSIST_VERSION = 5;

export interface PersistedState {
  assessments: Record<string, Assessment>;
  workshops: Record<string, Workshop>;
  /** Every network the records belong to, by id. */
  networks: Record<string, Network>;
  /** Each network's map, by network id (network-map.ts). */
  networkMaps: Record<string, NetworkMap>;
  /** The assessment and the workshop last opened on this device: where old addresses and "resume" lead. */
  lastAssessmentId: string | null;
  lastWorkshopId: string | null;
}

export function emptyPersisted(): PersistedState {
  return { assessments: {}, workshops: {}, networks: {}, networkMaps: {}, lastAssessmentId: null, lastWorkshopId: null };
}

export interface SetAside {
  reason: SetAsideReason;
  data: unknown;
}

export interface SanitizeResult {
  /** Its `networkMaps` is empty: maps are checked after the first screen (see `maps`). */
  state: PersistedState;
  setAside: SetAside[];
  /**
   * The stored maps by network id, not yet checked: their schema is not part of the first screen, so
   * the store checks them just after loading (network-map-carry.ts readStoredMaps).
   */
  maps: Record<string, unknown>;
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

/**
 * The stored networks that validate. A damaged or missing one is rebuilt from its records (it holds
 * nothing they do not: its name is the latest one used), so it is never set aside.
 */
function readNetworks(stored: unknown, records: NetworkRecord[], mapped: readonly string[]): Record<string, Network> {
  const out: Record<string, Network> = {};
  // A network with a map is kept though no assessment or workshop uses it (it was mapped first).
  const used = new Set([...records.map((r) => r.networkId), ...mapped]);
  if (isPlainObject(stored)) {
    for (const [key, value] of Object.entries(stored)) {
      const parsed = networkSchema.safeParse(value);
      // A network no record or map uses any more (its records were merged or deleted) is dropped.
      if (parsed.success && parsed.data.id === key && used.has(key)) {
        Object.defineProperty(out, key, { value: parsed.data, enumerable: true, writable: true, configurable: true });
      }
    }
  }
  return ensureNetworks(out, records);
}

/** Keeps every assessment and workshop that validates; sets aside each one that does not, with the reason. */
export function sanitizePersisted(data: unknown): SanitizeResult {
  if (!isPlainObject(data)) {
    return { state: emptyPersisted(), setAside: [{ reason: { code: 'unknown-shape' }, data }], maps: {} };
  }
  const setAside: SetAside[] = [];
  const assessments = readCollection(data.assessments, assessmentSchema, 'assessment', setAside);
  const workshops = readCollection(data.workshops, workshopSchema, 'workshop', setAside);
  let maps: Record<string, unknown> = {};
  if (isPlainObject(data.networkMaps)) maps = data.networkMaps;
  else if (data.networkMaps !== undefined) setAside.push({ reason: { code: 'not-a-collection', what: 'map' }, data: data.networkMaps });
  const networks = readNetworks(data.networks, [...Object.values(assessments), ...Object.values(workshops)], Object.keys(maps));
  return {
    state: {
      assessments,
      workshops,
      networks,
      networkMaps: {},
      lastAssessmentId: ownKeyOr(data.lastAssessmentId, assessments),
      lastWorkshopId: ownKeyOr(data.lastWorkshopId, workshops),
    },
    setAside,
    maps,
  };
}
