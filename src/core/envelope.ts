// The envelope every Fivefold file carries ({ type, schemaVersion, … }): checked first, so a file of
// the wrong kind or from a newer app version gets a problem that says so.
import { isPlainObject } from './json-input';
import type { ReadProblem, RecordKind } from './problems';

/** The file types this version of Fivefold writes, by the record kind each holds. */
const FILE_KINDS: Record<string, RecordKind> = {
  'fivefold/assessment': 'assessment',
  'fivefold/workshop': 'workshop',
  'fivefold/ballot': 'ballot',
  'fivefold/backup': 'backup',
};

/** The record kind a file declares, if it is one this version knows. */
export function fileKind(type: unknown): RecordKind | null {
  return typeof type === 'string' && Object.hasOwn(FILE_KINDS, type) ? FILE_KINDS[type]! : null;
}

/** Checks the envelope of any Fivefold file; returns the problem, or null. */
export function checkEnvelope(data: unknown, expected: RecordKind, currentVersion: number): ReadProblem | null {
  if (!isPlainObject(data)) return { code: 'not-fivefold', expected, type: null };
  const { type, schemaVersion: version } = data;
  const validVersion = typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
  const found = fileKind(type);
  if (found !== expected) {
    if (found) return { code: 'other-kind', expected, found };
    // A Fivefold type this version has never heard of can only come from a newer version.
    if (typeof type === 'string' && type.startsWith('fivefold/')) {
      return { code: 'newer-version', expected, type, version: validVersion, max: currentVersion };
    }
    return { code: 'not-fivefold', expected, type: typeof type === 'string' ? type : null };
  }
  if (validVersion === null) return { code: 'no-version', expected };
  if (validVersion > currentVersion) {
    return { code: 'newer-version', expected, type: type as string, version: validVersion, max: currentVersion };
  }
  return null;
}
