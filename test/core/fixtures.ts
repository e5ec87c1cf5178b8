// A small hand-built rubric for core tests: two principles of four indicators, so every
// expected score in the tables can be worked out on paper. It is parsed on load, so it cannot drift out of validity.
import { parseRubric } from '../../src/core/rubric-schema';
import type { Rubric } from '../../src/core/rubric-schema';
import type { Answers, AnswerValue } from '../../src/core/answers';

const anchors = ['None', 'Starting', 'Partial', 'Mostly', 'Fully'].map((label, level) => ({
  label,
  description: `What level ${level} looks like.`,
}));

function indicator(id: string) {
  return { id, question: `Question ${id}?`, help: `Help for ${id}.`, levels: anchors.map((a) => ({ ...a })) };
}

function principle(id: string, title: string) {
  const recs = (tier: string) => [
    { id: `${id}-${tier}-1`, text: `Do the first ${tier} thing for ${title}.` },
    { id: `${id}-${tier}-2`, text: `Do the second ${tier} thing for ${title}.` },
  ];
  return {
    id,
    title,
    shortTitle: title,
    definition: `What ${title} means.`,
    whyItMatters: `Why ${title} matters.`,
    indicators: [1, 2, 3, 4].map((n) => indicator(`${id}-${n}`)),
    recommendations: { low: recs('low'), middle: recs('middle'), high: recs('high') },
  };
}

/** A fresh, mutable copy of the fixture as raw JSON-like data, for tests that break it on purpose. */
export function rawFixtureRubric() {
  return {
    schemaVersion: 1,
    id: 'test-rubric',
    version: '1.0.0',
    title: 'Test rubric',
    description: 'A rubric for unit tests.',
    language: 'en',
    // Band minima sit on scores a four-indicator principle can reach exactly (multiples of 6.25).
    bands: [
      { id: 'weak', label: 'Weak', min: 0, description: 'Weak.' },
      { id: 'fair', label: 'Fair', min: 25, description: 'Fair.' },
      { id: 'good', label: 'Good', min: 50, description: 'Good.' },
      { id: 'strong', label: 'Strong', min: 75, description: 'Strong.' },
    ],
    recommendationTiers: { middleFrom: 40, highFrom: 70 },
    principles: [principle('alpha', 'Alpha'), principle('beta', 'Beta')],
    stages: [
      { id: 'first-stage', title: 'First', description: 'Just starting.', nextSteps: ['Meet.'] },
      { id: 'second-stage', title: 'Second', description: 'Working together.', nextSteps: ['Sign an agreement.'] },
      { id: 'third-stage', title: 'Third', description: 'Integrated.', nextSteps: [] },
    ],
    outcomes: [{ id: 'shared-fund', title: 'Shared fund', description: 'A fund the members share.' }],
    outcomeRatingLabels: { 'not-yet': 'Not yet', emerging: 'Emerging', established: 'Established' },
  };
}

/** The fixture in schemaVersion 2, using every field that version adds. */
export function rawFixtureRubricV2() {
  const raw = rawFixtureRubric();
  return {
    ...raw,
    schemaVersion: 2,
    principles: raw.principles.map((p) => ({
      ...p,
      subtitle: `${p.title} in plain words`,
      recommendations: {
        low: p.recommendations.low.map((r) => ({ ...r, lead: 'the coordinator', firstStep: 'Book a meeting.' })),
        middle: p.recommendations.middle.map((r) => ({ ...r, lead: 'the board', firstStep: 'Write a draft.' })),
        high: p.recommendations.high.map((r) => ({ ...r, lead: 'a member co-op', firstStep: 'Make a call.' })),
      },
    })),
    glossary: [
      { term: 'federation', definition: 'A body co-ops join together.', example: 'A regional federation.', aliases: ['federations'] },
      { term: 'Coopérative', definition: 'French for co-operative.' },
    ] as { term: string; definition: string; example?: string; aliases?: string[] }[],
    history: [{ version: '1.0.0', added: ['alpha-1'] }] as { version: string; added?: string[]; renamed?: Record<string, string>; removed?: string[] }[],
  };
}

function mustParse(data: unknown): Rubric {
  const result = parseRubric(data);
  if (!result.ok) throw new Error(`test/core/fixtures.ts: the fixture rubric is invalid:\n${result.error}`);
  return result.value;
}

export const TEST_RUBRIC: Rubric = mustParse(rawFixtureRubric());

/** One principle's indicator values in rubric order; `null` leaves the indicator unanswered. */
export type Row = readonly (AnswerValue | null)[];

/** Builds answers for the fixture from one row per principle, e.g. answersFor([4, 'na', null, 2], [...]). */
export function answersFor(...rows: Row[]): Answers {
  return answersForRubric(TEST_RUBRIC, ...rows);
}

export function answersForRubric(rubric: Rubric, ...rows: Row[]): Answers {
  const answers: Answers = {};
  rubric.principles.forEach((p, pi) => {
    p.indicators.forEach((ind, ii) => {
      const value = rows[pi]?.[ii] ?? null;
      if (value !== null) answers[ind.id] = { value };
    });
  });
  return answers;
}
