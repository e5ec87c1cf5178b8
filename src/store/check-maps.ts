// Checking the maps read from storage (network-maps-slice.ts), loaded after the first screen with the
// map schema: each map that reads takes its place unless this tab holds a newer one; each that does
// not is set aside with a notice, told once however often another tab's save brings it back.
import { readStoredMaps } from '../core/network-map-carry';
import { put, without } from './network-maps-slice';
import { keepAside, stringifyForBackup } from './set-aside';
import type { AppState } from './store';

/** Raw maps already set aside this session, by content. */
const toldAside = new Set<string>();

type Get = () => AppState;
type Set = (change: (state: AppState) => Partial<AppState>) => void;

export function checkUnreadMaps(get: Get, set: Set): void {
  const pending = get().unreadMaps;
  const { maps, rejected } = readStoredMaps(pending, get().networks);
  for (const r of rejected) {
    const raw = stringifyForBackup(r.data);
    if (toldAside.has(raw)) continue;
    toldAside.add(raw);
    get().addSetAsideNotice({ backupKey: keepAside(raw), reason: r.reason });
  }
  set((state) => {
    let { networkMaps, unreadMaps, setAsideMaps } = state;
    // Only what was checked leaves the queue: a map saved meanwhile in this tab is newer.
    const checked = (id: string) => Object.hasOwn(unreadMaps, id) && unreadMaps[id] === pending[id];
    for (const [id, map] of Object.entries(maps)) {
      if (!checked(id)) continue;
      unreadMaps = without(unreadMaps, id);
      const mine = Object.hasOwn(networkMaps, id) ? networkMaps[id] : undefined;
      if (!mine || mine.updatedAt < map.updatedAt) networkMaps = put(networkMaps, id, map);
    }
    for (const r of rejected) {
      if (!checked(r.networkId)) continue;
      unreadMaps = without(unreadMaps, r.networkId);
      setAsideMaps = put(setAsideMaps, r.networkId, r.data);
    }
    return { networkMaps, unreadMaps, setAsideMaps };
  });
}
