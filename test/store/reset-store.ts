// Gives each store test a clean store and clean storage, so no test depends on another's leftovers.
import { useAppStore } from '../../src/store/store';

const initial = useAppStore.getState();

export function resetStore(): void {
  localStorage.clear();
  useAppStore.setState({ ...initial, assessments: {}, activeId: null, setAsideNotices: [], saveError: null }, true);
}
