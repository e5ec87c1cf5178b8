// Browser storage for the store: IndexedDB, one record per assessment and per workshop, so a change
// to one writes only that one — and a tab never rewrites, from an older copy, a record another tab
// changed (the networks' records and maps too). Reads the version-1 save (one localStorage key) once, to migrate it.
// Each write starts at once, in the user's own click (IndexedDB keeps the transactions in order), so
// closing the tab right after an answer keeps it; a failed write (a full quota) is reported, never swallowed.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { PersistedState } from '../core/persisted-state';
import type { SaveProblem } from './notices-slice';

export const DB_NAME = 'fivefold';
/** Version 2 adds the networks' store; version 3 the network maps' (one record per map: a big map is written only when it changes). */
const DB_VERSION = 3;
const COLLECTIONS = ['assessments', 'workshops', 'networks', 'networkMaps'] as const;
type Collection = (typeof COLLECTIONS)[number];
const META = 'meta';
const META_KEY = 'state';
/** Where version 1 of the app kept everything. */
export const LEGACY_KEY = 'fivefold:state';

/** The stored version and every part of the state that is not a collection (the last-opened ids). */
type Meta = { version: number } & Record<string, unknown>;

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

/** A record's content, whatever the order of its keys, to tell a changed record from a copy. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * A record as this tab last read or wrote it: the object (a quick check) and its content, worked
 * out only when a changed copy must be compared with it — a 500-ballot workshop takes tens of
 * milliseconds to serialise, which loading the app or adding the record should not pay.
 */
interface Known {
  ref: unknown;
  content?: string;
}

const contentOf = (k: Known): string => (k.content ??= canonical(k.ref));

export interface IdbStorage extends PersistStorage<PersistedState> {
  /**
   * After a load, the records the app kept (the others were set aside as unreadable). A record that
   * was read but not kept is left in the database, never deleted as if the user had deleted it.
   */
  accept: (state: Partial<Pick<PersistedState, Collection>>) => void;
}

export function createIdbStorage(callbacks: StorageCallbacks): IdbStorage {
  let db: Promise<IDBDatabase> | null = null;
  /** Once open, writes start at once, within the user's click: a tab closed right after keeps it. */
  let connection: IDBDatabase | null = null;
  const database = () =>
    (db ??= openDatabase().then((conn) => {
      connection = conn;
      return conn;
    }));
  /** What the database holds as far as this tab knows: what it last read or wrote there. */
  const known = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as Record<Collection, Map<string, Known>>;
  /** Read but not (yet) known to be in the app's memory: possibly set aside, so never deleted. */
  const unaccepted = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set()])) as Record<Collection, Set<string>>;
  let queue: Promise<void> = Promise.resolve();
  let legacyPending = false;
  /** Counts failed writes: a write planned before the latest failure cannot clear its message. */
  let failures = 0;

  /** A write that failed: what it would have changed is written again by the next save. */
  const failed = (error: unknown, touched: Record<Collection, { put: string[]; deleted: string[] }>) => {
    failures += 1;
    for (const name of COLLECTIONS) {
      for (const id of touched[name].put) known[name].delete(id);
      for (const id of touched[name].deleted) known[name].set(id, { ref: null, content: '' });
    }
    callbacks.onSaveResult(callbacks.describeError(error));
  };

  /**
   * Writes the records this tab changed, the deletions and the rest of the state in one transaction,
   * started at once (IndexedDB keeps the order of transactions over the same stores).
   */
  const write = (conn: IDBDatabase, value: StorageValue<PersistedState>): Promise<void> => {
    const planned = failures;
    const touched = Object.fromEntries(COLLECTIONS.map((c) => [c, { put: [], deleted: [] }])) as unknown as Record<
      Collection,
      { put: string[]; deleted: string[] }
    >;
    let tx: IDBTransaction | null = null;
    try {
      tx = conn.transaction([...COLLECTIONS, META], 'readwrite');
      for (const name of COLLECTIONS) {
        const store = tx.objectStore(name);
        const records = (value.state[name] ?? {}) as Record<string, unknown>;
        const previous = known[name];
        const next = new Map<string, Known>();
        for (const [id, record] of Object.entries(records)) {
          const before = previous.get(id);
          unaccepted[name].delete(id);
          if (before && before.ref === record) {
            next.set(id, before);
            continue;
          }
          // Only what this tab changed is written: an unchanged copy could be older than the
          // version another tab has saved since this tab read it.
          const now: Known = { ref: record };
          if (!before || contentOf(before) !== contentOf(now)) {
            touched[name].put.push(id);
            store.put(record, id);
          }
          next.set(id, now);
        }
        for (const id of previous.keys()) {
          if (!Object.hasOwn(records, id) && !unaccepted[name].has(id)) {
            touched[name].deleted.push(id);
            store.delete(id);
          }
        }
        known[name] = next;
      }
      const { assessments: _a, workshops: _w, networks: _n, networkMaps: _m, ...rest } = value.state;
      const meta: Meta = { ...rest, version: value.version ?? 0 };
      tx.objectStore(META).put(meta, META_KEY);
      tx.commit?.();
    } catch (e) {
      try {
        tx?.abort();
      } catch {
        // already finished or aborted
      }
      failed(e, touched);
      return Promise.resolve();
    }
    return done(tx).then(
      () => {
        if (legacyPending) {
          // The old save now lives in IndexedDB; only then is the old key removed.
          localStorage.removeItem(LEGACY_KEY);
          legacyPending = false;
        }
        if (planned === failures) callbacks.onSaveResult(null);
        callbacks.onSaved?.();
      },
      (e: unknown) => failed(e, touched),
    );
  };

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
      // Read as stored, whatever the version: migrating the names is the migrations' job.
      const { version, ...state } = meta;
      for (const name of COLLECTIONS) {
        const store = tx.objectStore(name);
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        state[name] = Object.fromEntries(keys.map((k, i) => [String(k), values[i]]));
        known[name] = new Map(keys.map((k, i) => [String(k), { ref: values[i] }]));
        unaccepted[name] = new Set(keys.map(String));
      }
      return { state: state as unknown as PersistedState, version };
    },
    setItem: (_name, value) => {
      const written = connection ? write(connection, value) : database().then((conn) => write(conn, value));
      queue = queue.then(() => written);
      lastQueue = queue;
      return written;
    },
    accept: (state) => {
      for (const name of COLLECTIONS) for (const id of Object.keys(state[name] ?? {})) unaccepted[name].delete(id);
    },
    removeItem: async () => {
      const conn = await database();
      const tx = conn.transaction([...COLLECTIONS, META], 'readwrite');
      for (const name of [...COLLECTIONS, META]) tx.objectStore(name).clear();
      await done(tx);
      for (const name of COLLECTIONS) {
        known[name] = new Map();
        unaccepted[name] = new Set();
      }
    },
  };
}
