// Each network's map (members, ties, needs and offers), keyed by network id. Edits are pure functions
// of src/core/network-map-edit.ts; the store keeps the result. Maps read from storage are checked just
// after loading (their schema is not part of the first screen): until then they wait in `unreadMaps`,
// and one that fails is set aside with a notice and stays stored (`setAsideMaps`), never dropped.
import type { StateCreator } from 'zustand';
import { newId, ownNetworkId } from '../core/assessment';
import type { NetworkMap } from '../core/network-map';
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

export const put = <T,>(record: Record<string, T>, key: string, value: T): Record<string, T> => {
  const out = { ...record };
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
};

export const without = <T,>(record: Record<string, T>, key: string): Record<string, T> => {
  if (!Object.hasOwn(record, key)) return record;
  const { [key]: _gone, ...rest } = record;
  return rest;
};

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
  // The check and its notices load with the map schema, after the first screen.
  checkMaps: async () => {
    if (Object.keys(get().unreadMaps).length === 0) return;
    const { checkUnreadMaps } = await import('./check-maps');
    checkUnreadMaps(get, set);
  },
});
