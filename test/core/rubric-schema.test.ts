// parseRubric: a broken rubric file is refused with a message a rubric author can act on,
// naming what is wrong and where (the path inside the file).
import { parseRubric } from '../../src/core/rubric-schema';
import { rawFixtureRubric } from './fixtures';

type RawRubric = ReturnType<typeof rawFixtureRubric>;

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
