// The assessment file: what "Export JSON" writes and "Import" reads.
// Written strictly ({ type, schemaVersion, rubric, exportedAt, assessment }), read loosely:
// every problem is named, and ids the rubric does not know are dropped and reported.
// schemaVersion 2 adds the network id, the assessment date and the action plan; a version 1 file
// still imports: its network is found on this device by name, its date is the day it was started.
// A file may carry its network's map beside the assessment (`networkMap`, the map at the time of
// export): optional, so it needs no new version; a Fivefold that does not know it reads the
// assessment and leaves the map. A record made with an own rubric carries that rubric (`rubricData`),
// so the file opens on a browser that does not have it (own-rubrics.ts).
import { assessmentSchema } from './assessment';
import type { Assessment } from './assessment';
import { checkEnvelope } from './envelope';
import { readJson } from './json-input';
import { addPlanFields } from './legacy-records';
import { readCarriedMap } from './network-map-carry';
import type { NetworkMap } from './network-map';
import type { MapReadProblem } from './network-map-migrate';
import { normaliseAssessment } from './normalise-assessment';
import { fileRubric } from './own-rubrics';
import type { DroppedPart, ReadProblem } from './problems';
import { invalidRecord } from './record-problems';
import type { Rubric } from './rubric-schema';

export const ASSESSMENT_FILE_TYPE = 'fivefold/assessment';
export const ASSESSMENT_FILE_VERSION = 2;

export function serializeAssessment(
  assessment: Assessment,
  exportedAt: Date = new Date(),
  networkMap?: NetworkMap | null,
  ownRubric?: Rubric | null,
): string {
  const file = {
    type: ASSESSMENT_FILE_TYPE,
    schemaVersion: ASSESSMENT_FILE_VERSION,
    rubric: assessment.rubric,
    exportedAt: exportedAt.toISOString(),
    assessment,
    ...(networkMap ? { networkMap } : {}),
    ...(ownRubric ? { rubricData: ownRubric } : {}),
  };
  return JSON.stringify(file, null, 2);
}

/** The network map a file carried: read (for the record's network), or why not. Absent when the file had none. */
export interface CarriedMap {
  map?: NetworkMap;
  mapProblem?: MapReadProblem;
}

export type ImportResult =
  | ({ ok: true; assessment: Assessment; rubric: Rubric; dropped: DroppedPart[] } & CarriedMap & CarriedRubric)
  | { ok: false; problem: ReadProblem };

/** The own rubric a file carried, when this browser did not have it: to check in full and keep. */
export interface CarriedRubric {
  carriedRubric?: Rubric;
}

/** The map beside a file's record, read for the record's network. */
export function carriedMap(file: Record<string, unknown>, networkId: string): CarriedMap {
  const read = readCarriedMap(file.networkMap, networkId);
  if (read === null) return {};
  return 'map' in read ? { map: read.map } : { mapProblem: read.problem };
}

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
  const found = fileRubric(assessment.rubric, rubrics, file.rubricData);
  if (!found) return { ok: false, problem: { code: 'unknown-rubric', rubric: assessment.rubric } };
  const { rubric } = found;
  const { assessment: fitted, dropped } = normaliseAssessment(assessment, rubric);
  return { ok: true, assessment: fitted, rubric, dropped, ...carriedMap(file, fitted.networkId), ...(found.carried && { carriedRubric: found.carried }) };
}
