// The shape of what the app keeps in browser storage, its version, and how a loaded save is checked.
// A save that fails validation is never dropped silently: each unreadable part is returned as
// "set aside" with a reason (a code), for the store to keep under a backup key and tell the user.
// Older saves are brought up to date by persisted-migrations.ts, loaded only when one is found.
import type * as z from 'zod/mini';
import { assessmentSchema } from './assessment';
import type { Assessment } from './assessment';
import { isPlainObject } from './json-input';
import { isOwnRubricEntry, keptTranslations } from './own-rubrics';
import type { OwnRubric } from './own-rubrics';
import { ensureNetworks, networkSchema } from './network';
import type { Network, NetworkRecord } from './network';
import type { NetworkMap } from './network-map';
import type { SetAsideReason } from './problems';
import { recordProblem } from './record-problems';
import { workshopSchema } from './workshop';
import type { Workshop } from './workshop';

/** Bump when the stored shape changes, and add a step to MIGRATIONS (persisted-migrations.ts) with a fixture and a test. */
export const PERSIST_VERSION = 6;

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
  /** The federation's own rubrics kept in this browser, by ownRubricKey (id@version). */
  ownRubrics: Record<string, OwnRubric>;
}

export function emptyPersisted(): PersistedState {
  return { assessments: {}, workshops: {}, networks: {}, networkMaps: {}, lastAssessmentId: null, lastWorkshopId: null, ownRubrics: {} };
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

/** Keeps each own rubric whose outline is whole; sets aside each one that is not. */
function readOwnRubrics(stored: unknown, setAside: SetAside[]): Record<string, OwnRubric> {
  const out: Record<string, OwnRubric> = {};
  if (stored === undefined) return out;
  if (!isPlainObject(stored)) {
    setAside.push({ reason: { code: 'not-a-collection', what: 'rubric' }, data: stored });
    return out;
  }
  for (const [key, value] of Object.entries(stored)) {
    if (isOwnRubricEntry(key, value)) {
      // A damaged translation is set aside on its own; the rubric stays (its file can be opened again).
      const { kept, damaged } = keptTranslations(value);
      const { translations: stored, ...entry } = value;
      out[key] = Object.keys(kept).length > 0 ? { ...entry, translations: kept } : entry;
      for (const language of damaged) {
        const data = language === '*' ? stored : (stored as Record<string, unknown>)[language];
        setAside.push({ reason: { code: 'own-rubric', key: `${key}#${language}`, title: value.rubric.title }, data });
      }
    } else {
      const rubric = isPlainObject(value) && isPlainObject(value.rubric) ? value.rubric : null;
      const title = rubric && typeof rubric.title === 'string' ? rubric.title : null;
      setAside.push({ reason: { code: 'own-rubric', key, title }, data: value });
    }
  }
  return out;
}

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
  const ownRubrics = readOwnRubrics(data.ownRubrics, setAside);
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
      ownRubrics,
    },
    setAside,
    maps,
  };
}
