// Problems with a whole record (an assessment, a workshop, a ballot, an invitation) that failed
// validation: its field problems, plus what could still be read of it to name it (network name,
// rubric), so a message can say which record and which question.
import type * as z from 'zod/mini';
import type { RubricRef } from './assessment';
import { fieldProblems } from './field-problems';
import { isPlainObject } from './json-input';
import type { ReadProblem, RecordKind, RecordProblem } from './problems';

/** The rubric a record says it uses, when that part of it is readable. */
export function rubricRefOf(data: unknown): RubricRef | null {
  const ref = isPlainObject(data) ? data.rubric : undefined;
  return isPlainObject(ref) && typeof ref.id === 'string' && typeof ref.version === 'string' ? { id: ref.id, version: ref.version } : null;
}

/** The network name a record carries, when it is text. */
export function networkNameOf(data: unknown): string | null {
  return isPlainObject(data) && typeof data.networkName === 'string' ? data.networkName : null;
}

export function invalidRecord(record: RecordKind, error: z.core.$ZodError, data: unknown): ReadProblem {
  return { code: 'invalid', record, rubric: rubricRefOf(data), problems: fieldProblems(error.issues, data) };
}

/** A record of a backup or a save that failed validation, or whose id does not match its key. */
export function recordProblem(
  what: RecordProblem['what'],
  at: RecordProblem['at'],
  data: unknown,
  error: z.core.$ZodError | null,
): RecordProblem {
  const problems = error
    ? fieldProblems(error.issues, data)
    : [{ code: 'id-mismatch' as const, key: 'key' in at ? at.key : '', path: ['id'], place: { field: 'id' } }];
  return { code: 'record', what, at, name: networkNameOf(data), rubric: rubricRefOf(data), problems };
}
