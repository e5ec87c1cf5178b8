// Words for a federation's own rubric: the start page's card, its library, and what is wrong with a
// rubric file, placed as a person finds it ("Principle 2, question 3, level 4: the description is
// empty"). Places count from 1; a level is named by its number on the questionnaire (0 to 4).
import type { ValueKind } from '../../core/problems';
import type { RubricPlace, RubricProblem, Tier } from '../../core/rubric-problems';

const quote = (text: string | number) => `“${text}”`;
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (n: number, one: string, many: string) => (n === 1 ? `${n} ${one}` : `${n} ${many}`);

export const ownRubricMessages = {
  title: 'Your own rubric',
  intro:
    'A federation or network can write its own rubric — its own principles, questions and levels — as a file, and use it here in place of the built-in one. It is checked, then kept in this browser.',
  use: 'Use your own rubric',
  useHint: 'Choose a rubric file (.json) written in Fivefold’s rubric format.',
  example: 'Try an example rubric',
  exampleHint: 'A three-principle health check for a housing co-operative federation, to see how an own rubric works.',
  checking: 'Checking the rubric…',
  added: (title: string, version: string) =>
    `Added ${quote(title)} (version ${version}) to your rubrics. Choose it under “Rubric” when you start an assessment or a workshop.`,
  libraryTitle: 'Rubrics in this browser',
  item: (version: string, principles: number, questions: number) =>
    `Version ${version} · ${plural(principles, 'principle', 'principles')}, ${plural(questions, 'question', 'questions')}`,
  inUse: (n: number) => `Used by ${plural(n, 'assessment or workshop', 'assessments and workshops')} here.`,
  remove: 'Remove',
  removeLabel: (title: string, version: string) => `Remove ${title} (version ${version}) from this browser`,
  removed: (title: string) => `Removed ${quote(title)}.`,
  removedInUse: 'The assessments and workshops that use it cannot open until it is added again.',
  undo: 'Undo',
  failed: (file: string) => `${quote(file)} cannot be used as a rubric. Nothing was added.`,
  problems: (n: number) => (n === 1 ? 'One thing needs fixing in the file:' : `${n} things need fixing in the file:`),
  moreProblems: (n: number) => (n === 1 ? 'And 1 more (see Details).' : `And ${n} more (see Details).`),
  builtinId: (id: string) =>
    `Its id, ${quote(id)}, is the built-in rubric’s. Give your rubric an id of its own (in the file’s "id" field), so the two are never mixed up.`,
} as const;

/** Fields of a rubric file by their name in the file, as a noun phrase. */
const FIELDS: Record<string, string> = {
  $schema: 'the schema address',
  schemaVersion: 'the format version (schemaVersion)',
  id: 'the id',
  version: 'the version number',
  title: 'the title',
  subtitle: 'the subtitle',
  shortTitle: 'the short title',
  description: 'the description',
  language: 'the language',
  definition: 'the definition',
  whyItMatters: 'the text on why it matters',
  question: 'the question',
  help: 'the help text',
  label: 'the label',
  text: 'the text',
  lead: 'who leads it',
  firstStep: 'the first step',
  term: 'the term',
  example: 'the example',
  min: 'the lowest score',
  principles: 'the list of principles',
  indicators: 'the list of questions',
  levels: 'the list of levels',
  recommendations: 'the recommendations',
  bands: 'the list of score bands',
  stages: 'the list of stages',
  nextSteps: 'the next steps',
  outcomes: 'the list of outcomes',
  glossary: 'the glossary',
  aliases: 'the other forms of the term',
  history: 'the history',
  added: 'the list of questions added',
  renamed: 'the list of questions renamed',
  removed: 'the list of questions removed',
  recommendationTiers: 'the recommendation tiers',
  'recommendationTiers.middleFrom': 'the score from which middle recommendations apply (middleFrom)',
  'recommendationTiers.highFrom': 'the score from which high recommendations apply (highFrom)',
  outcomeRatingLabels: 'the words for outcome ratings',
};

