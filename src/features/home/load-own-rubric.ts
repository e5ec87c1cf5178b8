// Reading a rubric file the user picked (or the bundled example) and checking it with the same schema
// as the built-in rubric. Loaded only when needed: it carries the rubric schema and the example.
import { DEFAULT_RUBRIC_REF } from '../../core/default-rubric-ref';
import { isPlainObject, readJson } from '../../core/json-input';
import type { TranslatedRubricRef, TranslationCheck } from '../../core/own-rubric-translation';
import type { RubricCheck } from '../../core/rubric-problems';
import type { Rubric } from '../../core/rubric-schema';
import type { RubricTranslation } from '../../core/rubric-translation';
import { RUBRIC_TRANSLATION_TYPE } from '../../core/rubric-translation-type';
import { readProblemWords } from '../../components/problem-messages';
import type { Worded } from '../../components/problem-messages';
import { readFileText } from '../../lib/read-file-text';
import { ownRubricMessages as m, rubricProblemWords, translationProblemWords } from './own-rubric-messages';
import type { RubricCheckRequest } from './rubric-check-request';

export type RubricOutcome = { ok: true; rubric: Rubric } | { ok: false; words: Worded };

/** What a file the own-rubric button was given turned out to be. */
export type FileOutcome =
  | { ok: true; kind: 'rubric'; rubric: Rubric }
  | { ok: true; kind: 'translation'; translation: RubricTranslation; rubric: TranslatedRubricRef }
  | { ok: false; kind: 'rubric' | 'translation'; words: Worded };

/** Shown at most, so a file with a hundred problems still gives a readable message. */
const MAX_ITEMS = 10;

/**
 * Runs the check in a worker (rubric-check-worker.ts; see there for why). Never here in the page: a
 * page-side import of the full schema would pull zod's classic API into the first screen's chunks.
 */
function inWorker<T>(request: RubricCheckRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./rubric-check-worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<T>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message));
      worker.terminate();
    };
    worker.postMessage(request);
  });
}

const checkRubric = (data: unknown) => inWorker<RubricCheck>({ kind: 'rubric', data });

/** Lists at most MAX_ITEMS problems, then says how many more the Details hold. */
function listed(problems: readonly string[]): string[] {
  const more = problems.length - MAX_ITEMS;
  return more > 0 ? [...problems.slice(0, MAX_ITEMS), m.moreProblems(more)] : [...problems];
}

export async function checkRubricData(data: unknown): Promise<RubricOutcome> {
  const checked = await checkRubric(data);
  if (!checked.ok) {
    return {
      ok: false,
      words: {
        lead: [m.problems(checked.problems.length)],
        items: listed(checked.problems.map(rubricProblemWords)),
        details: checked.problems.map((p) => p.technical).join('\n'),
      },
    };
  }
  if (checked.rubric.id === DEFAULT_RUBRIC_REF.id) {
    return { ok: false, words: { lead: [m.builtinId(checked.rubric.id)], items: [], details: `id: ${checked.rubric.id}` } };
  }
  return { ok: true, rubric: checked.rubric };
}

/** Checks a translation file against the library's rubrics (`library`, as written: not translated). */
export async function checkTranslationData(data: unknown, library: readonly Rubric[]): Promise<FileOutcome> {
  const checked = await inWorker<TranslationCheck>({ kind: 'translation', data, library });
  if (checked.ok) return { ok: true, kind: 'translation', translation: checked.translation, rubric: checked.rubric };
  return { ok: false, kind: 'translation', words: translationWords(checked) };
}

function translationWords(checked: Exclude<TranslationCheck, { ok: true }>): Worded {
  switch (checked.code) {
    case 'shape':
      return { lead: [m.translation.shape], items: [], details: checked.technical };
    case 'builtin':
      return { lead: [m.translation.builtin], items: [], details: `rubric: ${checked.id} ${checked.version}` };
    case 'no-rubric': {
      const lead = checked.title === null
        ? m.translation.noRubric(checked.id, checked.version)
        : m.translation.otherVersion(checked.title, checked.version, checked.versions.join(', '));
      return { lead: [lead], items: [], details: `rubric: ${checked.id} ${checked.version}` };
    }
    case 'misfit':
      return {
        lead: [m.translation.misfit(languageName(checked.language), checked.rubric.title, checked.rubric.version, checked.problems.length)],
        items: listed(checked.problems.map(translationProblemWords)),
        details: checked.problems.map((p) => JSON.stringify({ ...p, place: undefined })).join('\n'),
      };
    case 'applied':
      return {
        lead: [m.translation.applied(languageName(checked.language), checked.rubric.title, checked.problems.length)],
        items: listed(checked.problems.map(rubricProblemWords)),
        details: checked.problems.map((p) => p.technical).join('\n'),
      };
  }
}

/** A language's name in the reader's language ("French"), or its tag when the app does not name it. */
export function languageName(tag: string): string {
  const names: Record<string, string> = m.languages;
  return Object.hasOwn(names, tag) ? names[tag]! : tag;
}

/** Reads a file given to the own-rubric button: a rubric, or a translation of one of `library`'s rubrics. */
export async function readOwnRubricFile(file: File, library: readonly Rubric[]): Promise<FileOutcome> {
  const text = await readFileText(file);
  const data = text.ok ? readJson(text.value) : text;
  if (!data.ok) return { ok: false, kind: 'rubric', words: readProblemWords(data.problem, { rubrics: [], source: 'file' }) };
  if (isPlainObject(data.value) && data.value.type === RUBRIC_TRANSLATION_TYPE) return checkTranslationData(data.value, library);
  const checked = await checkRubricData(data.value);
  return checked.ok ? { ok: true, kind: 'rubric', rubric: checked.rubric } : { ok: false, kind: 'rubric', words: checked.words };
}

/** Translations kept with a rubric that replaces one of the same id and version, when they still fit it. */
export async function translationsThatFit(rubric: Rubric, translations: Record<string, RubricTranslation> | undefined) {
  const out: Record<string, RubricTranslation> = {};
  for (const [language, t] of Object.entries(translations ?? {})) {
    const checked = await inWorker<TranslationCheck>({ kind: 'translation', data: t, library: [rubric] });
    if (checked.ok) out[language] = checked.translation;
  }
  return out;
}

/** The example shipped in rubrics/examples/, as a demonstration. */
export async function exampleRubric(): Promise<RubricOutcome> {
  const example = await import('../../../rubrics/examples/housing-federation-health-check.json');
  return checkRubricData(example.default);
}
