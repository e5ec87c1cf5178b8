// Words for a federation's own rubric: the start page's card, its library, and what is wrong with a
// rubric file, placed as a person finds it ("Principle 2, question 3, level 4: the description is
// empty"). Places count from 1; a level is named by its number on the questionnaire (0 to 4).
// Every word is in ownRubricMessages (a catalogue, translated in src/i18n/fr and es); the functions
// below only put its parts together, reading them when called so they follow the chosen language.
import type { PlacedTranslationProblem } from '../../core/own-rubric-translation';
import type { RubricPlace, RubricProblem } from '../../core/rubric-problems';
import { plural } from '../../i18n/plural';

const quote = (text: string | number) => `“${text}”`;
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const ownRubricMessages = {
  title: 'Your own rubric',
  intro:
    'A federation or network can write its own rubric — its own principles, questions and levels — as a file, and use it here in place of the built-in one. It is checked, then kept in this browser.',
  use: 'Use your own rubric',
  useHint: 'Choose a rubric file (.json) written in Fivefold’s rubric format, or a translation of a rubric already here.',
  example: 'Try an example rubric',
  exampleHint: 'A three-principle health check for a housing co-operative federation, to see how an own rubric works.',
  checking: 'Checking the rubric…',
  added: (title: string, version: string) =>
    `Added ${quote(title)} (version ${version}) to your rubrics. Choose it under “Rubric” when you start an assessment or a workshop.`,
  translationAdded: (language: string, title: string, version: string) =>
    `${language} words added to ${quote(title)} (version ${version}). It appears in ${language} whenever Fivefold is set to ${language}.`,
  translationFailed: (file: string) => `${quote(file)} cannot be used as a translation. Nothing was added.`,
  /** The languages an own rubric of the library has translations into, besides its own. */
  inLanguages: (names: string) => `· also in ${names}`,
  /** Languages named in a sentence. */
  languages: { en: 'English', fr: 'French', es: 'Spanish' },
  /** What is wrong with a translation file: the rubric it is for, then the problems in its places. */
  translation: {
    shape: 'The file says it is a rubric translation, but it is not written in the translation format (see Details).',
    builtin: 'It is a translation of the built-in rubric, whose translations come with Fivefold. Only translations of your own rubrics can be added here.',
    noRubric: (id: string, version: string) =>
      `It translates the rubric ${quote(id)}, version ${version}, which is not in this browser. Add that rubric first (with “Use your own rubric”), then its translation.`,
    otherVersion: (title: string, version: string, have: string) =>
      `It translates version ${version} of ${quote(title)}, but this browser has version ${have}. Add version ${version} first, or use a translation written for version ${have}.`,
    misfit: (language: string, title: string, version: string, n: number) =>
      plural(n, {
        one: `The ${language} words do not fit ${quote(title)} (version ${version}) in one place:`,
        other: `The ${language} words do not fit ${quote(title)} (version ${version}) in # places:`,
      }),
    applied: (language: string, title: string, n: number) =>
      plural(n, {
        one: `In ${language}, ${quote(title)} would break one rule of the rubric format:`,
        other: `In ${language}, ${quote(title)} would break # rules of the rubric format:`,
      }),
    missing: 'the translation has no words for it',
    unknownId: (id: string, section: string) =>
      `The translation has words for ${quote(id)} among ${section}, which the rubric does not have (check the id’s spelling).`,
    sections: {
      bands: 'the score bands', principles: 'the principles', indicators: 'the questions',
      recommendations: 'the recommendations', stages: 'the stages', outcomes: 'the outcomes',
    },
    levelCount: (found: number, expected: number) =>
      `${plural(found, { one: '# level', other: '# levels' })} where the rubric has ${expected}`,
    nextStepsCount: (found: number, expected: number) =>
      `${plural(found, { one: '# next step', other: '# next steps' })} where the rubric has ${expected}`,
    glossaryCount: (found: number, expected: number) =>
      `The glossary: ${plural(found, { one: '# term', other: '# terms' })} where the rubric has ${expected}.`,
    onlyInRubric: (field: string) => `the rubric has ${field}, the translation does not`,
    onlyInTranslation: (field: string) => `the translation has ${field}, the rubric does not`,
    otherRubric: (found: string, expected: string) => `The translation is for ${quote(found)}, not ${quote(expected)}.`,
    otherVersionOf: (found: string, expected: string) => `The translation is for version ${found}, not ${expected}.`,
  },
  libraryTitle: 'Rubrics in this browser',
  item: (version: string, principles: number, questions: number) =>
    `Version ${version} · ${plural(principles, { one: '# principle', other: '# principles' })}, ${plural(questions, { one: '# question', other: '# questions' })}`,
  inUse: (n: number) => `Used by ${plural(n, { one: '# assessment or workshop', other: '# assessments and workshops' })} here.`,
  remove: 'Remove',
  removeLabel: (title: string, version: string) => `Remove ${title} (version ${version}) from this browser`,
  removed: (title: string) => `Removed ${quote(title)}.`,
  removedInUse: 'The assessments and workshops that use it cannot open until it is added again.',
  undo: 'Undo',
  failed: (file: string) => `${quote(file)} cannot be used as a rubric. Nothing was added.`,
  problems: (n: number) => plural(n, { one: 'One thing needs fixing in the file:', other: '# things need fixing in the file:' }),
  moreProblems: (n: number) => plural(n, { one: 'And # more (see Details).', other: 'And # more (see Details).' }),
  builtinId: (id: string) =>
    `Its id, ${quote(id)}, is the built-in rubric’s. Give your rubric an id of its own (in the file’s "id" field), so the two are never mixed up.`,
  /** Where a problem is, part by part ("principle 2, question 3, level 4"); places count from 1. */
  place: {
    principle: (n: number) => `principle ${n}`,
    question: (n: number) => `question ${n}`,
    level: (n: number) => `level ${n}`,
    lowRecommendation: (n: number) => `low-score recommendation ${n}`,
    middleRecommendation: (n: number) => `middle-score recommendation ${n}`,
    highRecommendation: (n: number) => `high-score recommendation ${n}`,
    band: (n: number) => `score band ${n}`,
    stage: (n: number) => `stage ${n}`,
    nextStep: (n: number) => `next step ${n}`,
    outcome: (n: number) => `outcome ${n}`,
    glossary: (n: number) => `glossary term ${n}`,
    alias: (n: number) => `other form ${n}`,
    history: (n: number) => `history entry ${n}`,
    wholeRubric: 'the rubric',
  },
  /** Fields of a rubric file by their name in the file, as a noun phrase. */
  fields: {
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
  },
  otherField: (name: string) => `the field ${quote(name)}`,
  thisEntry: 'this entry',
  /** What a value is, and what it should have been. */
  kinds: {
    text: 'text', number: 'a number', 'whole-number': 'a whole number', 'yes-no': 'yes or no', list: 'a list',
    entries: 'a group of fields', nothing: 'empty', other: 'something else',
  },
  /** What is wrong with a field (`field` is one of `fields`, or otherField, or thisEntry). */
  wrong: {
    missing: (field: string) => `${field} is missing`,
    empty: (field: string) => `${field} is empty`,
    wrongType: (field: string, expected: string, received: string) => `${field} should be ${expected}, not ${received}`,
    tooLong: (field: string, length: number, max: number) => `${field} is ${length} characters long; keep it to ${max} at most`,
    tooFew: (field: string, count: number, min: number) => `${field} has ${count}; it needs at least ${min}`,
    tooMany: (field: string, count: number, max: number) => `${field} has ${count}; it can have ${max} at most`,
    wrongCount: (field: string, count: number, expected: number) => `${field} has ${count}; it needs exactly ${expected}`,
    belowMin: (field: string, value: number, min: number) => `${field} is ${value}; it cannot be below ${min}`,
    aboveMax: (field: string, value: number, max: number) => `${field} is ${value}; it cannot be above ${max}`,
    badId: (field: string, value: string) =>
      `${field} ${quote(value)} is not written as ids are: lower-case letters, digits and single hyphens, like “my-principle”`,
    badFormat: (field: string, value: string) => `${field} ${quote(value)} is not written in the form it needs`,
    duplicate: (field: string, value: string) => `${field} ${quote(value)} is a duplicate: it is already used elsewhere in the rubric`,
    unknownField: (key: string) => `${quote(key)} is not a field the rubric format knows (check its spelling)`,
    mustBe: (field: string, allowed: string) => `${field} must be ${allowed}`,
    unknownValue: (field: string) => `${field} is not one of the values it can take`,
    tooManyWords: (field: string, words: number, max: number) => `${field} has ${words} words; keep a level to ${max} at most`,
    rule: (field: string) => `${field} does not follow the rubric format’s rules (see Details)`,
  },
  /** Values a field may take, joined: “a” or “b”. */
  or: (a: string, b: string) => `${a} or ${b}`,
  /** One problem as a sentence: its place, then what is wrong. */
  problem: (place: string, what: string) => `${place}: ${what}.`,
} as const;


