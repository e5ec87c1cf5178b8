// Records made before networks, assessment dates and action plans existed (saves before version 4,
// files of schemaVersion 1): given what they lack, before they are validated like any other. A network
// id comes from the device when a network of that name is there, else from the name rule among the
// records themselves (network.ts), so records that matched by name share one id.
import { ownNetworkId } from './assessment';
import { dayOf } from './calendar-day';
import { isPlainObject } from './json-input';
import { byAge } from './network';
import type { NetworkRecord } from './network';
import { networkKey } from './network-key';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Each record (assessment or workshop, as read, not yet validated) with a network id, an assessment
 * date (from the day it was started) and an empty action plan where it had none. Never mutates.
 * `onDevice` finds a network already on this device by name.
 */
export function addPlanFields(records: readonly unknown[], onDevice: (name: string) => string | null = () => null): unknown[] {
  const lacking = records.filter(
    (r): r is Record<string, unknown> => isPlainObject(r) && r.networkId === undefined && typeof r.id === 'string',
  );
  const found = new Map(lacking.map((r) => [r, onDevice(str(r.networkName))]));
  const unmatched = lacking.filter((r) => found.get(r) === null);
  const byName = groupByName(
    unmatched.map((r) => ({ id: str(r.id), networkName: str(r.networkName), createdAt: str(r.createdAt), updatedAt: str(r.updatedAt) })),
  );
  return records.map((r) => {
    if (!isPlainObject(r)) return r;
    const out: Record<string, unknown> = { ...r };
    if (out.networkId === undefined && typeof r.id === 'string') {
      out.networkId = found.get(r) ?? byName.get(r.id);
    }
    if (out.actions === undefined) out.actions = [];
    if (r.kind === 'solo' && out.assessedOn === undefined && typeof r.createdAt === 'string') {
      const day = dayOf(r.createdAt);
      if (day !== null) out.assessedOn = day;
    }
    return out;
  });
}

/**
 * Network ids for records that have none, by the name rule alone: records whose names match share
 * the id derived from the oldest of them, so the grouping is the same wherever it runs.
 */
export function groupByName(records: readonly Omit<NetworkRecord, 'networkId'>[]): Map<string, string> {
  const firstByKey = new Map<string, string>();
  const out = new Map<string, string>();
  for (const r of [...records].sort(byAge)) {
    const key = networkKey(r.networkName);
    // A record without a name is a network of its own: "no name" is not a name two records share.
    const id = key === '' ? ownNetworkId(r.id) : (firstByKey.get(key) ?? ownNetworkId(r.id));
    if (key !== '' && !firstByKey.has(key)) firstByKey.set(key, id);
    out.set(r.id, id);
  }
  return out;
}
