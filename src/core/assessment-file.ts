// The assessment file: what "Export JSON" writes and "Import" reads.
// Written strictly ({ type, schemaVersion, rubric, exportedAt, assessment }), read loosely:
// every problem is named, and ids the rubric does not know are dropped and reported.
import { z } from 'zod';
import { assessmentSchema } from './assessment';
import type { Assessment } from './assessment';
import { isPlainObject, readJson } from './json-input';
import { normaliseAssessment } from './normalise-assessment';
import type { Rubric } from './rubric-schema';

export const ASSESSMENT_FILE_TYPE = 'fivefold/assessment';
export const ASSESSMENT_FILE_VERSION = 1;

/** Other file types we recognise, to say what the user picked instead. */
const KNOWN_OTHER_TYPES: Record<string, string> = {
  'fivefold/assessment': 'a single assessment; open it with “Choose a file to import” on the start page',
  'fivefold/workshop': 'a workshop file; open it from the workshop screen',
  'fivefold/ballot': 'a participant’s ballot; import it into a workshop',
  'fivefold/backup': 'a backup of all assessments; restore it from the library',
};

export function serializeAssessment(assessment: Assessment, exportedAt: Date = new Date()): string {
  const file = {
    type: ASSESSMENT_FILE_TYPE,
    schemaVersion: ASSESSMENT_FILE_VERSION,
    rubric: assessment.rubric,
    exportedAt: exportedAt.toISOString(),
    assessment,
  };
  return JSON.stringify(file, null, 2);
}

export type ImportResult =
  | { ok: true; assessment: Assessment; rubric: Rubric; dropped: string[] }
  | { ok: false; error: string };

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

export function parseAssessmentFile(text: string, rubrics: readonly Rubric[]): ImportResult {
  const json = readJson(text);
  if (!json.ok) return json;
  const envelopeError = checkEnvelope(json.value, ASSESSMENT_FILE_TYPE, ASSESSMENT_FILE_VERSION);
  if (envelopeError) return { ok: false, error: envelopeError };
  const data = json.value as Record<string, unknown>;

  const parsed = assessmentSchema.safeParse(data.assessment);
  if (!parsed.success) {
    return {
      ok: false,
      error: `The assessment in the file is not valid:\n${z.prettifyError(parsed.error)}`,
    };
  }
  const assessment = parsed.data;
  const rubric = rubrics.find((r) => r.id === assessment.rubric.id);
  if (!rubric) {
    return {
      ok: false,
      error: `The file uses the rubric "${assessment.rubric.id}", which this copy of Fivefold does not have.`,
    };
  }
  const { assessment: fitted, dropped } = normaliseAssessment(assessment, rubric);
  return { ok: true, assessment: fitted, rubric, dropped };
}
