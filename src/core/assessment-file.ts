// The assessment file: what "Export JSON" writes and "Import" reads.
// Written strictly ({ type, schemaVersion, rubric, exportedAt, assessment }), read loosely:
// every problem is named, and ids the rubric does not know are dropped and reported.
import * as z from 'zod/mini';
import './zod-messages';
import { assessmentSchema } from './assessment';
import type { Assessment } from './assessment';
import { checkEnvelope } from './envelope';
import { readJson } from './json-input';
import { normaliseAssessment } from './normalise-assessment';
import type { Rubric } from './rubric-schema';

export const ASSESSMENT_FILE_TYPE = 'fivefold/assessment';
export const ASSESSMENT_FILE_VERSION = 1;


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
