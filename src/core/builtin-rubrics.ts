// The rubrics that ship with the app. They are validated like any other rubric file.
import fivePrinciplesJson from '../../rubrics/five-principles.json';
import { parseRubric } from './rubric-schema';
import type { Rubric } from './rubric-schema';
import type { RubricRef } from './assessment';

function mustParse(data: unknown, file: string): Rubric {
  const result = parseRubric(data);
  if (!result.ok) throw new Error(`The built-in rubric ${file} is invalid:\n${result.error}`);
  return result.value;
}

export const FIVE_PRINCIPLES: Rubric = mustParse(fivePrinciplesJson, 'rubrics/five-principles.json');

export const BUILTIN_RUBRICS: readonly Rubric[] = [FIVE_PRINCIPLES];

export const DEFAULT_RUBRIC = FIVE_PRINCIPLES;

export function findRubric(ref: Pick<RubricRef, 'id'>, rubrics: readonly Rubric[] = BUILTIN_RUBRICS): Rubric | null {
  return rubrics.find((r) => r.id === ref.id) ?? null;
}
