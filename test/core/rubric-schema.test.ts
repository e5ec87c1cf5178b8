// parseRubric: a broken rubric file is refused with a message a rubric author can act on,
// naming what is wrong and where (the path inside the file).
import { readFileSync } from 'node:fs';
import { parseRubric } from '../../src/core/rubric-schema';
import { rawFixtureRubric, rawFixtureRubricV2 } from './fixtures';

type RawRubric = ReturnType<typeof rawFixtureRubric>;
type RawRubricV2 = ReturnType<typeof rawFixtureRubricV2>;

/** Parses a copy of the fixture after `breakIt`, and returns the error text (failing if it parsed). */
function errorFor(breakIt: (rubric: RawRubric) => unknown): string {
  const rubric = rawFixtureRubric();
  const result = parseRubric(breakIt(rubric) ?? rubric);
  if (result.ok) throw new Error('expected the rubric to be rejected, but it parsed');
  return result.error;
}

describe('parseRubric', () => {
  it('accepts the fixture rubric', () => {
    expect(parseRubric(rawFixtureRubric()).ok).toBe(true);
  });

  it.each<{ name: string; breakIt: (r: RawRubric) => unknown; words: string[] }>([
    {
      name: 'an indicator id used again in another principle',
      breakIt: (r) => void (r.principles[1]!.indicators[2]!.id = 'alpha-1'),
      words: ['duplicate id "alpha-1"', 'principles[0].indicators[0].id', 'principles[1].indicators[2].id'],
    },
    {
      name: 'a recommendation id that repeats a principle id',
      breakIt: (r) => void (r.principles[0]!.recommendations.high[1]!.id = 'beta'),
      words: ['duplicate id "beta"', 'principles[1].id'],
    },
    {
      name: 'an indicator with only four levels',
      breakIt: (r) => void r.principles[0]!.indicators[1]!.levels.pop(),
      words: ['5 items', 'principles[0].indicators[1].levels'],
    },
    {
      name: 'bands that do not start at 0',
      breakIt: (r) => void (r.bands[0]!.min = 5),
      words: ['first band must start at 0', 'bands[0].min'],
    },
    {
      name: 'bands out of ascending order',
      breakIt: (r) => void (r.bands[2]!.min = 25),
      words: ['ascending order', 'bands[2].min'],
    },
    {
      name: 'middleFrom equal to highFrom',
      breakIt: (r) => void (r.recommendationTiers.middleFrom = 70),
      words: ['middleFrom must be lower than highFrom', 'recommendationTiers'],
    },
    {
      name: 'middleFrom above highFrom',
      breakIt: (r) => void (r.recommendationTiers.middleFrom = 80),
      words: ['middleFrom must be lower than highFrom'],
    },
    {
      name: 'an id that is not kebab-case',
      breakIt: (r) => void (r.principles[0]!.id = 'Alpha_One'),
      words: ['kebab-case', 'principles[0].id'],
    },
    {
      name: 'an unknown key at the top',
      breakIt: (r) => ({ ...r, colour: 'red' }),
      words: ['Unrecognized key', '"colour"'],
    },
    {
      name: 'an unknown key inside an indicator',
      breakIt: (r) => void Object.assign(r.principles[1]!.indicators[0]!, { weight: 2 }),
      words: ['Unrecognized key', '"weight"', 'principles[1].indicators[0]'],
    },
    {
      name: 'a stage other than the last without next steps',
      breakIt: (r) => void (r.stages[0]!.nextSteps = []),
      words: ['at least one next step', 'stages[0].nextSteps'],
    },
  ])('rejects $name, saying what and where', ({ breakIt, words }) => {
    const error = errorFor(breakIt);
    for (const word of words) expect(error).toContain(word);
  });

  it('names every problem, each with its own path, in one readable string', () => {
    const error = errorFor((r) => {
      r.principles[0]!.indicators[1]!.levels.pop();
      r.principles[1]!.indicators[2]!.id = 'alpha-1';
    });
    expect(typeof error).toBe('string');
    expect(error).not.toContain('[object Object]');
    expect(error).toContain('principles[0].indicators[1].levels');
    expect(error).toContain('duplicate id "alpha-1"');
    expect(error.split('\n').filter((line) => line.includes('→ at'))).toHaveLength(2);
  });

  it('rejects something that is not a rubric at all without throwing', () => {
    for (const data of [null, [], 'five-principles', 42]) {
      const result = parseRubric(data);
      expect(result.ok).toBe(false);
    }
  });
});

