// One network, one identity. Every assessment and workshop carries the id of the network it assesses;
// re-assessing carries it on, so renaming the network or fixing a typo keeps its history. A small
// record per network ({ id, name, createdAt, updatedAt }, name = the latest name used) is what other
// features hang their data on. Records that came without an id (older saves and files) are placed by
// the name rule of network-key.ts: the same name, whatever its case and spacing, is the same network.
import * as z from 'zod/mini';
import { networkIdSchema } from './assessment';
import { networkKey } from './network-key';

export const networkSchema = z.strictObject({
  id: networkIdSchema,
  /** The latest name used for it, as typed. */
  name: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Network = z.infer<typeof networkSchema>;

/** What a network's records have in common, whether assessments or workshops. */
export interface NetworkRecord {
  id: string;
  networkId: string;
  networkName: string;
  createdAt: string;
  updatedAt: string;
}

export const byAge = (a: Pick<NetworkRecord, 'createdAt' | 'id'>, b: Pick<NetworkRecord, 'createdAt' | 'id'>) =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The network whose records (or whose own name) match `name` by the name rule; null when none does. */
/** The networks and records of a device, as plain data: what networkByName needs. */
export interface KnownNetworks {
  networks: Readonly<Record<string, Network>>;
  records: readonly Pick<NetworkRecord, 'networkId' | 'networkName'>[];
}

export function networkByName(
  name: string,
  networks: Readonly<Record<string, Network>>,
  records: Iterable<Pick<NetworkRecord, 'networkId' | 'networkName'>>,
): string | null {
  const key = networkKey(name);
  if (key === '') return null;
  for (const r of records) if (networkKey(r.networkName) === key && Object.hasOwn(networks, r.networkId)) return r.networkId;
  for (const n of Object.values(networks)) if (networkKey(n.name) === key) return n.id;
  return null;
}

/**
 * A network record for every network id the records use that has none (or a damaged one): named
 * after its most recently changed record. Returns the same object when nothing was missing.
 */
export function ensureNetworks(
  networks: Readonly<Record<string, Network>>,
  records: readonly NetworkRecord[],
): Record<string, Network> {
  let out: Record<string, Network> | null = null;
  const missing = new Map<string, NetworkRecord[]>();
  for (const r of records) {
    if (Object.hasOwn(networks, r.networkId)) continue;
    missing.set(r.networkId, [...(missing.get(r.networkId) ?? []), r]);
  }
  for (const [id, group] of missing) {
    out ??= { ...networks };
    Object.defineProperty(out, id, { value: networkOf(id, group), enumerable: true, writable: true, configurable: true });
  }
  return out ?? (networks as Record<string, Network>);
}

/** A network record for a group of records: created with the oldest, named after the latest change. */
export function networkOf(id: string, group: readonly NetworkRecord[]): Network {
  const oldest = [...group].sort(byAge)[0]!;
  const latest = [...group].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || byAge(a, b))[0]!;
  return { id, name: latest.networkName, createdAt: oldest.createdAt, updatedAt: latest.updatedAt };
}
