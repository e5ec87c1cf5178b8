// The envelope every Fivefold file carries ({ type, schemaVersion, … }): checked first, so a file of
// the wrong kind or from a newer app version gets a message that says so.
import { isPlainObject } from './json-input';

/** Other file types we recognise, to say what the user picked instead. */
const KNOWN_OTHER_TYPES: Record<string, string> = {
  'fivefold/assessment': 'a single assessment; open it with “Choose a file to import” on the start page',
  'fivefold/workshop': 'a workshop file; open it from the workshop screen',
  'fivefold/ballot': 'a participant’s ballot; import it into a workshop',
  'fivefold/backup': 'a backup of all assessments; restore it from the library',
};

/** Checks the envelope of any Fivefold file; returns the error to show, or null. */
export function checkEnvelope(data: unknown, expectedType: string, currentVersion: number): string | null {
  if (!isPlainObject(data)) return 'The file holds JSON, but not a Fivefold file (expected an object at the top).';
  const type = data.type;
  if (type !== expectedType) {
    if (typeof type === 'string' && Object.hasOwn(KNOWN_OTHER_TYPES, type)) return `This is ${KNOWN_OTHER_TYPES[type]}.`;
    return `This is not a Fivefold ${expectedType.split('/')[1]} file (its "type" is ${JSON.stringify(type) ?? 'missing'}).`;
  }
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return 'The file has no valid "schemaVersion", so Fivefold cannot tell how to read it.';
  }
  if (version > currentVersion) {
    return `The file was made by a newer version of Fivefold (file format ${version}; this app reads up to ${currentVersion}). Update the app, then import it again.`;
  }
  return null;
}
