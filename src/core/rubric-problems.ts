// Checking a federation's own rubric file, with each problem placed as a person finds it: which
// principle, question, level, recommendation… (positions from 0 here; the words count from 1) and
// which field, with a code and its numbers. The same schema as the shipped rubric decides.
// Loaded only when someone opens a rubric file: it carries the whole rubric schema.
import type { z } from 'zod';
import { kindOf, valueAt } from './field-problems';
import type { PathKey, ValueKind } from './problems';
import { rubricSchema } from './rubric-schema';
import type { Rubric } from './rubric-schema';

export type Tier = 'low' | 'middle' | 'high';

/** Where in a rubric a field sits; each position from 0. */
export interface RubricPlace {
  principle?: number;
  question?: number;
  level?: number;
  recommendation?: { tier: Tier; index: number };
  band?: number;
  stage?: number;
  nextStep?: number;
  outcome?: number;
  glossary?: number;
  alias?: number;
  history?: number;
}

type Params =
  | { code: 'missing' }
  | { code: 'empty' }
  | { code: 'wrong-type'; expected: ValueKind; received: ValueKind }
  | { code: 'too-long'; length: number; max: number }
  | { code: 'too-few'; count: number; min: number }
  | { code: 'too-many'; count: number; max: number }
  | { code: 'wrong-count'; count: number; expected: number }
  | { code: 'out-of-range'; value: number; min: number | null; max: number | null }
  | { code: 'bad-id'; value: string }
  | { code: 'bad-format'; value: string }
  | { code: 'duplicate'; value: string }
  | { code: 'unknown-field'; key: string }
  | { code: 'unknown-value'; allowed: (string | number)[] }
  | { code: 'too-many-words'; words: number; max: number }
  | { code: 'rule' };

/** One thing wrong; `field` is the field's own name ('description', 'id'…), '' for a whole entry. */
export type RubricProblem = Params & { path: PathKey[]; place: RubricPlace; field: string; technical: string };

export type RubricCheck = { ok: true; rubric: Rubric } | { ok: false; problems: RubricProblem[] };

const LISTS: Record<string, keyof RubricPlace> = {
  principles: 'principle', indicators: 'question', levels: 'level', bands: 'band', stages: 'stage',
  nextSteps: 'nextStep', outcomes: 'outcome', glossary: 'glossary', aliases: 'alias', history: 'history',
};
const TIERS = new Set<string>(['low', 'middle', 'high']);

export function rubricPlaceOf(path: readonly PathKey[]): { place: RubricPlace; field: string } {
  const place: RubricPlace = {};
  let field = '';
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i]!;
    const next = path[i + 1];
    if (key === 'recommendations' && typeof next === 'string' && TIERS.has(next) && typeof path[i + 2] === 'number') {
      place.recommendation = { tier: next as Tier, index: path[i + 2] as number };
      field = '';
      i += 2;
    } else if (typeof key === 'string' && Object.hasOwn(LISTS, key) && typeof next === 'number') {
      (place as Record<string, number>)[LISTS[key]!] = next;
      field = '';
      i += 1;
    } else if (typeof key === 'string') {
      field = field === '' ? key : `${field}.${key}`;
    }
  }
  return { place, field };
}

const EXPECTED: Record<string, ValueKind> = {
  string: 'text', number: 'number', int: 'whole-number', boolean: 'yes-no', array: 'list', tuple: 'list',
  object: 'entries', record: 'entries', null: 'nothing',
};

function paramsOf(issue: z.core.$ZodIssue, value: unknown): Params[] {
  if (value === undefined && issue.code !== 'unrecognized_keys') return [{ code: 'missing' }];
  const size = typeof value === 'string' || Array.isArray(value) ? value.length : 0;
  switch (issue.code) {
    case 'invalid_type':
      return [{ code: 'wrong-type', expected: EXPECTED[issue.expected] ?? 'other', received: kindOf(value) }];
    case 'too_big':
      if (issue.origin === 'string') return [{ code: 'too-long', length: size, max: Number(issue.maximum) }];
      if (issue.origin === 'array') {
        return [issue.exact ? { code: 'wrong-count', count: size, expected: Number(issue.maximum) } : { code: 'too-many', count: size, max: Number(issue.maximum) }];
      }
      return [{ code: 'out-of-range', value: Number(value), min: null, max: Number(issue.maximum) }];
    case 'too_small':
      if (issue.origin === 'string') return [{ code: 'empty' }];
      if (issue.origin === 'array') {
        return [issue.exact ? { code: 'wrong-count', count: size, expected: Number(issue.minimum) } : { code: 'too-few', count: size, min: Number(issue.minimum) }];
      }
      return [{ code: 'out-of-range', value: Number(value), min: Number(issue.minimum), max: null }];
    case 'invalid_format':
      return typeof value === 'string' && /kebab/.test(issue.message) ? [{ code: 'bad-id', value }] : [{ code: 'bad-format', value: String(value) }];
    case 'invalid_value':
      return [{ code: 'unknown-value', allowed: issue.values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number') }];
    case 'invalid_union':
      return [{ code: 'unknown-value', allowed: issue.errors.flatMap((b) => b.flatMap((e) => (e.code === 'invalid_value' ? e.values : []))).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number') }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ code: 'unknown-field', key }));
    case 'custom': {
      const duplicate = /^duplicate [^"]*"([^"]*)"/.exec(issue.message);
      if (duplicate) return [{ code: 'duplicate', value: duplicate[1]! }];
      const words = /has (\d+) words; keep a level to at most (\d+)/.exec(issue.message);
      if (words) return [{ code: 'too-many-words', words: Number(words[1]), max: Number(words[2]) }];
      return [{ code: 'rule' }];
    }
    default:
      return [{ code: 'rule' }];
  }
}

/** Validates parsed JSON as a rubric; on failure, every problem with its place. */
export function checkRubric(data: unknown): RubricCheck {
  const result = rubricSchema.safeParse(data);
  if (result.success) return { ok: true, rubric: result.data };
  const problems = result.error.issues.flatMap((issue) => {
    const path = issue.path.map((k): PathKey => (typeof k === 'number' ? k : String(k)));
    const { place, field } = rubricPlaceOf(path);
    const technical = `${path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '') || '(top level)'}: ${issue.message}`;
    return paramsOf(issue, valueAt(data, path)).map((params) => ({ ...params, path, place, field, technical }));
  });
  return { ok: false, problems };
}
