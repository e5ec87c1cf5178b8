// A network's assessments in time: one order (the assessment date, then when each was started), used
// by the trend, by "change since last time" and by the review of last time's actions.
import type { Assessment } from './assessment';
import type { Workshop } from './workshop';

/** What orders records in time: the day assessed (a workshop's date), then the moment started, then the id. */
export interface InTime {
  id: string;
  networkId: string;
  createdAt: string;
  /** YYYY-MM-DD. */
  day: string;
}

export const inTime = (r: Assessment | Workshop): InTime => ({
  id: r.id,
  networkId: r.networkId,
  createdAt: r.createdAt,
  day: r.kind === 'solo' ? r.assessedOn : r.date,
});

export function compareInTime(a: InTime, b: InTime): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The assessments of one network made with one rubric, oldest first. */
export function assessmentsOfNetwork(assessments: Iterable<Assessment>, rubricId: string, networkId: string): Assessment[] {
  return [...assessments]
    .filter((a) => a.rubric.id === rubricId && a.networkId === networkId)
    .sort((a, b) => compareInTime(inTime(a), inTime(b)));
}

/** The latest record of the same network (and rubric) before `current`; null for a first assessment. */
export function previousOf<T extends Assessment | Workshop>(records: Iterable<T>, current: T): T | null {
  const at = inTime(current);
  let best: T | null = null;
  for (const r of records) {
    if (r.id === current.id || r.networkId !== current.networkId || r.rubric.id !== current.rubric.id) continue;
    if (compareInTime(inTime(r), at) >= 0) continue;
    if (best === null || compareInTime(inTime(r), inTime(best)) > 0) best = r;
  }
  return best;
}
