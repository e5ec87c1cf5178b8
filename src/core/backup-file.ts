// "Export everything" and "Restore": one file with every assessment and workshop in this browser,
// and a merge that never overwrites: identical records are skipped, a different record with a
// taken id comes in as a copy under a new id, and every record that cannot be read is reported.
import * as z from 'zod/mini';
import './zod-messages';
import { assessmentSchema } from './assessment';
import type { Assessment } from './assessment';
import { checkEnvelope } from './envelope';
import { isPlainObject, readJson } from './json-input';
import { workshopSchema } from './workshop';
import type { Workshop } from './workshop';

export const BACKUP_FILE_TYPE = 'fivefold/backup';
export const BACKUP_FILE_VERSION = 1;
/** A backup holds many assessments, so it may be larger than one assessment file. */
export const MAX_BACKUP_BYTES = 40 * 1024 * 1024;

export interface BackupContents {
  assessments: Assessment[];
  workshops: Workshop[];
}

export function serializeBackup(contents: BackupContents, exportedAt: Date = new Date()): string {
  return JSON.stringify(
    { type: BACKUP_FILE_TYPE, schemaVersion: BACKUP_FILE_VERSION, exportedAt: exportedAt.toISOString(), ...contents },
    null,
    2,
  );
}

export type BackupParse = { ok: true; contents: BackupContents; problems: string[] } | { ok: false; error: string };

export function parseBackupFile(text: string): BackupParse {
  const json = readJson(text, MAX_BACKUP_BYTES);
  if (!json.ok) return json;
  const envelopeError = checkEnvelope(json.value, BACKUP_FILE_TYPE, BACKUP_FILE_VERSION);
  if (envelopeError) return { ok: false, error: envelopeError };
  const data = json.value as Record<string, unknown>;
  const problems: string[] = [];
  const read = <T,>(list: unknown, schema: z.ZodMiniType<T>, what: string): T[] => {
    if (!Array.isArray(list)) {
      if (list !== undefined) problems.push(`the list of ${what}s is not a list, so none were read`);
      return [];
    }
    return list.flatMap((item, i) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) return [parsed.data];
      const name = isPlainObject(item) && typeof item.networkName === 'string' ? `“${item.networkName}”` : `number ${i + 1}`;
      problems.push(`${what} ${name} could not be read: ${z.prettifyError(parsed.error)}`);
      return [];
    });
  };
  return {
    ok: true,
    contents: {
      assessments: read(data.assessments, assessmentSchema, 'assessment'),
      workshops: read(data.workshops, workshopSchema, 'workshop'),
    },
    problems,
  };
}

export { canonicalJson, mergeRecords } from './merge-records';
