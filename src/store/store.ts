// The one app store, built from slices and persisted to browser storage.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createAssessmentsSlice } from './assessments-slice';
import type { AssessmentsSlice } from './assessments-slice';
import { createNoticesSlice } from './notices-slice';
import type { NoticesSlice } from './notices-slice';
import { pendingWrites } from './idb-storage';
import { persistOptions } from './persist-options';
import { createRubricsSlice } from './rubrics-slice';
import type { RubricsSlice } from './rubrics-slice';
import { announceSave, onOtherTabSaved } from './tab-sync';
import { createWorkshopsSlice } from './workshops-slice';
import type { WorkshopsSlice } from './workshops-slice';

export type AppState = AssessmentsSlice & WorkshopsSlice & NoticesSlice & RubricsSlice;

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({ ...createAssessmentsSlice(...a), ...createWorkshopsSlice(...a), ...createNoticesSlice(...a), ...createRubricsSlice(...a) }),
    // Deferred: the first load runs while the store is still being created.
    persistOptions(
      (error) => queueMicrotask(() => useAppStore.getState().setSaveError(error)),
      announceSave,
    ),
  ),
);

// This tab's own saves land first, so reading the other tab's does not bring back older answers.
onOtherTabSaved(() => void pendingWrites().then(() => useAppStore.persist.rehydrate()));