/** "Principle 2, question 3, level 4", or "The rubric" for a field of the whole file. */
export function rubricPlaceWords(place: RubricPlace): string {
  const w = ownRubricMessages.place;
  const parts: string[] = [];
  if (place.principle !== undefined) parts.push(w.principle(place.principle + 1));
  if (place.question !== undefined) parts.push(w.question(place.question + 1));
  if (place.level !== undefined) parts.push(w.level(place.level));
  if (place.recommendation) {
    const tier = { low: w.lowRecommendation, middle: w.middleRecommendation, high: w.highRecommendation }[place.recommendation.tier];
    parts.push(tier(place.recommendation.index + 1));
  }
  if (place.band !== undefined) parts.push(w.band(place.band + 1));
  if (place.stage !== undefined) parts.push(w.stage(place.stage + 1));
  if (place.nextStep !== undefined) parts.push(w.nextStep(place.nextStep + 1));
  if (place.outcome !== undefined) parts.push(w.outcome(place.outcome + 1));
  if (place.glossary !== undefined) parts.push(w.glossary(place.glossary + 1));
  if (place.alias !== undefined) parts.push(w.alias(place.alias + 1));
  if (place.history !== undefined) parts.push(w.history(place.history + 1));
  return upperFirst(parts.length === 0 ? w.wholeRubric : parts.join(', '));
}

