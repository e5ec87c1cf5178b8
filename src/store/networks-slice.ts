// The networks the records belong to: found by name when a record starts, renamed with the latest name
// used, and merged when two library entries turn out to be one network (with an undo).
import type { StateCreator } from 'zustand';
import type { Assessment } from '../core/assessment';
import { networkByName } from '../core/network';
import type { KnownNetworks, Network } from '../core/network';
import type { Workshop } from '../core/workshop';
import type { AppState } from './store';

/** What a merge changed, so it can be undone exactly. */
export interface MergeUndo {
  /** The network merged away, as it was. */
  network: Network;
  /** The network it went into, as it was. */
  into: Network;
  assessmentIds: string[];
  workshopIds: string[];
  /** Whether the merged-away network's map moved to the other (it does when that one had none). */
  movedMap?: boolean;
}

export interface NetworksSlice {
  networks: Record<string, Network>;
  /** Gives every record of network `fromId` the id of `intoId`; returns what undoes it. */
  mergeNetworks: (fromId: string, intoId: string) => MergeUndo | null;
  undoMerge: (undo: MergeUndo) => void;
}

type Records = Pick<AppState, 'assessments' | 'workshops' | 'networks'>;

/** The network a new record of this name belongs to: one on this device by the name rule, or null. */
/** What the name rule needs, as plain data a file reader in a Web Worker can be sent. */
export function knownNetworks(state: Records): KnownNetworks {
  const records = [...Object.values(state.assessments), ...Object.values(state.workshops)];
  return { networks: state.networks, records: records.map((r) => ({ networkId: r.networkId, networkName: r.networkName })) };
}

export function networkIdForName(state: Records, name: string): string | null {
  return networkByName(name, state.networks, [...Object.values(state.assessments), ...Object.values(state.workshops)]);
}

/** The networks with `id` named `name` (its latest name) and stamped, created if it is new. */
export function withNetwork(networks: Record<string, Network>, id: string, name: string, stamp: string): Record<string, Network> {
  const current = Object.hasOwn(networks, id) ? networks[id] : undefined;
  if (current && current.name === name) return networks;
  const next: Network = current ? { ...current, name, updatedAt: stamp } : { id, name, createdAt: stamp, updatedAt: stamp };
  const out = { ...networks };
  Object.defineProperty(out, id, { value: next, enumerable: true, writable: true, configurable: true });
  return out;
}

function relabel<T extends Assessment | Workshop>(records: Record<string, T>, ids: ReadonlySet<string>, networkId: string): Record<string, T> {
  if (ids.size === 0) return records;
  return Object.fromEntries(Object.entries(records).map(([id, r]) => [id, ids.has(id) ? { ...r, networkId } : r]));
}

/** A network's map given to another network (which has none). */
function moveMap(maps: AppState['networkMaps'], fromId: string, toId: string): AppState['networkMaps'] {
  const { [fromId]: map, ...rest } = maps;
  return map ? { ...rest, [toId]: { ...map, networkId: toId } } : maps;
}

export const createNetworksSlice: StateCreator<AppState, [], [], NetworksSlice> = (set, get) => ({
  networks: {},
  mergeNetworks: (fromId, intoId) => {
    const state = get();
    const network = Object.hasOwn(state.networks, fromId) ? state.networks[fromId]! : null;
    const into = Object.hasOwn(state.networks, intoId) ? state.networks[intoId]! : null;
    if (!network || !into || fromId === intoId) return null;
    const assessmentIds = Object.values(state.assessments).filter((a) => a.networkId === fromId).map((a) => a.id);
    const workshopIds = Object.values(state.workshops).filter((w) => w.networkId === fromId).map((w) => w.id);
    const { [fromId]: _gone, ...networks } = state.networks;
    const movedMap = Object.hasOwn(state.networkMaps, fromId) && !Object.hasOwn(state.networkMaps, intoId);
    set({
      assessments: relabel(state.assessments, new Set(assessmentIds), intoId),
      workshops: relabel(state.workshops, new Set(workshopIds), intoId),
      networks: { ...networks, [intoId]: { ...into, updatedAt: new Date().toISOString() } },
      ...(movedMap ? { networkMaps: moveMap(state.networkMaps, fromId, intoId) } : {}),
    });
    return { network, into, assessmentIds, workshopIds, movedMap };
  },
  undoMerge: (undo) =>
    set((state) => ({
      assessments: relabel(state.assessments, new Set(undo.assessmentIds), undo.network.id),
      workshops: relabel(state.workshops, new Set(undo.workshopIds), undo.network.id),
      networks: { ...state.networks, [undo.network.id]: undo.network, [undo.into.id]: undo.into },
      ...(undo.movedMap ? { networkMaps: moveMap(state.networkMaps, undo.into.id, undo.network.id) } : {}),
    })),
});
