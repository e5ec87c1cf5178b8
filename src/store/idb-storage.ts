// Browser storage for the store: IndexedDB, one record per assessment and per workshop, so a change
// to one writes only that one. Reads the version-1 save (one localStorage key) once, to migrate it.
// Writes are queued in order; a failed write (a full quota) is reported, never swallowed.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { PersistedState } from '../core/persisted-state';
import type { SaveProblem } from './notices-slice';

export const DB_NAME = 'fivefold';
const DB_VERSION = 1;
const COLLECTIONS = ['assessments', 'workshops'] as const;
type Collection = (typeof COLLECTIONS)[number];
const META = 'meta';
const META_KEY = 'state';
/** Where version 1 of the app kept everything. */
export const LEGACY_KEY = 'fivefold:state';

interface Meta {
  version: number;
  activeId: string | null;
  activeWorkshopId: string | null;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The write was aborted.', 'AbortError'));
  });
}

export function openDatabase(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, DB_VERSION);
  req.onupgradeneeded = () => {
    const db = req.result;
    for (const name of [...COLLECTIONS, META]) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
  };
  return request(req);
}

export interface StorageCallbacks {
  /** null after a successful write; the problem after a failed one. */
  onSaveResult: (error: SaveProblem | null) => void;
  /** After each successful write, e.g. to tell other tabs. */
  onSaved?: () => void;
  /** Reads the legacy save: null when there is none, or the parsed value (or a problem to set aside). */
  readLegacy: () => StorageValue<PersistedState> | null;
  describeError: (error: unknown) => SaveProblem;
}

let lastQueue: Promise<void> = Promise.resolve();
/** Resolves when every save asked for so far has been written (or has failed). */
export function pendingWrites(): Promise<void> {
  return lastQueue;
}

export function createIdbStorage(callbacks: StorageCallbacks): PersistStorage<PersistedState> {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => (db ??= openDatabase());
  /** What this tab last wrote or read, by reference, to write only what changed. */
  const written: Record<Collection, Map<string, unknown>> = { assessments: new Map(), workshops: new Map() };
  let queue: Promise<void> = Promise.resolve();
  let legacyPending = false;

  return {
    getItem: async () => {
      const conn = await database();
      const tx = conn.transaction([...COLLECTIONS, META], 'readonly');
      const meta = (await request(tx.objectStore(META).get(META_KEY))) as Meta | undefined;
      if (!meta) {
        const legacy = callbacks.readLegacy();
        legacyPending = legacy !== null;
        return legacy;
      }
      const state: Record<string, unknown> = { activeId: meta.activeId, activeWorkshopId: meta.activeWorkshopId };
      for (const name of COLLECTIONS) {
        const store = tx.objectStore(name);
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        state[name] = Object.fromEntries(keys.map((k, i) => [String(k), values[i]]));
        written[name] = new Map();
      }
      return { state: state as unknown as PersistedState, version: meta.version };
    },
    setItem: (_name, value) => {
      queue = queue.then(async () => {
        try {
          const conn = await database();
          const tx = conn.transaction([...COLLECTIONS, META], 'readwrite');
          for (const name of COLLECTIONS) {
            const store = tx.objectStore(name);
            const records = value.state[name] as Record<string, unknown>;
            const previous = written[name];
            for (const [id, record] of Object.entries(records)) {
              if (previous.get(id) !== record) store.put(record, id);
            }
            for (const id of previous.keys()) if (!Object.hasOwn(records, id)) store.delete(id);
            written[name] = new Map(Object.entries(records));
          }
          const meta: Meta = {
            version: value.version ?? 0,
            activeId: value.state.activeId,
            activeWorkshopId: value.state.activeWorkshopId,
          };
          tx.objectStore(META).put(meta, META_KEY);
          await done(tx);
          if (legacyPending) {
            // The old save now lives in IndexedDB; only then is the old key removed.
            localStorage.removeItem(LEGACY_KEY);
            legacyPending = false;
          }
          callbacks.onSaveResult(null);
          callbacks.onSaved?.();
        } catch (e) {
          // Nothing counts as written: the next save tries every record again.
          for (const name of COLLECTIONS) written[name] = new Map();
          callbacks.onSaveResult(callbacks.describeError(e));
        }
      });
      lastQueue = queue;
      return queue;
    },
    removeItem: async () => {
      const conn = await database();
      const tx = conn.transaction([...COLLECTIONS, META], 'readwrite');
      for (const name of [...COLLECTIONS, META]) tx.objectStore(name).clear();
      await done(tx);
    },
  };
}