describe('parseRubric: schemaVersion 2', () => {
  function errorForV2(breakIt: (rubric: RawRubricV2) => unknown): string {
    const rubric = rawFixtureRubricV2();
    const result = parseRubric(breakIt(rubric) ?? rubric);
    if (result.ok) throw new Error('expected the rubric to be rejected, but it parsed');
    return result.error;
  }

  it('accepts subtitles, a glossary, and a lead and first step on every recommendation', () => {
    const result = parseRubric(rawFixtureRubricV2());
    expect(result.ok ? result.value.glossary?.map((g) => g.term) : result.error).toEqual(['federation', 'Coopérative']);
  });

  it('keeps the new fields optional: a version 2 file without them parses', () => {
    const { glossary: _g, ...rest } = rawFixtureRubricV2();
    expect(parseRubric({ ...rest, principles: rawFixtureRubric().principles }).ok).toBe(true);
  });

  it('still reads a schemaVersion 1 file: the shipped rubric as it was at 1.0.0', () => {
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/five-principles-1.0.0.json', import.meta.url), 'utf8'));
    expect(v1.schemaVersion).toBe(1);
    const result = parseRubric(v1);
    expect(result.ok ? result.value.version : result.error).toBe('1.0.0');
  });

  it('refuses version 2 fields in a version 1 file, saying which version to declare', () => {
    const v1 = { ...rawFixtureRubricV2(), schemaVersion: 1 };
    const error = parseRubric(v1);
    if (error.ok) throw new Error('expected a refusal');
    expect(error.error).toContain('"glossary" belongs to schemaVersion 2');
    expect(error.error).toContain('principles[0].subtitle');
    expect(error.error).toContain('principles[1].recommendations.high[1].firstStep');
  });

  it('refuses a schemaVersion it does not know', () => {
    expect(parseRubric({ ...rawFixtureRubricV2(), schemaVersion: 3 }).ok).toBe(false);
  });

  it.each<{ name: string; breakIt: (r: RawRubricV2) => unknown; words: string[] }>([
    {
      name: 'a glossary term defined twice, in another case',
      breakIt: (r) => void r.glossary.push({ term: 'Federation', definition: 'Again.' }),
      words: ['duplicate glossary term "Federation"', 'glossary[0]', 'glossary[2].term'],
    },
    {
      name: 'an alias that repeats another term',
      breakIt: (r) => void r.glossary.push({ term: 'union', definition: 'A union.', aliases: ['coopérative'] }),
      words: ['duplicate glossary term "coopérative"', 'glossary[2].aliases[0]'],
    },
    {
      name: 'a level description over 60 words',
      breakIt: (r) => void (r.principles[1]!.indicators[2]!.levels[3]!.description = Array.from({ length: 61 }, () => 'word').join(' ')),
      words: ['61 words', 'at most 60', 'principles[1].indicators[2].levels[3].description'],
    },
    {
      name: 'two levels with the same label',
      breakIt: (r) => void (r.principles[0]!.indicators[0]!.levels[4]!.label = 'none'),
      words: ['duplicate label "none"', 'principles[0].indicators[0].levels[4].label'],
    },
    {
      name: 'two levels with the same description',
      breakIt: (r) => void (r.principles[0]!.indicators[0]!.levels[2]!.description = 'What level 1 looks like.'),
      words: ['repeats level 1', 'principles[0].indicators[0].levels[2].description'],
    },
    {
      name: 'a history that adds an id no question has',
      breakIt: (r) => void (r.history = [{ version: '1.0.0', added: ['alpha-9'] }]),
      words: ['"alpha-9"', 'history[0].added'],
    },
    {
      name: 'a history that renames to a missing id',
      breakIt: (r) => void (r.history = [{ version: '1.0.0', renamed: { 'old-a': 'new-a' } }]),
      words: ['"new-a"', 'history[0].renamed'],
    },
    {
      name: 'a history newer than the rubric',
      breakIt: (r) => void (r.history = [{ version: '1.1.0' }]),
      words: ['1.1.0', 'later than', 'history[0].version'],
    },
  ])('rejects $name, saying what and where', ({ breakIt, words }) => {
    const error = errorForV2(breakIt);
    for (const word of words) expect(error).toContain(word);
  });
});
