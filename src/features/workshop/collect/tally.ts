// Show-of-hands counts: one tally per indicator and round, replaced whole on every change.
import type { Round, Tally, Workshop } from '../../../core/workshop';

export type TallyField = 0 | 1 | 2 | 3 | 4 | 'na' | 'dk';
export const MAX_HANDS = 100_000;

export function findTally(workshop: Workshop, indicatorId: string, round: Round): Tally | null {
  return workshop.tallies.find((t) => t.indicatorId === indicatorId && t.round === round) ?? null;
}

export function countOf(tally: Tally | null, field: TallyField): number {
  if (!tally) return 0;
  if (field === 'na') return tally.notApplicable;
  if (field === 'dk') return tally.dontKnow;
  return tally.counts[field];
}

/** The workshop with this indicator's tally for the round set; a tally of all zeros is removed. */
export function setTallyCount(workshop: Workshop, indicatorId: string, round: Round, field: TallyField, value: number): Workshop {
  const n = Math.max(0, Math.min(MAX_HANDS, Math.floor(Number.isFinite(value) ? value : 0)));
  const old = findTally(workshop, indicatorId, round);
  const next: Tally = {
    workshopId: workshop.id,
    round,
    indicatorId,
    counts: old ? [...old.counts] : [0, 0, 0, 0, 0],
    notApplicable: old?.notApplicable ?? 0,
    dontKnow: old?.dontKnow ?? 0,
  };
  if (field === 'na') next.notApplicable = n;
  else if (field === 'dk') next.dontKnow = n;
  else next.counts[field] = n;
  const others = workshop.tallies.filter((t) => !(t.indicatorId === indicatorId && t.round === round));
  const empty = next.counts.every((c) => c === 0) && next.notApplicable === 0 && next.dontKnow === 0;
  return { ...workshop, tallies: empty ? others : [...others, next] };
}
