// How the store is saved: which keys, which version, and a storage adapter that never loses data:
// unreadable saves are set aside with a notice, and a failed write (a full quota) is reported.
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { emptyPersisted, PERSIST_VERSION, migratePersisted, sanitizePersisted } from '../core/persisted-state';
import type { PersistedState } from '../core/persisted-state';
import { keepAside, stringifyForBackup } from './set-aside';
import type { SetAsideNotice } from './notices-slice';
import type { AppState } from './store';

export const STORAGE_KEY = 'fivefold:state';

/** Notices raised while loading, handed to the store by merge. */
let pendingNotices: SetAsideNotice[] = [];

function setAside(data: unknown, reason: string) {
  pendingNotices.push({ backupKey: keepAside(stringifyForBackup(data)), reason });
}

export function describeSaveError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'Your browser’s storage for this app is full, so your latest changes are not saved. Export this assessment as a file now, then delete assessments you no longer need.';
  }
  return `Your latest changes could not be saved in this browser (${String(error)}). Export this assessment as a file now so nothing is lost.`;
}

export function createSafeStorage(onSaveResult: (error: string | null) => void): PersistStorage<PersistedState> {
  return {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = localStorage.getItem(name);
      } catch (e) {
        onSaveResult(`This browser does not let Fivefold read its storage (${String(e)}). Your work will not be kept after you close the tab; export it as a file.`);
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        setAside(raw, 'the saved data was damaged (it is not readable JSON)');
        return null;
      }
      const value = parsed as Partial<StorageValue<PersistedState>> | null;
      if (typeof value !== 'object' || value === null || typeof value.version !== 'number' || !('state' in value)) {
        setAside(raw, 'the saved data is not in a shape Fivefold knows');
        return null;
      }
      return value as StorageValue<PersistedState>;
    },
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, JSON.stringify(value));
        onSaveResult(null);
      } catch (e) {
        onSaveResult(describeSaveError(e));
      }
    },
    removeItem: (name) => localStorage.removeItem(name),
  };
}

export function persistOptions(onSaveResult: (error: string | null) => void): PersistOptions<AppState, PersistedState> {
  return {
    name: STORAGE_KEY,
    version: PERSIST_VERSION,
    storage: createSafeStorage(onSaveResult),
    partialize: (state) => ({ assessments: state.assessments, activeId: state.activeId }),
    migrate: (state, version) => {
      const result = migratePersisted(state, version);
      if (result.ok) return result.state as PersistedState;
      setAside(state, `the saved data could not be read: ${result.reason}`);
      return emptyPersisted();
    },
    merge: (persisted, current) => {
      const notices = pendingNotices;
      pendingNotices = [];
      if (persisted === undefined) return { ...current, setAsideNotices: [...current.setAsideNotices, ...notices] };
      const { state, setAside: rejected } = sanitizePersisted(persisted);
      for (const r of rejected) notices.push({ backupKey: keepAside(stringifyForBackup(r.data)), reason: r.reason });
      return { ...current, ...state, setAsideNotices: [...current.setAsideNotices, ...notices] };
    },
  };
}
