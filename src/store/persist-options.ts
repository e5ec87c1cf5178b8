// How the store is saved: which keys, which version, and storage that never loses data: unreadable
// saves are set aside with a notice, a failed write (a full quota) is reported, and each save is
// announced to other tabs. IndexedDB where the browser allows it, localStorage otherwise.
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { emptyPersisted, PERSIST_VERSION, sanitizePersisted } from '../core/persisted-state';
import type { PersistedState } from '../core/persisted-state';
import type { SetAsideReason } from '../core/problems';
import { ensureNetworks } from '../core/network';
import { createIdbStorage, LEGACY_KEY } from './idb-storage';
import type { IdbStorage } from './idb-storage';
import { keepAside, stringifyForBackup } from './set-aside';
import type { SaveProblem, SetAsideNotice } from './notices-slice';
import type { AppState } from './store';

export const STORAGE_NAME = 'fivefold:state';

/** Notices raised while loading, handed to the store by merge. */
let pendingNotices: SetAsideNotice[] = [];

function setAside(data: unknown, reason: SetAsideReason) {
  pendingNotices.push({ backupKey: keepAside(stringifyForBackup(data)), reason });
}

export function describeSaveError(error: unknown): SaveProblem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) return { code: 'storage-full' };
  return { code: 'save-failed', detail: String(error) };
}

/** Reads a save kept under one localStorage key; damaged or odd data is set aside, not dropped. */
function readLocalStorage(key: string): StorageValue<PersistedState> | null {
  const raw = localStorage.getItem(key);
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    setAside(raw, { code: 'not-json' });
    return null;
  }
  const value = parsed as Partial<StorageValue<PersistedState>> | null;
  if (typeof value !== 'object' || value === null || typeof value.version !== 'number' || !('state' in value)) {
    setAside(raw, { code: 'unknown-shape' });
    return null;
  }
  return value as StorageValue<PersistedState>;
}

/** One localStorage key: the fallback where IndexedDB is not available. */
function createLocalStorage(onSaveResult: (error: SaveProblem | null) => void, onSaved: () => void): PersistStorage<PersistedState> {
  return {
    getItem: (name) => readLocalStorage(name),
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, JSON.stringify(value));
        onSaveResult(null);
        onSaved();
      } catch (e) {
        onSaveResult(describeSaveError(e));
      }
    },
    removeItem: (name) => localStorage.removeItem(name),
  };
}

/** IndexedDB, falling back to localStorage if the browser refuses to open it (some private modes). */
export function createBrowserStorage(
  onSaveResult: (error: SaveProblem | null) => void,
  onSaved: () => void,
): PersistStorage<PersistedState> & Pick<IdbStorage, 'accept'> {
  const local = { ...createLocalStorage(onSaveResult, onSaved), accept: () => {} };
  if (typeof indexedDB === 'undefined') return local;
  const idb = createIdbStorage({
    onSaveResult,
    onSaved,
    readLegacy: () => readLocalStorage(LEGACY_KEY),
    describeError: describeSaveError,
  });
  let active: PersistStorage<PersistedState> & Pick<IdbStorage, 'accept'> = idb;
  return {
    getItem: async (name) => {
      try {
        return await active.getItem(name);
      } catch {
        active = local;
        return local.getItem(name);
      }
    },
    setItem: (name, value) => active.setItem(name, value),
    removeItem: (name) => active.removeItem(name),
    accept: (state) => active.accept(state),
  };
}

/**
 * The saved records, except where this tab holds a newer version of one (changed while the other
 * tab's save was being read): that change is kept, and this tab's next save writes it.
 */
function newerOf<T extends { updatedAt: string }>(saved: Record<string, T>, mine: Record<string, T>): Record<string, T> {
  let out = saved;
  for (const [id, record] of Object.entries(saved)) {
    const own = Object.hasOwn(mine, id) ? mine[id]! : null;
    if (own && own.updatedAt > record.updatedAt) {
      if (out === saved) out = { ...saved };
      out[id] = own;
    }
  }
  return out;
}

/** The stored maps still to check: all but those this tab already holds in the same or a newer version. */
function unreadOf(stored: Record<string, unknown>, mine: Record<string, { updatedAt: string }>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, raw] of Object.entries(stored)) {
    const own = Object.hasOwn(mine, id) ? mine[id]! : null;
    const stamp = typeof raw === 'object' && raw !== null && 'updatedAt' in raw ? raw.updatedAt : null;
    if (own && typeof stamp === 'string' && own.updatedAt >= stamp) continue;
    Object.defineProperty(out, id, { value: raw, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

let markHydrated: () => void = () => {};
/** Resolves once the first load from storage has finished, successfully or not. */
export const hydrated: Promise<void> = new Promise((resolve) => {
  markHydrated = resolve;
});

export function persistOptions(
  onSaveResult: (error: SaveProblem | null) => void,
  onSaved: () => void,
): PersistOptions<AppState, PersistedState> {
  const storage = createBrowserStorage(onSaveResult, onSaved);
  return {
    onRehydrateStorage: () => (_state, error) => {
      if (error) onSaveResult({ code: 'load-failed', detail: String(error) });
      markHydrated();
    },
    name: STORAGE_NAME,
    version: PERSIST_VERSION,
    storage,
    partialize: (state) => ({
      assessments: state.assessments,
      workshops: state.workshops,
      networks: state.networks,
      // Maps not yet checked, or unreadable, are written back as read: storage never loses them.
      networkMaps: { ...(state.setAsideMaps as PersistedState['networkMaps']), ...(state.unreadMaps as PersistedState['networkMaps']), ...state.networkMaps },
      lastAssessmentId: state.lastAssessmentId,
      lastWorkshopId: state.lastWorkshopId,
    }),
    // Only a save of another version gets here: the steps load then, not with every first screen.
    migrate: async (state, version) => {
      const { migratePersisted } = await import('../core/persisted-migrations');
      const result = migratePersisted(state, version);
      if (result.ok) return result.state as PersistedState;
      setAside(state, result.reason);
      return emptyPersisted();
    },
    merge: (persisted, current) => {
      const notices = pendingNotices;
      pendingNotices = [];
      if (persisted === undefined) return { ...current, setAsideNotices: [...current.setAsideNotices, ...notices] };
      const { state, setAside: rejected, maps } = sanitizePersisted(persisted);
      storage.accept(state);
      for (const r of rejected) notices.push({ backupKey: keepAside(stringifyForBackup(r.data)), reason: r.reason });
      // "Last opened" is the device's, not the tab's: another tab's save brings its choice too.
      // What each tab shows comes from its own address.
      const assessments = newerOf(state.assessments, current.assessments);
      const workshops = newerOf(state.workshops, current.workshops);
      return {
        ...current,
        ...state,
        assessments,
        workshops,
        // Every network a record names has its record, whichever tab made it.
        networks: ensureNetworks(newerOf(state.networks, current.networks), [...Object.values(assessments), ...Object.values(workshops)]),
        // Checked by checkMaps once loading ends; this tab's maps stay meanwhile.
        networkMaps: current.networkMaps,
        unreadMaps: unreadOf(maps, current.networkMaps),
        setAsideNotices: [...current.setAsideNotices, ...notices],
      };
    },
  };
}
