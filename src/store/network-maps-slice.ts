// Each network's map (members, ties, needs and offers), keyed by network id. Edits are pure functions
// of src/core/network-map-edit.ts; the store keeps the result. Maps read from storage are checked just
// after loading (their schema is not part of the first screen): until then they wait in `unreadMaps`,
// and one that fails is set aside with a notice and stays stored (`setAsideMaps`), never dropped.
import type { StateCreator } from 'zustand';
import { newId, ownNetworkId } from '../core/assessment';
import type { NetworkMap } from '../core/network-map';
import { keepAside, stringifyForBackup } from './set-aside';
import { networkIdForName, withNetwork } from './networks-slice';
import type { AppState } from './store';

export interface NetworkMapsSlice {
  networkMaps: Record<string, NetworkMap>;
  /** Maps read from storage and not yet checked: a screen showing one of these networks waits. */
  unreadMaps: Record<string, unknown>;
  /** Maps that failed the check: told about, and written back as read so storage never loses them. */
  setAsideMaps: Record<string, unknown>;
  /** Keeps a network's map as it now is (after an edit or an import). */
  saveNetworkMap: (map: NetworkMap) => void;
  /**
   * The network of that name on this device, or a new one, given `emptyMap` if it has no map yet (the
   * caller makes it: the map's module is not part of the first screen); returns the network's id.
   */
  startNetworkMap: (name: string, emptyMap: (networkId: string) => NetworkMap) => string;
  /** Checks the maps in `unreadMaps` (loads the map schema on first use). */
  checkMaps: () => Promise<void>;
}

const put = <T,>(record: Record<string, T>, key: string, value: T): Record<string, T> => {
  const out = { ...record };
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
};

const without = <T,>(record: Record<string, T>, key: string): Record<string, T> => {
  if (!Object.hasOwn(record, key)) return record;
  const { [key]: _gone, ...rest } = record;
  return rest;
};

/** Raw maps already set aside this session (by content): another tab's save brings them again, but they are told once. */
const toldAside = new Set<string>();

export const createNetworkMapsSlice: StateCreator<AppState, [], [], NetworkMapsSlice> = (set, get) => ({
  networkMaps: {},
  unreadMaps: {},
  setAsideMaps: {},
  saveNetworkMap: (map) =>
    set((state) => ({
      networkMaps: put(state.networkMaps, map.networkId, map),
      // The new map supersedes an unreadable one (whose copy was kept aside when it was found).
      unreadMaps: without(state.unreadMaps, map.networkId),
      setAsideMaps: without(state.setAsideMaps, map.networkId),
    })),
  startNetworkMap: (name, emptyMap) => {
    const state = get();
    const id = networkIdForName(state, name) ?? ownNetworkId(newId());
    const stamp = new Date().toISOString();
    const networks = withNetwork(state.networks, id, name.trim(), stamp);
    const has = Object.hasOwn(state.networkMaps, id);
    set({ networks, ...(has ? {} : { networkMaps: put(state.networkMaps, id, emptyMap(id)) }) });
    return id;
  },
  checkMaps: async () => {
    const pending = get().unreadMaps;
    if (Object.keys(pending).length === 0) return;
    const { readStoredMaps } = await import('../core/network-map-carry');
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
  },
});
