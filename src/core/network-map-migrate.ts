// Reading a stored or imported network map: one pure step per older schemaVersion, then the schema.
// The store and the JSON files call this, so a map is checked the same way wherever it comes from.
import * as z from 'zod/mini';
import { NETWORK_MAP_SCHEMA_VERSION, networkMapSchema } from './network-map';
import type { NetworkMap } from './network-map';

/**
 * MAP_MIGRATIONS[n] turns a version-n map into version n + 1, without changing its argument; each
 * step comes with a fixture of the old shape and a test. None yet: version 1 is the first.
 */
export const MAP_MIGRATIONS: Record<number, (map: Record<string, unknown>) => Record<string, unknown>> = {};

/** Why a map could not be read; `params.details` (for 'invalid') is for a "Details" disclosure. */
export interface MapReadProblem {
  code: 'not-a-map' | 'newer-version' | 'no-migration' | 'invalid';
  params: Record<string, string | number>;
}

export type MapReadResult = { ok: true; map: NetworkMap } | ({ ok: false } & MapReadProblem);

// Not json-input's isPlainObject: the map's modules load after the first screen and share none of its modules.
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function migrateNetworkMap(data: unknown): MapReadResult {
  if (!isPlainObject(data)) return { ok: false, code: 'not-a-map', params: {} };
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'not-a-map', params: {} };
  }
  if (version > NETWORK_MAP_SCHEMA_VERSION) {
    return { ok: false, code: 'newer-version', params: { version, supported: NETWORK_MAP_SCHEMA_VERSION } };
  }
  let current: Record<string, unknown> = data;
  for (let v = version; v < NETWORK_MAP_SCHEMA_VERSION; v += 1) {
    const step = MAP_MIGRATIONS[v];
    if (!step) return { ok: false, code: 'no-migration', params: { version: v } };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  const parsed = networkMapSchema.safeParse(current);
  // The details are for a "Details" disclosure, not the headline.
  if (!parsed.success) return { ok: false, code: 'invalid', params: { details: z.prettifyError(parsed.error) } };
  return { ok: true, map: parsed.data };
}
