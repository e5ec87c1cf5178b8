// This device's storage as a whole: asking the browser to keep it, and wiping it on a shared computer.
import { useAppStore } from './store';

export type PersistenceStatus = 'granted' | 'not-granted' | 'unsupported';

export async function persistenceStatus(): Promise<PersistenceStatus> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unsupported';
  return (await navigator.storage.persisted()) ? 'granted' : 'not-granted';
}

/** Asks the browser not to clear Fivefold's data when space runs low; says whether it agreed. */
export async function requestPersistence(): Promise<PersistenceStatus> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
  try {
    return (await navigator.storage.persist()) ? 'granted' : 'not-granted';
  } catch {
    return 'not-granted';
  }
}

function clearKeys(storage: Storage | undefined) {
  if (!storage) return;
  for (const key of Object.keys(storage)) if (key.startsWith('fivefold')) storage.removeItem(key);
}

/** Deletes every assessment, workshop, backup kept aside and draft ballot in this browser. */
export async function wipeDevice(): Promise<void> {
  await useAppStore.persist.clearStorage();
  clearKeys(typeof localStorage === 'undefined' ? undefined : localStorage);
  clearKeys(typeof sessionStorage === 'undefined' ? undefined : sessionStorage);
  useAppStore.setState({
    assessments: {},
    workshops: {},
    networks: {},
    lastAssessmentId: null,
    lastWorkshopId: null,
    setAsideNotices: [],
    saveError: null,
  });
}
