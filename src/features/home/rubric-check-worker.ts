// Checks a rubric file off the page, in its own bundle: the full rubric schema (zod's classic API)
// then never shares a chunk with the first screen's smaller validator, so the first screen stays light.
import { checkRubric } from '../../core/rubric-problems';

self.onmessage = (event: MessageEvent<unknown>) => {
  self.postMessage(checkRubric(event.data));
};
