// The one app store, built from slices and persisted to browser storage.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createAssessmentsSlice } from './assessments-slice';
import type { AssessmentsSlice } from './assessments-slice';
import { createNetworksSlice } from './networks-slice';
import type { NetworksSlice } from './networks-slice';
import { createNetworkMapsSlice } from './network-maps-slice';
import type { NetworkMapsSlice } from './network-maps-slice';
import { createNoticesSlice } from './notices-slice';
import type { NoticesSlice } from './notices-slice';
import { pendingWrites } from './idb-storage';
import { persistOptions } from './persist-options';
import { createPlansSlice } from './plans-slice';
import type { PlansSlice } from './plans-slice';
import { announceSave, onOtherTabSaved } from './tab-sync';
import { createWorkshopsSlice } from './workshops-slice';
import type { WorkshopsSlice } from './workshops-slice';

export type AppState = AssessmentsSlice & WorkshopsSlice & NetworksSlice & NetworkMapsSlice & PlansSlice & NoticesSlice;

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createAssessmentsSlice(...a),
      ...createWorkshopsSlice(...a),
      ...createNetworksSlice(...a),
      ...createNetworkMapsSlice(...a),
      ...createPlansSlice(...a),
      ...createNoticesSlice(...a),
    }),
    // Deferred: the first load runs while the store is still being created.
    persistOptions(
      (error) => queueMicrotask(() => useAppStore.getState().setSaveError(error)),
      announceSave,
    ),
  ),
);

// Maps read from storage are checked once loaded (after the first screen: their schema loads then).
useAppStore.persist.onFinishHydration(() => void useAppStore.getState().checkMaps());
if (useAppStore.persist.hasHydrated()) void useAppStore.getState().checkMaps();

// This tab's own saves land first, so reading the other tab's does not bring back older answers.
onOtherTabSaved(() => void pendingWrites().then(() => useAppStore.persist.rehydrate()));
