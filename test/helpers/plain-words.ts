// What a user reads of a problem (everything but the folded-away "Details"), and a check that it
// holds no validator speak: no ✖ or →, no JSON paths, no library wording.
import { expect } from 'vitest';
import { BUILTIN_RUBRICS } from '../../src/core/builtin-rubrics';
import type { ReadProblem } from '../../src/core/problems';
import { readProblemWords } from '../../src/components/problem-messages';
import type { Worded } from '../../src/components/problem-messages';

export const VALIDATOR_SPEAK: readonly RegExp[] = [
  /✖/,
  /→/,
  /\w+\[".*"\]/, // answers["inst-formal-agreements"]
  /\.value\b/,
  /\w\.\w+\[\d+\]/, // ballots[0].id, tallies[0].dontKnow
  /\b(answers|ballots|tallies|consensus)\.[\w-]+/, // answers.x.value
  /Invalid input/i,
  /expected \w+, received/i,
  /\binvalid_(type|union|value|format)\b|\btoo_(big|small)\b|unrecognized_keys/,
  /schemaVersion|networkName|indicatorId|submittedAt/,
];

export function plainText(words: Worded): string {
  return [...words.lead, ...words.items].join('\n');
}

export function wordsOf(problem: ReadProblem, source: 'file' | 'link' = 'file'): string {
  return plainText(readProblemWords(problem, { rubrics: BUILTIN_RUBRICS, source }));
}

/**
 * Checks our own words. What the file itself holds (a value, an unknown key, a question's text) is
 * quoted back as it is, between “ and ”: that is the user's text, not ours, so it is left out.
 */
export function expectPlain(text: string): void {
  const ours = text.replace(/“[^”]*”/g, '“…”');
  for (const pattern of VALIDATOR_SPEAK) expect(ours, `${JSON.stringify(text)} matches ${pattern}`).not.toMatch(pattern);
}
