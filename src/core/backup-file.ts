// "Export everything" and "Restore": one file with every assessment and workshop in this browser,
// and a merge that never overwrites: identical records are skipped, a different record with a
// taken id comes in as a copy under a new id, and every record that cannot be read is reported.
import * as z from 'zod/mini';
import { assessmentSchema, newId } from './assessment';
import type { Assessment } from './assessment';
import { checkEnvelope } from './assessment-file';
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

export interface MergeOutcome<T> {
  records: Record<string, T>;
  added: number;
  alreadyThere: number;
  /** Records whose id was taken by a different record here: kept as copies under new ids. */
  copies: number;
}

/** JSON with object keys sorted, so two records with the same content compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Adds incoming records without overwriting any: identical ones are skipped, conflicts become copies. */
export function mergeRecords<T extends { id: string }>(current: Record<string, T>, incoming: T[]): MergeOutcome<T> {
  const records = { ...current };
  // Defined, not assigned, so an id such as "__proto__" is stored like any other.
  const put = (id: string, record: T) =>
    Object.defineProperty(records, id, { value: record, enumerable: true, writable: true, configurable: true });
  // Content without the id: a copy made by an earlier restore counts as already here.
  const contentOf = ({ id: _id, ...rest }: T) => canonicalJson(rest);
  const contents = new Set(Object.values(records).map(contentOf));
  let added = 0;
  let alreadyThere = 0;
  let copies = 0;
  for (const record of incoming) {
    const existing = Object.hasOwn(records, record.id) ? records[record.id] : undefined;
    if (existing && canonicalJson(existing) === canonicalJson(record)) {
      alreadyThere += 1;
    } else if (existing && contents.has(contentOf(record))) {
      alreadyThere += 1;
    } else if (!existing) {
      put(record.id, record);
      added += 1;
    } else {
      const id = newId();
      put(id, { ...record, id });
      copies += 1;
    }
    contents.add(contentOf(record));
  }
  return { records, added, alreadyThere, copies };
}