function fieldWords(field: string): string {
  const m = ownRubricMessages;
  if (field === '') return m.thisEntry;
  return (m.fields as Record<string, string | undefined>)[field] ?? m.otherField(field.split('.').pop()!);
}

function whatIsWrong(p: RubricProblem): string {
  const { wrong, kinds } = ownRubricMessages;
  const field = fieldWords(p.field);
  switch (p.code) {
    case 'missing':
      return wrong.missing(field);
    case 'empty':
      return wrong.empty(field);
    case 'wrong-type':
      return p.received === 'nothing' ? wrong.empty(field) : wrong.wrongType(field, kinds[p.expected], kinds[p.received]);
    case 'too-long':
      return wrong.tooLong(field, p.length, p.max);
    case 'too-few':
      return wrong.tooFew(field, p.count, p.min);
    case 'too-many':
      return wrong.tooMany(field, p.count, p.max);
    case 'wrong-count':
      return wrong.wrongCount(field, p.count, p.expected);
    case 'out-of-range':
      return p.min !== null ? wrong.belowMin(field, p.value, p.min) : wrong.aboveMax(field, p.value, p.max!);
    case 'bad-id':
      return wrong.badId(field, p.value);
    case 'bad-format':
      return wrong.badFormat(field, p.value);
    case 'duplicate':
      return wrong.duplicate(field, p.value);
    case 'unknown-field':
      return wrong.unknownField(p.key);
    case 'unknown-value':
      return p.allowed.length > 0 ? wrong.mustBe(field, p.allowed.map(quote).reduce((a, b) => ownRubricMessages.or(a, b))) : wrong.unknownValue(field);
    case 'too-many-words':
      return wrong.tooManyWords(field, p.words, p.max);
    case 'rule':
      return wrong.rule(field);
  }
}

/** One problem as a sentence: its place, then what is wrong. */
export function rubricProblemWords(p: RubricProblem): string {
  return ownRubricMessages.problem(rubricPlaceWords(p.place), whatIsWrong(p));
}

/** One problem of a translation file as a sentence, placed in the rubric as a person finds it. */
export function translationProblemWords(p: PlacedTranslationProblem): string {
  const { translation: t, problem } = ownRubricMessages;
  const at = (what: string) => problem(rubricPlaceWords(p.place ?? {}), what);
  switch (p.code) {
    case 'rubric-mismatch':
      return t.otherRubric(p.found, p.expected);
    case 'version-mismatch':
      return t.otherVersionOf(p.found, p.expected);
    case 'missing-id':
      return at(t.missing);
    case 'unknown-id':
      return t.unknownId(p.id, t.sections[p.section]);
    case 'level-count':
      return at(t.levelCount(p.found, p.expected));
    case 'next-steps-count':
      return at(t.nextStepsCount(p.found, p.expected));
    case 'glossary-count':
      return t.glossaryCount(p.found, p.expected);
    case 'optional-mismatch':
      return at((p.inRubric ? t.onlyInRubric : t.onlyInTranslation)(fieldWords(p.field)));
  }
}
