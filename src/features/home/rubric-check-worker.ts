// Checks a rubric file, or a translation of one of the library's rubrics, off the page, in its own
// bundle: the full rubric schema (zod's classic API) then never shares a chunk with the first
// screen's smaller validator, so the first screen stays light.
import { answerRubricCheck } from './rubric-check-request';
import type { RubricCheckRequest } from './rubric-check-request';

self.onmessage = (event: MessageEvent<RubricCheckRequest>) => {
  self.postMessage(answerRubricCheck(event.data));
};
