// Network maps that come with a file or a backup, brought onto this device without overwriting a
// different map already here. Loaded with the file readers, after the first screen.
import type { CarriedMap } from '../../core/assessment-file';
import { arriveMap } from '../../core/network-map-carry';
import type { NetworkMap } from '../../core/network-map';
import type * as ProblemWords from '../../components/problem-messages';
import { useAppStore } from '../../store/store';

type Words = typeof ProblemWords;

/** Takes the map unless this device has a different one of its network; returns what needs saying. */
function bringInMap(map: NetworkMap, name: string, words: Words): string | null {
  const store = useAppStore.getState();
  const arrival = arriveMap(Object.hasOwn(store.networkMaps, map.networkId) ? store.networkMaps[map.networkId] : undefined, map);
  if (arrival === 'added') store.saveNetworkMap(map);
  return arrival === 'kept-device' ? words.mapArrivalWords.keptDevice(name) : null;
}

/** The map beside an imported assessment or workshop: brought in, or why not. */
export function carriedMapNote(carried: CarriedMap, name: string, words: Words): string | null {
  if (carried.mapProblem) return words.mapArrivalWords.unreadable(carried.mapProblem);
  return carried.map ? bringInMap(carried.map, name, words) : null;
}

/** A backup's maps: how many came in, and a note for each that did not. */
export function bringInBackupMaps(maps: readonly NetworkMap[], words: Words): { added: number; notes: string[] } {
  let added = 0;
  const notes: string[] = [];
  for (const map of maps) {
    const networks = useAppStore.getState().networks;
    const name = Object.hasOwn(networks, map.networkId) ? networks[map.networkId]!.name : '';
    const note = bringInMap(map, name, words);
    if (note) notes.push(note);
    else if (useAppStore.getState().networkMaps[map.networkId] === map) added += 1;
  }
  return { added, notes };
}
