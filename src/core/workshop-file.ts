// Workshop and ballot files: what the workshop screen exports and imports. Written strictly in the
// Fivefold envelope ({ type, schemaVersion, rubric, exportedAt, … }); every refusal is a problem
// code the UI words. Workshop files of schemaVersion 2 add the network id and the action plan; a
// version 1 file still imports, its network found on this device by name. Like an assessment file, a
// workshop file may carry its network's map beside the workshop (`networkMap`) and its own rubric
// (`rubricData`; see assessment-file.ts).
import { checkEnvelope } from './envelope';
import { carriedMap } from './assessment-file';
import type { CarriedMap, CarriedRubric, NetworkOnDevice } from './assessment-file';
import type { NetworkMap } from './network-map';
import { readJson } from './json-input';
import { addPlanFields } from './legacy-records';
import { fileRubric } from './own-rubrics';
import type { ReadProblem } from './problems';
import { invalidRecord } from './record-problems';
import type { Rubric } from './rubric-schema';
import { ballotSchema, workshopSchema } from './workshop';
import type { Ballot, Workshop } from './workshop';

export const WORKSHOP_FILE_TYPE = 'fivefold/workshop';
export const WORKSHOP_FILE_VERSION = 2;
export const BALLOT_FILE_TYPE = 'fivefold/ballot';
export const BALLOT_FILE_VERSION = 1;

/** `ownRubric`: the workshop's rubric when it is an own one, carried so the file opens anywhere (own-rubrics.ts). */
export function serializeWorkshop(workshop: Workshop, exportedAt: Date = new Date(), networkMap?: NetworkMap | null, ownRubric?: Rubric | null): string {
  const file = {
    type: WORKSHOP_FILE_TYPE,
    schemaVersion: WORKSHOP_FILE_VERSION,
    rubric: workshop.rubric,
    exportedAt: exportedAt.toISOString(),
    workshop,
    ...(networkMap ? { networkMap } : {}),
    ...(ownRubric ? { rubricData: ownRubric } : {}),
  };
  return JSON.stringify(file, null, 2);
}

export function serializeBallot(ballot: Ballot): string {
  const file = { type: BALLOT_FILE_TYPE, schemaVersion: BALLOT_FILE_VERSION, rubric: ballot.rubric, ballot };
  return JSON.stringify(file, null, 2);
}

export type WorkshopImportResult = ({ ok: true; workshop: Workshop; rubric: Rubric } & CarriedMap & CarriedRubric) | { ok: false; problem: ReadProblem };
export type BallotImportResult = { ok: true; ballot: Ballot } | { ok: false; problem: ReadProblem };

/** Reads a workshop file; the workshop's rubric must be one this copy of Fivefold has, or one the file carries. */
export function parseWorkshopFile(text: string, rubrics: readonly Rubric[], onDevice?: NetworkOnDevice): WorkshopImportResult {
  const json = readJson(text);
  if (!json.ok) return json;
  const envelopeProblem = checkEnvelope(json.value, 'workshop', WORKSHOP_FILE_VERSION);
  if (envelopeProblem) return { ok: false, problem: envelopeProblem };
  const file = json.value as Record<string, unknown>;
  const data = file.schemaVersion === 1 ? addPlanFields([file.workshop], onDevice)[0] : file.workshop;
  const parsed = workshopSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: invalidRecord('workshop', parsed.error, data) };
  const workshop = parsed.data;
  const found = fileRubric(workshop.rubric, rubrics, file.rubricData);
  if (!found) return { ok: false, problem: { code: 'unknown-rubric', rubric: workshop.rubric } };
  return { ok: true, workshop, rubric: found.rubric, ...carriedMap(file, workshop.networkId), ...(found.carried && { carriedRubric: found.carried }) };
}

/** Reads a participant's ballot file; whether it fits a workshop is for mergeBallots to say. */
export function parseBallotFile(text: string): BallotImportResult {
  const json = readJson(text);
  if (!json.ok) return json;
  const envelopeProblem = checkEnvelope(json.value, 'ballot', BALLOT_FILE_VERSION);
  if (envelopeProblem) return { ok: false, problem: envelopeProblem };
  const data = (json.value as Record<string, unknown>).ballot;
  const parsed = ballotSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: invalidRecord('ballot', parsed.error, data) };
  return { ok: true, ballot: parsed.data };
}
