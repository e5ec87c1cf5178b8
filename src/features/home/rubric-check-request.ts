// What the page asks the rubric-check worker, and how the worker answers: a rubric file is answered
// with a RubricCheck, a translation file (checked against the library's rubrics) with a
// TranslationCheck. The page imports only the types: the answer carries the whole schema library.
import { checkOwnTranslation } from '../../core/own-rubric-translation';
import { checkRubric } from '../../core/rubric-problems';
import type { Rubric } from '../../core/rubric-schema';

export type RubricCheckRequest = { kind: 'rubric'; data: unknown } | { kind: 'translation'; data: unknown; library: readonly Rubric[] };

export function answerRubricCheck(request: RubricCheckRequest) {
  return request.kind === 'translation' ? checkOwnTranslation(request.data, request.library) : checkRubric(request.data);
}
