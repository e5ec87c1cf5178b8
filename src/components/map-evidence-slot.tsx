// Where a "From your network map" line may go: nothing at all (and nothing loaded) unless the network
// has a map with members; then the line's module loads, with the map's measures.
import { lazy, Suspense } from 'react';
import type { Rubric } from '../core/rubric-schema';
import { useAppStore } from '../store/store';

const MapEvidenceNote = lazy(() => import('./map-evidence'));
const MapEvidenceCard = lazy(() => import('./map-evidence').then((mod) => ({ default: mod.MapEvidenceCard })));

function useHasMap(networkId: string | null | undefined): boolean {
  return useAppStore((s) => !!networkId && Object.hasOwn(s.networkMaps, networkId) && s.networkMaps[networkId]!.members.length > 0);
}

export function MapEvidenceSlot({ networkId, indicatorId }: { networkId: string | null | undefined; indicatorId: string }) {
  const has = useHasMap(networkId);
  if (!has || !networkId) return null;
  return (
    <Suspense fallback={null}>
      <MapEvidenceNote networkId={networkId} indicatorId={indicatorId} />
    </Suspense>
  );
}

export function MapEvidenceCardSlot({ networkId, rubric }: { networkId: string; rubric: Rubric }) {
  const has = useHasMap(networkId);
  if (!has) return null;
  return (
    <Suspense fallback={null}>
      <MapEvidenceCard networkId={networkId} rubric={rubric} />
    </Suspense>
  );
}
