// The facilitator's workshops. Actions change one workshop through pure core functions and stamp it.
import type { StateCreator } from 'zustand';
import { newId } from '../core/assessment';
import type { RubricRef } from '../core/assessment';
import { ensureNetworks } from '../core/network';
import { createWorkshop } from '../core/workshop';
import type { Workshop, WorkshopDetails } from '../core/workshop';
import { networkIdForName, withNetwork } from './networks-slice';
import type { AppState } from './store';

export interface WorkshopsSlice {
  workshops: Record<string, Workshop>;
  /** The workshop last opened on this device (each screen takes its own from its address). */
  lastWorkshopId: string | null;
  startWorkshop: (rubric: RubricRef, details: WorkshopDetails) => string;
  /** Remembers a workshop as the one last opened; saves only when that changes. */
  openWorkshop: (id: string) => void;
  /** Applies a pure change to one workshop and stamps updatedAt. */
  updateWorkshop: (id: string, change: (w: Workshop) => Workshop) => void;
  /** Adds an imported workshop; if its id is taken, it gets a new one so nothing is overwritten. */
  addImportedWorkshop: (workshop: Workshop) => string;
  /** Removes a workshop and returns it, so the caller can offer to undo. */
  deleteWorkshop: (id: string) => Workshop | null;
  restoreWorkshop: (workshop: Workshop) => void;
}

export const createWorkshopsSlice: StateCreator<AppState, [], [], WorkshopsSlice> = (set, get) => ({
  workshops: {},
  lastWorkshopId: null,
  startWorkshop: (rubric, details) => {
    const state = get();
    const networkId = details.networkId ?? networkIdForName(state, details.networkName) ?? undefined;
    const workshop = createWorkshop(rubric, { ...details, ...(networkId ? { networkId } : {}) });
    set({
      workshops: { ...state.workshops, [workshop.id]: workshop },
      networks: withNetwork(state.networks, workshop.networkId, workshop.networkName, workshop.createdAt),
      lastWorkshopId: workshop.id,
    });
    return workshop.id;
  },
  // Only on a change: every set() is a save.
  openWorkshop: (id) => {
    const state = get();
    if (state.lastWorkshopId !== id && Object.hasOwn(state.workshops, id)) set({ lastWorkshopId: id });
  },
  updateWorkshop: (id, change) =>
    set((state) => {
      const current = Object.hasOwn(state.workshops, id) ? state.workshops[id] : undefined;
      if (!current) return {};
      const next = change(current);
      if (next === current) return {};
      const stamped = { ...next, updatedAt: new Date().toISOString() };
      const workshops = { ...state.workshops, [id]: stamped };
      // A network's name is the latest one used for it.
      if (stamped.networkName === current.networkName && stamped.networkId === current.networkId) return { workshops };
      return { workshops, networks: withNetwork(state.networks, stamped.networkId, stamped.networkName, stamped.updatedAt) };
    }),
  deleteWorkshop: (id) => {
    const removed = get().workshops[id] ?? null;
    if (!removed) return null;
    set((state) => {
      const { [id]: _gone, ...rest } = state.workshops;
      return { workshops: rest, lastWorkshopId: state.lastWorkshopId === id ? null : state.lastWorkshopId };
    });
    return removed;
  },
  restoreWorkshop: (workshop) =>
    set((state) => ({ workshops: { ...state.workshops, [workshop.id]: workshop }, networks: ensureNetworks(state.networks, [workshop]) })),
  addImportedWorkshop: (workshop) => {
    let id = workshop.id;
    set((state) => {
      if (Object.hasOwn(state.workshops, id)) id = newId();
      const workshops = { ...state.workshops, [id]: { ...workshop, id } };
      return { workshops, networks: ensureNetworks(state.networks, [workshop]), lastWorkshopId: id };
    });
    return id;
  },
});
