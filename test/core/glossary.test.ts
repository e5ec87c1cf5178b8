// Glossary matching: a term is found as a whole word in any case, in its listed forms, the longer
// of two overlapping terms wins, and accents and curly apostrophes are matched as a reader expects.
import { glossaryMatcher } from '../../src/core/glossary';

const match = glossaryMatcher([
  { term: 'federation', aliases: ['federations'] },
  { term: 'mutual fund', aliases: ['mutual funds'] },
  { term: 'fund' },
  { term: 'Chantier de l’économie sociale' },
  { term: 'co-op', aliases: ['co-ops'] },
]);
const found = (text: string) => match(text).map((m) => [m.entry, m.text]);

describe('glossaryMatcher', () => {
  it.each([
    ['The Federation speaks for us.', [[0, 'Federation']]],
    ['Two federations met.', [[0, 'federations']]],
    ['A confederation is not a federation.', [[0, 'federation']]],
    ['Federational is not a word here.', []],
    ['Coopfond is a mutual fund; a fund alone is shorter.', [[1, 'mutual fund'], [2, 'fund']]],
    ['Mutual funds in Italy.', [[1, 'Mutual funds']]],
    ["Ask the Chantier de l'économie sociale.", [[3, "Chantier de l'économie sociale"]]],
    ['CHANTIER DE L’ÉCONOMIE SOCIALE', [[3, 'CHANTIER DE L’ÉCONOMIE SOCIALE']]],
    ['Member co-ops and one co-op.', [[4, 'co-ops'], [4, 'co-op']]],
    ['A co-operative is not matched by co-op.', [[4, 'co-op']]],
    ['funding and refund', []],
  ])('in “%s” finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports where each match starts and ends in the text', () => {
    const text = 'Our federation runs a fund.';
    for (const m of match(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds nothing with an empty glossary', () => {
    expect(glossaryMatcher([])('any federation')).toEqual([]);
  });
});
