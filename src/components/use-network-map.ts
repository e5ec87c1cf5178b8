// A network's map as screens read it. A stored map is checked just after the app loads; until then a
// screen waits (`useMapReady`) rather than show an empty map it might then save over the real one.
import { useAppStore } from '../store/store';
import type { NetworkMap } from '../core/network-map';

/** The network's map, or undefined when it has none (or none checked yet). */
export function useNetworkMap(networkId: string | null | undefined): NetworkMap | undefined {
  return useAppStore((s) => (networkId && Object.hasOwn(s.networkMaps, networkId) ? s.networkMaps[networkId] : undefined));
}

/** Whether the network's stored map (if any) has been checked since the app loaded. */
export function useMapReady(networkId: string | null | undefined): boolean {
  return useAppStore((s) => !networkId || !Object.hasOwn(s.unreadMaps, networkId));
}