const TIER: Record<Tier, string> = { low: 'low-score', middle: 'middle-score', high: 'high-score' };
const KIND: Record<ValueKind, string> = {
  text: 'text', number: 'a number', 'whole-number': 'a whole number', 'yes-no': 'yes or no', list: 'a list',
  entries: 'a group of fields', nothing: 'empty', other: 'something else',
};

/** "Principle 2, question 3, level 4", or "The rubric" for a field of the whole file. */
export function rubricPlaceWords(place: RubricPlace): string {
  const parts: string[] = [];
  if (place.principle !== undefined) parts.push(`principle ${place.principle + 1}`);
  if (place.question !== undefined) parts.push(`question ${place.question + 1}`);
  if (place.level !== undefined) parts.push(`level ${place.level}`);
  if (place.recommendation) parts.push(`${TIER[place.recommendation.tier]} recommendation ${place.recommendation.index + 1}`);
  if (place.band !== undefined) parts.push(`score band ${place.band + 1}`);
  if (place.stage !== undefined) parts.push(`stage ${place.stage + 1}`);
  if (place.nextStep !== undefined) parts.push(`next step ${place.nextStep + 1}`);
  if (place.outcome !== undefined) parts.push(`outcome ${place.outcome + 1}`);
  if (place.glossary !== undefined) parts.push(`glossary term ${place.glossary + 1}`);
  if (place.alias !== undefined) parts.push(`other form ${place.alias + 1}`);
  if (place.history !== undefined) parts.push(`history entry ${place.history + 1}`);
  return upperFirst(parts.length === 0 ? 'the rubric' : parts.join(', '));
}

function fieldWords(field: string): string {
  if (field === '') return 'this entry';
  return FIELDS[field] ?? `the field ${quote(field.split('.').pop()!)}`;
}

function whatIsWrong(p: RubricProblem): string {
  const field = fieldWords(p.field);
  switch (p.code) {
    case 'missing':
      return `${field} is missing`;
    case 'empty':
      return `${field} is empty`;
    case 'wrong-type':
      return p.received === 'nothing' ? `${field} is empty` : `${field} should be ${KIND[p.expected]}, not ${KIND[p.received]}`;
    case 'too-long':
      return `${field} is ${p.length} characters long; keep it to ${p.max} at most`;
    case 'too-few':
      return `${field} has ${p.count}; it needs at least ${p.min}`;
    case 'too-many':
      return `${field} has ${p.count}; it can have ${p.max} at most`;
    case 'wrong-count':
      return `${field} has ${p.count}; it needs exactly ${p.expected}`;
    case 'out-of-range':
      return p.min !== null ? `${field} is ${p.value}; it cannot be below ${p.min}` : `${field} is ${p.value}; it cannot be above ${p.max}`;
    case 'bad-id':
      return `${field} ${quote(p.value)} is not written as ids are: lower-case letters, digits and single hyphens, like “my-principle”`;
    case 'bad-format':
      return `${field} ${quote(p.value)} is not written in the form it needs`;
    case 'duplicate':
      return `${field} ${quote(p.value)} is a duplicate: it is already used elsewhere in the rubric`;
    case 'unknown-field':
      return `${quote(p.key)} is not a field the rubric format knows (check its spelling)`;
    case 'unknown-value':
      return p.allowed.length > 0 ? `${field} must be ${p.allowed.map(quote).join(' or ')}` : `${field} is not one of the values it can take`;
    case 'too-many-words':
      return `${field} has ${p.words} words; keep a level to ${p.max} at most`;
    case 'rule':
      return `${field} does not follow the rubric format’s rules (see Details)`;
  }
}

/** One problem as a sentence: its place, then what is wrong. */
export function rubricProblemWords(p: RubricProblem): string {
  return `${rubricPlaceWords(p.place)}: ${whatIsWrong(p)}.`;
}
