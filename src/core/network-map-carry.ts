// Network maps on their way in: from this browser's storage, from a backup, or beside an assessment or
// workshop in its file. Every map goes through migrateNetworkMap; one that fails is handed back with
// its problem (to set aside or report), never dropped unseen. A map coming in never overwrites a
// different map already on this device: the device's map stays, and the caller says so.
import { migrateNetworkMap } from './network-map-migrate';
import type { MapReadProblem } from './network-map-migrate';
import type { NetworkMap } from './network-map';
import type { MapProblem } from './problems';

export interface StoredMapsRead {
  maps: Record<string, NetworkMap>;
  /** Maps that could not be read: the raw data, kept aside, and why. */
  rejected: { networkId: string; data: unknown; reason: MapProblem }[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with keys sorted, so the same map compares equal whatever order its keys came in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

const own = <T,>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** A map kept under the key `networkId` must belong to that network. */
function readUnder(networkId: string, data: unknown): { ok: true; map: NetworkMap } | { ok: false; problem: MapReadProblem } {
  const read = migrateNetworkMap(data);
  if (!read.ok) return { ok: false, problem: { code: read.code, params: read.params } };
  if (read.map.networkId !== networkId) {
    return { ok: false, problem: { code: 'invalid', params: { details: `networkId: "${read.map.networkId}" is kept under "${networkId}"` } } };
  }
  return read;
}

/** Checks maps read from storage, keyed by network id; `names` gives a network's name for the message. */
export function readStoredMaps(raw: Readonly<Record<string, unknown>>, names: Readonly<Record<string, { name: string }>>): StoredMapsRead {
  const maps: Record<string, NetworkMap> = {};
  const rejected: StoredMapsRead['rejected'] = [];
  for (const [networkId, data] of Object.entries(raw)) {
    const read = readUnder(networkId, data);
    if (read.ok) Object.defineProperty(maps, networkId, { value: read.map, enumerable: true, writable: true, configurable: true });
    else rejected.push({ networkId, data, reason: { code: 'map', name: own(names, networkId)?.name ?? null, problem: read.problem } });
  }
  return { maps, rejected };
}

/**
 * The map a file carries beside its assessment or workshop, for that record's network (a file's map
 * is always its record's network's). Absent: null. Unreadable: its problem, and the record still comes in.
 */
export function readCarriedMap(data: unknown, networkId: string): { map: NetworkMap } | { problem: MapReadProblem } | null {
  if (data === undefined || data === null) return null;
  const fitted = isPlainObject(data) ? { ...data, networkId } : data;
  const read = migrateNetworkMap(fitted);
  return read.ok ? { map: read.map } : { problem: { code: read.code, params: read.params } };
}

/** What happened to a map brought in: added (the device had none), already there, or the device's kept. */
export type MapArrival = 'added' | 'already-there' | 'kept-device';

/** Never overwrites: a different map already on the device stays, and the incoming one is not taken. */
export function arriveMap(device: NetworkMap | undefined, incoming: NetworkMap): MapArrival {
  if (!device) return 'added';
  return canonical(device) === canonical(incoming) ? 'already-there' : 'kept-device';
}

/** Reads a backup's list of maps: the ones that read, and a problem for each that does not. */
export function readBackupMaps(
  list: unknown,
  names: (networkId: string) => string | null,
): { maps: NetworkMap[]; problems: (MapProblem | { code: 'not-a-list'; what: 'map' })[] } {
  if (list === undefined) return { maps: [], problems: [] };
  if (!Array.isArray(list)) return { maps: [], problems: [{ code: 'not-a-list', what: 'map' }] };
  const maps: NetworkMap[] = [];
  const problems: MapProblem[] = [];
  for (const item of list) {
    const read = migrateNetworkMap(item);
    if (read.ok) maps.push(read.map);
    else {
      const id = isPlainObject(item) && typeof item.networkId === 'string' ? item.networkId : null;
      problems.push({ code: 'map', name: id === null ? null : names(id), problem: { code: read.code, params: read.params } });
    }
  }
  return { maps, problems };
}
