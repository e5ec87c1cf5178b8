// Things the app must tell the user about its storage: data set aside on load, a save that failed.
// Never persisted.
// Both are codes with parameters: the UI words them (src/components/app-messages.ts).
import type { StateCreator } from 'zustand';
import type { SetAsideReason } from '../core/problems';
import type { AppState } from './store';

export interface SetAsideNotice {
  /** The storage key under which the unreadable data was kept. */
  backupKey: string;
  reason: SetAsideReason;
}

/** Why the latest changes are not saved, or why nothing saved could be read. */
export type SaveProblem =
  | { code: 'storage-full' }
  | { code: 'save-failed'; detail: string }
  | { code: 'load-failed'; detail: string };

export interface NoticesSlice {
  setAsideNotices: SetAsideNotice[];
  saveError: SaveProblem | null;
  addSetAsideNotice: (notice: SetAsideNotice) => void;
  dismissSetAsideNotice: (backupKey: string) => void;
  setSaveError: (problem: SaveProblem | null) => void;
}

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  setAsideNotices: [],
  saveError: null,
  addSetAsideNotice: (notice) => set((state) => ({ setAsideNotices: [...state.setAsideNotices, notice] })),
  dismissSetAsideNotice: (backupKey) =>
    set((state) => ({ setAsideNotices: state.setAsideNotices.filter((n) => n.backupKey !== backupKey) })),
  // Every set() is saved again by persist, so an unchanged value must not set at all,
  // or a successful save would report itself forever.
  setSaveError: (problem) => {
    if (JSON.stringify(get().saveError) !== JSON.stringify(problem)) set({ saveError: problem });
  },
});
