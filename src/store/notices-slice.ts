// Things the app must tell the user about its storage: data set aside on load, a save that failed.
// Never persisted.
import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface SetAsideNotice {
  /** The storage key under which the unreadable data was kept. */
  backupKey: string;
  reason: string;
}

export interface NoticesSlice {
  setAsideNotices: SetAsideNotice[];
  saveError: string | null;
  addSetAsideNotice: (notice: SetAsideNotice) => void;
  dismissSetAsideNotice: (backupKey: string) => void;
  setSaveError: (message: string | null) => void;
}

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  setAsideNotices: [],
  saveError: null,
  addSetAsideNotice: (notice) => set((state) => ({ setAsideNotices: [...state.setAsideNotices, notice] })),
  dismissSetAsideNotice: (backupKey) =>
    set((state) => ({ setAsideNotices: state.setAsideNotices.filter((n) => n.backupKey !== backupKey) })),
  // Every set() is saved again by persist, so an unchanged value must not set at all,
  // or a successful save would report itself forever.
  setSaveError: (message) => {
    if (get().saveError !== message) set({ saveError: message });
  },
});
