// Turns a validator's issues into field problems a person can be told about: which question, which
// field, what is wrong, with the numbers that matter (a length and its limit, a level and its range).
// Values are looked up in the data itself, so nothing depends on the validator's wording.
import type * as z from 'zod/mini';
import { LEVELS } from './answers';
import { isPlainObject } from './json-input';
import type { FieldProblem, PathKey, Place, ValueKind } from './problems';

type Issue = z.core.$ZodIssue;

function child(node: unknown, key: PathKey): unknown {
  if (Array.isArray(node) && typeof key === 'number') return node[key];
  if (isPlainObject(node) && typeof key === 'string' && Object.hasOwn(node, key)) return node[key];
  return undefined;
}

export function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  return path.reduce<unknown>(child, data);
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Where a path leads, as a person would find it: the question, ballot or group, and the field. */
export function placeOf(path: readonly PathKey[], data: unknown): Place {
  const place: Place = { field: '' };
  let prefix = '';
  let node = data;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i]!;
    const next = path[i + 1];
    const entry = child(node, key);
    if (key === 'ballots' && typeof next === 'number') {
      const ballot = child(entry, next);
      place.ballot = { index: next, participant: text(child(ballot, 'participant')) };
      node = ballot;
      prefix = '';
      place.field = '';
      i += 1;
    } else if (key === 'actions' && typeof next === 'number') {
      const action = child(entry, next);
      const words = text(child(action, 'text'));
      place.action = { index: next, text: words !== null && words.trim() !== '' ? words : null };
      node = action;
      prefix = 'action';
      place.field = prefix;
      i += 1;
    } else if (key === 'tallies' && typeof next === 'number') {
      const tally = child(entry, next);
      place.tally = next;
      const indicatorId = text(child(tally, 'indicatorId'));
      if (indicatorId !== null) place.indicatorId = indicatorId;
      node = tally;
      prefix = 'tally';
      place.field = prefix;
      i += 1;
    } else if ((key === 'answers' || key === 'consensus') && typeof next === 'string') {
      place.indicatorId = next;
      node = child(entry, next);
      prefix = key === 'answers' ? 'answer' : 'consensus';
      place.field = prefix;
      i += 1;
    } else if (key === 'outcomes' && typeof next === 'string') {
      place.outcomeId = next;
      place.field = 'outcome';
      return place;
    } else if (key === 'groups' && typeof next === 'number') {
      place.group = next;
      place.field = 'group';
      return place;
    } else if (typeof key === 'number') {
      return place; // a position inside a field (one of the counts of a show of hands): the field is enough
    } else {
      place.field = prefix === '' ? key : `${prefix}.${key}`;
      if (key === 'rubric') prefix = 'rubric';
      node = entry;
    }
  }
  return place;
}

const EXPECTED: Record<string, ValueKind> = {
  string: 'text', number: 'number', int: 'whole-number', boolean: 'yes-no', array: 'list', tuple: 'list',
  object: 'entries', record: 'entries', null: 'nothing',
};

export function kindOf(value: unknown): ValueKind {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'whole-number' : 'number';
  if (typeof value === 'boolean') return 'yes-no';
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'nothing';
  return isPlainObject(value) ? 'entries' : 'other';
}

/** A value worth quoting back to the user: a word or a number, cut short; null for anything else. */
function quotable(value: unknown): string | number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 59)}…` : value;
  if (typeof value === 'boolean') return String(value);
  return null;
}

/** The plain values a union or an enum would have accepted. */
function allowedValues(issue: Issue): (string | number)[] {
  if (issue.code === 'invalid_value') return issue.values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  if (issue.code === 'invalid_union') return issue.errors.flatMap((branch) => branch.flatMap(allowedValues));
  return [];
}

type Params = FieldProblem extends infer P ? (P extends FieldProblem ? Omit<P, 'path' | 'place'> : never) : never;

function paramsOf(issue: Issue, value: unknown, place: Place): Params[] {
  const range = { min: LEVELS[0], max: LEVELS[LEVELS.length - 1]! };
  if (place.field === 'answer.value') {
    return [typeof value === 'number' ? { code: 'level-out-of-range', value, ...range } : { code: 'not-an-answer', value: quotable(value), ...range }];
  }
  if (place.field === 'consensus.level' && typeof value === 'number') return [{ code: 'level-out-of-range', value, ...range }];
  if (value === undefined && issue.code !== 'unrecognized_keys') return [{ code: 'missing' }];
  const size = typeof value === 'string' || Array.isArray(value) ? value.length : 0;
  switch (issue.code) {
    case 'invalid_type':
      return [{ code: 'wrong-type', expected: EXPECTED[issue.expected] ?? 'other', received: kindOf(value) }];
    case 'too_big':
      if (issue.origin === 'string') return [{ code: 'too-long', length: size, max: Number(issue.maximum) }];
      if (issue.origin === 'array') return [{ code: 'too-many', count: size, max: Number(issue.maximum) }];
      return typeof value === 'number' ? [{ code: 'out-of-range', value, min: null, max: Number(issue.maximum) }] : [{ code: 'unreadable' }];
    case 'too_small':
      if (issue.origin === 'string') return [{ code: 'empty' }];
      if (issue.origin === 'array') return [{ code: 'too-few', count: size, min: Number(issue.minimum) }];
      return typeof value === 'number' ? [{ code: 'out-of-range', value, min: Number(issue.minimum), max: null }] : [{ code: 'unreadable' }];
    case 'invalid_format':
      if (issue.format === 'date' || issue.format === 'datetime') {
        return [{ code: 'bad-date', value: String(quotable(value)), format: issue.format === 'date' ? 'date' : 'date-time' }];
      }
      return [{ code: 'unreadable' }];
    case 'invalid_value':
    case 'invalid_union': {
      const allowed = allowedValues(issue);
      return allowed.length > 0 ? [{ code: 'unknown-value', value: quotable(value), allowed }] : [{ code: 'unreadable' }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ code: 'unknown-field', key }));
    case 'custom':
      return issue.params?.problem === 'listed-twice' && typeof value === 'string' ? [{ code: 'listed-twice', value }] : [{ code: 'unreadable' }];
    default:
      return [{ code: 'unreadable' }];
  }
}

/** One field problem per thing wrong; `data` is what was validated, to look values up in. */
export function fieldProblems(issues: readonly Issue[], data: unknown): FieldProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((k): PathKey => (typeof k === 'number' ? k : String(k)));
    const place = placeOf(path, data);
    return paramsOf(issue, valueAt(data, path), place).map((params) => ({ ...params, path, place }) as FieldProblem);
  });
}
