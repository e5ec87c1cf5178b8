// The writing rules of docs/rubric-format.md, checked on every rubric Fivefold ships and every
// example in rubrics/examples/: so that two readers pick the same level, every term a reader may not
// know is explained, and assessments made with older versions can still be placed.
import { readdirSync, readFileSync } from 'node:fs';
import { glossaryMatcher, termKey } from '../src/core/glossary';
import { historyIssues } from '../src/core/rubric-history-check';
import { parseRubric } from '../src/core/rubric-schema';
import type { Rubric } from '../src/core/rubric-schema';
import { MAX_LEVEL_WORDS } from '../src/core/rubric-v2-checks';
import { wordCount } from '../src/core/text-words';

const rubricsDir = new URL('../rubrics/', import.meta.url);
const examplesDir = new URL('examples/', rubricsDir);

const files = [
  ...readdirSync(rubricsDir)
    .filter((f) => f.endsWith('.json') && f !== 'rubric.schema.json')
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

/** Every text a reader meets, with where it is, for the glossary check. */
function readerTexts(rubric: Rubric): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [{ where: 'description', text: rubric.description }];
  rubric.principles.forEach((p, pi) => {
    const at = `principle ${pi + 1}`;
    for (const text of [p.title, p.subtitle ?? '', p.definition, p.whyItMatters]) out.push({ where: at, text });
    p.indicators.forEach((ind, ii) => {
      for (const text of [ind.question, ind.help, ...ind.levels.flatMap((l) => [l.label, l.description])]) {
        out.push({ where: `${at}, question ${ii + 1}`, text });
      }
    });
    for (const tier of ['low', 'middle', 'high'] as const) {
      for (const r of p.recommendations[tier]) {
        for (const text of [r.text, r.lead ?? '', r.firstStep ?? '']) out.push({ where: `${at}, ${tier} recommendations`, text });
      }
    }
  });
  for (const s of rubric.stages) for (const text of [s.title, s.description, ...s.nextSteps]) out.push({ where: `stage ${s.id}`, text });
  for (const o of rubric.outcomes) out.push({ where: `outcome ${o.id}`, text: `${o.title}. ${o.description}` });
  return out;
}

it('finds the shipped rubric and at least one example', () => {
  expect(files.map((f) => f.name)).toContain('rubrics/five-principles.json');
  expect(files.some((f) => f.name.startsWith('rubrics/examples/'))).toBe(true);
});

describe.each(files)('$name', ({ url }) => {
  const rubric = load(url);
  const indicators = rubric.principles.flatMap((p) => p.indicators);

  it('has five levels per indicator, each with a label and description that no other level repeats', () => {
    for (const ind of indicators) {
      expect(ind.levels, ind.id).toHaveLength(5);
      const labels = ind.levels.map((l) => termKey(l.label));
      const descriptions = ind.levels.map((l) => termKey(l.description));
      expect(labels.every((l) => l !== ''), ind.id).toBe(true);
      expect(descriptions.every((d) => d !== ''), ind.id).toBe(true);
      expect(new Set(labels).size, `${ind.id}: duplicate label`).toBe(5);
      expect(new Set(descriptions).size, `${ind.id}: duplicate description`).toBe(5);
    }
  });

  it('starts no level label with another label of the same indicator, so each choice has its own name', () => {
    for (const ind of indicators) {
      const labels = ind.levels.map((l) => termKey(l.label));
      for (const a of labels) for (const b of labels) if (a !== b) expect(b.startsWith(a), `${ind.id}: "${a}" begins "${b}"`).toBe(false);
    }
  });

  it(`keeps every level description to ${MAX_LEVEL_WORDS} words or fewer`, () => {
    const long = indicators.flatMap((ind) =>
      ind.levels.map((l, li) => ({ at: `${ind.id} level ${li}`, words: wordCount(l.description) })).filter((x) => x.words > MAX_LEVEL_WORDS),
    );
    expect(long).toEqual([]);
  });

  it('uses every glossary term (or one of its aliases) somewhere a reader meets it', () => {
    const glossary = rubric.glossary ?? [];
    const match = glossaryMatcher(glossary);
    const used = new Set<number>();
    for (const { text } of readerTexts(rubric)) for (const m of match(text)) used.add(m.entry);
    // A term explained only inside another term's definition still helps that reader.
    glossary.forEach((entry, gi) => {
      for (const m of match(`${entry.definition} ${entry.example ?? ''}`)) if (m.entry !== gi) used.add(m.entry);
    });
    expect(glossary.filter((_, gi) => !used.has(gi)).map((g) => g.term)).toEqual([]);
  });

  it('has a history whose every id resolves against the current questions', () => {
    const ids = new Set(indicators.map((i) => i.id));
    expect(historyIssues(ids, rubric.version, rubric.history ?? [])).toEqual([]);
  });

  it('gives every recommendation a lead and a first step when it uses schemaVersion 2', () => {
    if (rubric.schemaVersion < 2) return;
    for (const p of rubric.principles) {
      for (const tier of ['low', 'middle', 'high'] as const) {
        for (const r of p.recommendations[tier]) {
          expect(r.lead?.trim(), `${r.id}: lead`).toBeTruthy();
          expect(r.firstStep?.trim(), `${r.id}: firstStep`).toBeTruthy();
        }
      }
    }
  });

  it('gives every principle a subtitle when it uses schemaVersion 2', () => {
    if (rubric.schemaVersion < 2) return;
    for (const p of rubric.principles) expect(p.subtitle?.trim(), p.id).toBeTruthy();
  });
});

describe.each(files.filter((f) => f.name.startsWith('rubrics/examples/')))('example $name', ({ url }) => {
  it('never says "Five Principles", which belongs to the shipped rubric only', () => {
    expect(readFileSync(url, 'utf8')).not.toMatch(/five\s+principles/i);
  });
});
