// Reading a rubric file the user picked (or the bundled example) and checking it with the same schema
// as the built-in rubric. Loaded only when needed: it carries the rubric schema and the example.
import { DEFAULT_RUBRIC_REF } from '../../core/default-rubric-ref';
import { readJson } from '../../core/json-input';
import type { RubricCheck } from '../../core/rubric-problems';
import type { Rubric } from '../../core/rubric-schema';
import { readProblemWords } from '../../components/problem-messages';
import type { Worded } from '../../components/problem-messages';
import { readFileText } from '../../lib/read-file-text';
import { ownRubricMessages as m, rubricProblemWords } from './own-rubric-messages';

export type RubricOutcome = { ok: true; rubric: Rubric } | { ok: false; words: Worded };

/** Shown at most, so a file with a hundred problems still gives a readable message. */
const MAX_ITEMS = 10;

/**
 * Runs the check in a worker (rubric-check-worker.ts; see there for why). Never here in the page: a
 * page-side import of the full schema would pull zod's classic API into the first screen's chunks.
 */
function checkRubric(data: unknown): Promise<RubricCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./rubric-check-worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<RubricCheck>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message));
      worker.terminate();
    };
    worker.postMessage(data);
  });
}

export async function checkRubricData(data: unknown): Promise<RubricOutcome> {
  const checked = await checkRubric(data);
  if (!checked.ok) {
    const items = checked.problems.slice(0, MAX_ITEMS).map(rubricProblemWords);
    const more = checked.problems.length - MAX_ITEMS;
    return {
      ok: false,
      words: {
        lead: [m.problems(checked.problems.length)],
        items: more > 0 ? [...items, m.moreProblems(more)] : items,
        details: checked.problems.map((p) => p.technical).join('\n'),
      },
    };
  }
  if (checked.rubric.id === DEFAULT_RUBRIC_REF.id) {
    return { ok: false, words: { lead: [m.builtinId(checked.rubric.id)], items: [], details: `id: ${checked.rubric.id}` } };
  }
  return { ok: true, rubric: checked.rubric };
}

export async function readRubricFile(file: File): Promise<RubricOutcome> {
  const text = await readFileText(file);
  const data = text.ok ? readJson(text.value) : text;
  if (!data.ok) return { ok: false, words: readProblemWords(data.problem, { rubrics: [], source: 'file' }) };
  return checkRubricData(data.value);
}

/** The example shipped in rubrics/examples/, as a demonstration. */
export async function exampleRubric(): Promise<RubricOutcome> {
  const example = await import('../../../rubrics/examples/housing-federation-health-check.json');
  return checkRubricData(example.default);
}
