// Reading the store without the rubric: what the first screen and the app shell need.
import type { Assessment, RubricRef } from '../core/assessment';
import { previousOf } from '../core/network-history';
import type { NetworkMap } from '../core/network-map';
import { ownRubricKey } from '../core/own-rubrics';
import type { Rubric } from '../core/rubric-schema';
import type { Workshop } from '../core/workshop';
import { useAppStore } from './store';
import type { AppState } from './store';

/** Ids come from the address bar: only the store's own keys count ("constructor" is not an assessment). */
const own = <T>(records: Record<string, T>, id: string): T | null => (Object.hasOwn(records, id) ? records[id]! : null);

export function useAssessment(id: string): Assessment | null {
  return useAppStore((state) => own(state.assessments, id));
}

export function useWorkshop(id: string): Workshop | null {
  return useAppStore((state) => own(state.workshops, id));
}

/** A network's map, if it has one (read when exporting: a file carries its network's map). */
export function networkMapOf(networkId: string): NetworkMap | null {
  const maps = useAppStore.getState().networkMaps;
  return Object.hasOwn(maps, networkId) ? maps[networkId]! : null;
}

/** The own rubric a record was made with, to carry in its exported file; null for a built-in one. */
export function ownRubricOf(ref: Pick<RubricRef, 'id' | 'version'>): Rubric | null {
  const library = useAppStore.getState().ownRubrics;
  const key = ownRubricKey(ref);
  return Object.hasOwn(library, key) ? library[key]!.rubric : null;
}

/** A report model with its network's map, when the map has members (the report gives it a page). */
export function withMap<M extends object>(model: M, networkId: string): M & { networkMap?: NetworkMap } {
  const map = networkMapOf(networkId);
  return map && map.members.length > 0 ? { ...model, networkMap: map } : model;
}

export const selectAssessmentList = (state: AppState): Assessment[] =>
  Object.values(state.assessments).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

/** The previous assessment of the same network (by assessment date), or null for its first. */
export function usePreviousAssessment(assessment: Assessment | null): Assessment | null {
  return useAppStore((state) => (assessment ? previousOf(Object.values(state.assessments), assessment) : null));
}

/** The previous workshop of the same network (by date), or null. */
export function usePreviousWorkshop(workshop: Workshop | null): Workshop | null {
  return useAppStore((state) => (workshop ? previousOf(Object.values(state.workshops), workshop) : null));
}
