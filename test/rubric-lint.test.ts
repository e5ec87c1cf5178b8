// The writing rules of docs/rubric-format.md, checked on every rubric Fivefold ships and every
// example in rubrics/examples/: so that two readers pick the same level, every term a reader may not
// know is explained, and assessments made with older versions can still be placed. The rules
// themselves are in test/helpers/rubric-lint.ts, shared with the translation test.
import { readdirSync, readFileSync } from 'node:fs';
import { parseRubric } from '../src/core/rubric-schema';
import type { Rubric } from '../src/core/rubric-schema';
import { MAX_LEVEL_WORDS } from '../src/core/rubric-v2-checks';
import {
  historyProblems,
  labelPrefixProblems,
  levelShapeProblems,
  longLevelProblems,
  missingVersionTwoFields,
  unusedGlossaryTerms,
} from './helpers/rubric-lint';

const rubricsDir = new URL('../rubrics/', import.meta.url);
const examplesDir = new URL('examples/', rubricsDir);

const files = [
  ...readdirSync(rubricsDir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => ({ name: `rubrics/${f}`, url: new URL(f, rubricsDir) })),
  ...readdirSync(examplesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: `rubrics/examples/${f}`, url: new URL(f, examplesDir) })),
];

function load(url: URL): Rubric {
  const result = parseRubric(JSON.parse(readFileSync(url, 'utf8')));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

it('finds the shipped rubric and at least one example', () => {
  expect(files.map((f) => f.name)).toContain('rubrics/five-principles.json');
  expect(files.some((f) => f.name.startsWith('rubrics/examples/'))).toBe(true);
});

describe.each(files)('$name', ({ url }) => {
  const rubric = load(url);

  it('has five levels per indicator, each with a label and description that no other level repeats', () => {
    expect(levelShapeProblems(rubric)).toEqual([]);
  });

  it('starts no level label with another label of the same indicator, so each choice has its own name', () => {
    expect(labelPrefixProblems(rubric)).toEqual([]);
  });

  it(`keeps every level description to ${MAX_LEVEL_WORDS} words or fewer`, () => {
    expect(longLevelProblems(rubric)).toEqual([]);
  });

  it('uses every glossary term (or one of its aliases) somewhere a reader meets it', () => {
    expect(unusedGlossaryTerms(rubric)).toEqual([]);
  });

  it('has a history whose every id resolves against the current questions', () => {
    expect(historyProblems(rubric)).toEqual([]);
  });

  it('gives every principle a subtitle and every recommendation a lead and a first step when it uses schemaVersion 2', () => {
    expect(missingVersionTwoFields(rubric)).toEqual([]);
  });
});

describe.each(files.filter((f) => f.name.startsWith('rubrics/examples/')))('example $name', ({ url }) => {
  it('never says "Five Principles", which belongs to the shipped rubric only', () => {
    expect(readFileSync(url, 'utf8')).not.toMatch(/five\s+principles/i);
  });
});

describe('the lint rules catch what they are for', () => {
  const base = load(new URL('five-principles.json', rubricsDir));
  const edited = (edit: (r: Rubric) => void): Rubric => {
    const copy = structuredClone(base);
    edit(copy);
    return copy;
  };
  const first = (r: Rubric) => r.principles[0]!.indicators[0]!;

  it.each<{ name: string; rule: (r: Rubric) => string[]; edit: (r: Rubric) => void }>([
    { name: 'a repeated label', rule: levelShapeProblems, edit: (r) => void (first(r).levels[1]!.label = first(r).levels[0]!.label) },
    { name: 'a label that begins another', rule: labelPrefixProblems, edit: (r) => void (first(r).levels[1]!.label = 'Nothing') },
    { name: 'a long level', rule: longLevelProblems, edit: (r) => void (first(r).levels[2]!.description = 'word '.repeat(MAX_LEVEL_WORDS + 1)) },
    { name: 'an unused glossary term', rule: unusedGlossaryTerms, edit: (r) => void r.glossary!.push({ term: 'zyzzyva', definition: 'A beetle.' }) },
    { name: 'a dangling history id', rule: historyProblems, edit: (r) => void r.history![0]!.added!.push('no-such-question') },
    { name: 'a missing first step', rule: missingVersionTwoFields, edit: (r) => void delete r.principles[1]!.recommendations.low[0]!.firstStep },
  ])('reports $name', ({ rule, edit }) => {
    expect(rule(base)).toEqual([]);
    expect(rule(edited(edit))).not.toEqual([]);
  });
});
