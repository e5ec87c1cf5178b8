// Workshop and ballot files: what the workshop screen exports and imports. Written strictly in the
// Fivefold envelope ({ type, schemaVersion, rubric, exportedAt, … }); every refusal says why.
import * as z from 'zod/mini';
import './zod-messages';
import { checkEnvelope } from './envelope';
import { readJson } from './json-input';
import type { Rubric } from './rubric-schema';
import { ballotSchema, workshopSchema } from './workshop';
import type { Ballot, Workshop } from './workshop';

export const WORKSHOP_FILE_TYPE = 'fivefold/workshop';
export const WORKSHOP_FILE_VERSION = 1;
export const BALLOT_FILE_TYPE = 'fivefold/ballot';
export const BALLOT_FILE_VERSION = 1;

export function serializeWorkshop(workshop: Workshop, exportedAt: Date = new Date()): string {
  const file = {
    type: WORKSHOP_FILE_TYPE,
    schemaVersion: WORKSHOP_FILE_VERSION,
    rubric: workshop.rubric,
    exportedAt: exportedAt.toISOString(),
    workshop,
  };
  return JSON.stringify(file, null, 2);
}

export function serializeBallot(ballot: Ballot): string {
  const file = { type: BALLOT_FILE_TYPE, schemaVersion: BALLOT_FILE_VERSION, rubric: ballot.rubric, ballot };
  return JSON.stringify(file, null, 2);
}

export type WorkshopImportResult = { ok: true; workshop: Workshop; rubric: Rubric } | { ok: false; error: string };
export type BallotImportResult = { ok: true; ballot: Ballot } | { ok: false; error: string };

/** Reads a workshop file; the workshop's rubric must be one this copy of Fivefold has. */
export function parseWorkshopFile(text: string, rubrics: readonly Rubric[]): WorkshopImportResult {
  const json = readJson(text);
  if (!json.ok) return json;
  const envelopeError = checkEnvelope(json.value, WORKSHOP_FILE_TYPE, WORKSHOP_FILE_VERSION);
  if (envelopeError) return { ok: false, error: envelopeError };
  const parsed = workshopSchema.safeParse((json.value as Record<string, unknown>).workshop);
  if (!parsed.success) {
    return { ok: false, error: `The workshop in the file is not valid:\n${z.prettifyError(parsed.error)}` };
  }
  const workshop = parsed.data;
  const rubric = rubrics.find((r) => r.id === workshop.rubric.id);
  if (!rubric) {
    return {
      ok: false,
      error: `The file uses the rubric "${workshop.rubric.id}", which this copy of Fivefold does not have.`,
    };
  }
  return { ok: true, workshop, rubric };
}

/** Reads a participant's ballot file; whether it fits a workshop is for mergeBallots to say. */
export function parseBallotFile(text: string): BallotImportResult {
  const json = readJson(text);
  if (!json.ok) return json;
  const envelopeError = checkEnvelope(json.value, BALLOT_FILE_TYPE, BALLOT_FILE_VERSION);
  if (envelopeError) return { ok: false, error: envelopeError };
  const parsed = ballotSchema.safeParse((json.value as Record<string, unknown>).ballot);
  if (!parsed.success) {
    return { ok: false, error: `The ballot in the file is not valid:\n${z.prettifyError(parsed.error)}` };
  }
  return { ok: true, ballot: parsed.data };
}
