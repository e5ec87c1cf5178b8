// How the store is saved: which keys, which version, and storage that never loses data: unreadable
// saves are set aside with a notice, a failed write (a full quota) is reported, and each save is
// announced to other tabs. IndexedDB where the browser allows it, localStorage otherwise.
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { emptyPersisted, PERSIST_VERSION, migratePersisted, sanitizePersisted } from '../core/persisted-state';
import type { PersistedState } from '../core/persisted-state';
import type { SetAsideReason } from '../core/problems';
import { createIdbStorage, LEGACY_KEY } from './idb-storage';
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
): PersistStorage<PersistedState> {
  const local = createLocalStorage(onSaveResult, onSaved);
  if (typeof indexedDB === 'undefined') return local;
  const idb = createIdbStorage({
    onSaveResult,
    onSaved,
    readLegacy: () => readLocalStorage(LEGACY_KEY),
    describeError: describeSaveError,
  });
  let active: PersistStorage<PersistedState> = idb;
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
  };
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
  return {
    onRehydrateStorage: () => (_state, error) => {
      if (error) onSaveResult({ code: 'load-failed', detail: String(error) });
      markHydrated();
    },
    name: STORAGE_NAME,
    version: PERSIST_VERSION,
    storage: createBrowserStorage(onSaveResult, onSaved),
    partialize: (state) => ({
      assessments: state.assessments,
      workshops: state.workshops,
      activeId: state.activeId,
      activeWorkshopId: state.activeWorkshopId,
    }),
    migrate: (state, version) => {
      const result = migratePersisted(state, version);
      if (result.ok) return result.state as PersistedState;
      setAside(state, result.reason);
      return emptyPersisted();
    },
    merge: (persisted, current) => {
      const notices = pendingNotices;
      pendingNotices = [];
      if (persisted === undefined) return { ...current, setAsideNotices: [...current.setAsideNotices, ...notices] };
      const { state, setAside: rejected } = sanitizePersisted(persisted);
      for (const r of rejected) notices.push({ backupKey: keepAside(stringifyForBackup(r.data)), reason: r.reason });
      // What this tab has open stays open when another tab's save is loaded (the first load has none).
      const keep = (mine: string | null, records: Record<string, unknown>, saved: string | null) =>
        mine !== null && Object.hasOwn(records, mine) ? mine : saved;
      return {
        ...current,
        ...state,
        activeId: keep(current.activeId, state.assessments, state.activeId),
        activeWorkshopId: keep(current.activeWorkshopId, state.workshops, state.activeWorkshopId),
        setAsideNotices: [...current.setAsideNotices, ...notices],
      };
    },
  };
}
