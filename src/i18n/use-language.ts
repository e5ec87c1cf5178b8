// The chosen language, for components that must redraw when it changes.
import { useSyncExternalStore } from 'react';
import { getLanguage, subscribeLanguage } from './language';
import type { AnyLanguage } from './language';

export function useLanguage(): AnyLanguage {
  return useSyncExternalStore(subscribeLanguage, getLanguage, getLanguage);
}
