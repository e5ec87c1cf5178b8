// "Export everything" and "Restore": one file with every assessment and workshop in this browser,
// and a merge that never overwrites: identical records are skipped, a different record with a
// taken id comes in as a copy under a new id, and every record that cannot be read is reported.
import type * as z from 'zod/mini';
import { assessmentSchema } from './assessment';
import type { Assessment } from './assessment';
import { checkEnvelope } from './envelope';
import { readJson } from './json-input';
import type { BackupProblem, ReadProblem } from './problems';
import { recordProblem } from './record-problems';
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

export type BackupParse = { ok: true; contents: BackupContents; problems: BackupProblem[] } | { ok: false; problem: ReadProblem };

export function parseBackupFile(text: string): BackupParse {
  const json = readJson(text, MAX_BACKUP_BYTES);
  if (!json.ok) return json;
  const envelopeProblem = checkEnvelope(json.value, 'backup', BACKUP_FILE_VERSION);
  if (envelopeProblem) return { ok: false, problem: envelopeProblem };
  const data = json.value as Record<string, unknown>;
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
