// Gives each store test a clean store and clean storage, so no test depends on another's leftovers.
import { pendingWrites } from '../../src/store/idb-storage';
import { useAppStore } from '../../src/store/store';

const initial = useAppStore.getState();

const noStorage = { getItem: () => null, setItem: () => {}, removeItem: () => {} };

/** Empties memory only: what was saved stays, as after closing the tab. */
export function resetMemory(): void {
  const { storage } = useAppStore.persist.getOptions();
  useAppStore.persist.setOptions({ storage: noStorage });
  useAppStore.setState(
    {
      ...initial,
      assessments: {},
      workshops: {},
      networks: {},
      networkMaps: {},
      unreadMaps: {},
      setAsideMaps: {},
      lastAssessmentId: null,
      lastWorkshopId: null,
      setAsideNotices: [],
      saveError: null,
    },
    true,
  );
  useAppStore.persist.setOptions({ storage });
}

export async function resetStore(): Promise<void> {
  await pendingWrites();
  await useAppStore.persist.clearStorage();
  localStorage.clear();
  resetMemory();
}
