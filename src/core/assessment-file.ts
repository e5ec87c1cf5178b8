// The assessment file: what "Export JSON" writes and "Import" reads.
// Written strictly ({ type, schemaVersion, rubric, exportedAt, assessment }), read loosely:
// every problem is named, and ids the rubric does not know are dropped and reported.
// schemaVersion 2 adds the network id, the assessment date and the action plan; a version 1 file
// still imports: its network is found on this device by name, its date is the day it was started.
import { assessmentSchema } from './assessment';
import type { Assessment } from './assessment';
import { checkEnvelope } from './envelope';
import { readJson } from './json-input';
import { addPlanFields } from './legacy-records';
import { normaliseAssessment } from './normalise-assessment';
import type { DroppedPart, ReadProblem } from './problems';
import { invalidRecord } from './record-problems';
import type { Rubric } from './rubric-schema';

export const ASSESSMENT_FILE_TYPE = 'fivefold/assessment';
export const ASSESSMENT_FILE_VERSION = 2;

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
  | { ok: true; assessment: Assessment; rubric: Rubric; dropped: DroppedPart[] }
  | { ok: false; problem: ReadProblem };

/** Finds a network already on this device by its name (network.ts), for files made before network ids. */
export type NetworkOnDevice = (name: string) => string | null;

export function parseAssessmentFile(text: string, rubrics: readonly Rubric[], onDevice?: NetworkOnDevice): ImportResult {
  const json = readJson(text);
  if (!json.ok) return json;
  const envelopeProblem = checkEnvelope(json.value, 'assessment', ASSESSMENT_FILE_VERSION);
  if (envelopeProblem) return { ok: false, problem: envelopeProblem };
  const file = json.value as Record<string, unknown>;
  const data = file.schemaVersion === 1 ? addPlanFields([file.assessment], onDevice)[0] : file.assessment;

  const parsed = assessmentSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: invalidRecord('assessment', parsed.error, data) };
  const assessment = parsed.data;
  const rubric = rubrics.find((r) => r.id === assessment.rubric.id);
  if (!rubric) return { ok: false, problem: { code: 'unknown-rubric', rubric: assessment.rubric } };
  const { assessment: fitted, dropped } = normaliseAssessment(assessment, rubric);
  return { ok: true, assessment: fitted, rubric, dropped };
}
