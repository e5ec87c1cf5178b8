// "Export everything" and "Restore": one file with every assessment and workshop in this browser,
// and a merge that never overwrites: identical records are skipped, a different record with a
// taken id comes in as a copy under a new id, and every record that cannot be read is reported.
// schemaVersion 2 carries network ids and the networks; in a version 1 backup each record's network
// is found on this device by name, or shared with the backup's records of the same name.
// schemaVersion 3 adds the networks' maps (an older Fivefold refuses it rather than restore it without them).
// It may also carry the own rubrics of this browser's library (`ownRubrics`, optional, no new version:
// an older Fivefold restores the records and leaves them), each checked in full by the page before it is kept,
// and their translations (`ownRubricTranslations`, optional likewise), each checked against its rubric.
import type * as z from 'zod/mini';
import { assessmentSchema } from './assessment';
import type { Assessment } from './assessment';
import { checkEnvelope } from './envelope';
import type { NetworkOnDevice } from './assessment-file';
import { readJson } from './json-input';
import { addPlanFields } from './legacy-records';
import { networkSchema } from './network';
import type { Network } from './network';
import type { NetworkMap } from './network-map';
import { readBackupMaps } from './network-map-carry';
import type { BackupProblem, ReadProblem } from './problems';
import { recordProblem } from './record-problems';
import { workshopSchema } from './workshop';
import type { Workshop } from './workshop';

export const BACKUP_FILE_TYPE = 'fivefold/backup';
export const BACKUP_FILE_VERSION = 3;
/** A backup holds many assessments, so it may be larger than one assessment file. */
export const MAX_BACKUP_BYTES = 40 * 1024 * 1024;

export interface BackupContents {
  assessments: Assessment[];
  workshops: Workshop[];
  /** The networks' records (name = the latest name used); rebuilt from the records when absent. */
  networks: Network[];
  /** The networks' maps; none in a backup made before version 3. */
  networkMaps: NetworkMap[];
  /** The own rubrics it carried, unchecked: the page checks each in full before keeping it. */
  ownRubrics: readonly unknown[];
  /** The translations of those rubrics, unchecked likewise; none in a backup made before they were carried. */
  ownRubricTranslations?: readonly unknown[];
}

export function serializeBackup(
  contents: Omit<BackupContents, 'networks' | 'networkMaps' | 'ownRubrics'> & Partial<Pick<BackupContents, 'networks' | 'networkMaps' | 'ownRubrics' | 'ownRubricTranslations'>>,
  exportedAt: Date = new Date(),
): string {
  const { assessments, workshops, networks = [], networkMaps = [], ownRubrics = [], ownRubricTranslations = [] } = contents;
  return JSON.stringify(
    {
      type: BACKUP_FILE_TYPE,
      schemaVersion: BACKUP_FILE_VERSION,
      exportedAt: exportedAt.toISOString(),
      assessments,
      workshops,
      networks,
      networkMaps,
      ...(ownRubrics.length > 0 ? { ownRubrics } : {}),
      ...(ownRubricTranslations.length > 0 ? { ownRubricTranslations } : {}),
    },
    null,
    2,
  );
}

export type BackupParse = { ok: true; contents: BackupContents; problems: BackupProblem[] } | { ok: false; problem: ReadProblem };

export function parseBackupFile(text: string, onDevice?: NetworkOnDevice): BackupParse {
  const json = readJson(text, MAX_BACKUP_BYTES);
  if (!json.ok) return json;
  const envelopeProblem = checkEnvelope(json.value, 'backup', BACKUP_FILE_VERSION);
  if (envelopeProblem) return { ok: false, problem: envelopeProblem };
  const data = upgrade(json.value as Record<string, unknown>, onDevice);
  const problems: BackupProblem[] = [];
  const read = <T,>(list: unknown, schema: z.ZodMiniType<T>, what: 'assessment' | 'workshop'): T[] => {
    if (!Array.isArray(list)) {
      if (list !== undefined) problems.push({ code: 'not-a-list', what });
      return [];
    }
    return list.flatMap((item, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) return [parsed.data];
      problems.push(recordProblem(what, { index }, item, parsed.error));
      return [];
    });
  };
  // A network record holds nothing its records do not, so one that cannot be read is rebuilt, not reported.
  const networks: Network[] = Array.isArray(data.networks)
    ? data.networks.flatMap((n) => {
        const parsed = networkSchema.safeParse(n);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  const assessments = read(data.assessments, assessmentSchema, 'assessment');
  const workshops = read(data.workshops, workshopSchema, 'workshop');
  const nameOf = (id: string) =>
    networks.find((n) => n.id === id)?.name ?? [...assessments, ...workshops].find((r) => r.networkId === id)?.networkName ?? null;
  const maps = readBackupMaps(data.networkMaps, nameOf);
  problems.push(...maps.problems);
  const ownRubrics = Array.isArray(data.ownRubrics) ? data.ownRubrics : [];
  const ownRubricTranslations = Array.isArray(data.ownRubricTranslations) ? data.ownRubricTranslations : [];
  return { ok: true, contents: { assessments, workshops, networks, networkMaps: maps.maps, ownRubrics, ownRubricTranslations }, problems };
}

/** A version 1 backup's records, given network ids, dates and empty plans (legacy-records.ts). */
function upgrade(data: Record<string, unknown>, onDevice?: NetworkOnDevice): Record<string, unknown> {
  if (data.schemaVersion !== 1) return data;
  const a = Array.isArray(data.assessments) ? data.assessments : [];
  const w = Array.isArray(data.workshops) ? data.workshops : [];
  const upgraded = addPlanFields([...a, ...w], onDevice);
  return {
    ...data,
    ...(Array.isArray(data.assessments) ? { assessments: upgraded.slice(0, a.length) } : {}),
    ...(Array.isArray(data.workshops) ? { workshops: upgraded.slice(a.length) } : {}),
  };
}

export { canonicalJson, mergeRecords } from './merge-records';
