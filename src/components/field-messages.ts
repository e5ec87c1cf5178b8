// Words for one wrong field of a file, link or save: which question or field, in a person's terms
// ("question 1.1 “…”", "the network name"), and what is wrong with it, with its numbers. Every
// sentence is in `fieldMessages`, a catalogue with parameters (translated in src/i18n/{fr,es});
// the problems themselves come from src/core as codes, and the code below only picks the words.
import { rubricInLanguage } from '../core/rubric-in-language';
import type { FieldProblem, Place, RecordKind, ValueKind } from '../core/problems';
import type { Rubric } from '../core/rubric-schema';
import { eitherOf } from '../i18n/list';
import { formatCount } from './format';

/** What a field we cannot name is part of ("part of the file"). */
export type FieldSource = 'file' | 'link' | 'saved' | 'backup';

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const fieldMessages = {
  /** Someone's words or an id, set apart in a sentence. */
  quote: (text: string) => `“${text}”`,
  /** Fields by the name core gives them (see Place.field), as a noun phrase in a sentence. */
  fields: {
    id: 'the internal id',
    kind: 'the kind of record',
    networkName: 'the network name',
    networkId: 'the network it belongs to',
    assessedOn: 'the date of the assessment',
    actions: 'the action plan',
    boardAsk: 'what the board is asked to decide',
    assessors: 'the list of who is assessing',
    createdAt: 'the date it was started',
    updatedAt: 'the date of the last change',
    lastExportedAt: 'the date of the last export',
    rubric: 'the rubric it uses',
    'rubric.id': 'the name of the rubric it uses',
    'rubric.version': 'the version of the rubric it uses',
    answers: 'the list of answers',
    stageId: 'the stage of development',
    stageNote: 'the note on the stage of development',
    outcomes: 'the list of outcome ratings',
    lastStep: 'the step that was open last',
    date: 'the date of the workshop',
    facilitator: 'the facilitator’s name',
    groups: 'the list of perspective groups',
    anonymous: 'the choice of anonymous ballots',
    ballots: 'the list of ballots',
    tallies: 'the list of show-of-hands counts',
    consensus: 'the list of agreed answers',
    currentRound: 'the current round',
    principles: 'the list of principles the session covers',
    workshopId: 'the workshop it belongs to',
    round: 'the round',
    participant: 'the participant’s name',
    group: 'the perspective group',
    submittedAt: 'the time it was handed in',
    source: 'the way it was handed in',
  } as Record<string, string>,
  /** "question 1.1 “How much …?”", numbered by the question's place in its rubric. */
  question: (number: string, text: string) => `question ${number} ${fieldMessages.quote(text)}`,
  /** A question this copy of Fivefold does not have, by its id. */
  questionById: (id: string) => `the question ${fieldMessages.quote(id)}`,
  /** Fields of one question's answer, agreed answer or show of hands; `q` is the question's name. */
  questionFields: {
    answer: (q: string) => `the answer to ${q}`,
    'answer.note': (q: string) => `the note on ${q}`,
    consensus: (q: string) => `the agreed answer to ${q}`,
    'consensus.level': (q: string) => `the agreed level for ${q}`,
    'consensus.rationale': (q: string) => `the reason recorded for the agreed answer to ${q}`,
    'consensus.decidedAt': (q: string) => `the time the answer to ${q} was agreed`,
    'consensus.indicatorId': (q: string) => `the question named in the agreed answer to ${q}`,
  } as Record<string, (q: string) => string>,
  /** "action 3", "action 3 (“Write a memorandum…”)", numbered from 1 in the plan's order. */
  action: (n: number) => `action ${n}`,
  actionWithText: (n: number, text: string) => `action ${n} (${fieldMessages.quote(text)})`,
  /** Fields of one action of a plan; `a` names the action. */
  actionFields: {
    'action.id': (a: string) => `the internal id of ${a}`,
    'action.text': (a: string) => `the text of ${a}`,
    'action.owner': (a: string) => `the owner of ${a}`,
    'action.due': (a: string) => `the due date of ${a}`,
    'action.status': (a: string) => `the status of ${a}`,
    'action.note': (a: string) => `the note on ${a}`,
    'action.principleId': (a: string) => `the principle of ${a}`,
    'action.indicatorId': (a: string) => `the question of ${a}`,
    'action.recommendationId': (a: string) => `the recommendation ${a} was copied from`,
    'action.carriedFrom': (a: string) => `the earlier action ${a} carries on`,
    'action.doneOn': (a: string) => `the day ${a} was done`,
    'action.review': (a: string) => `the review of ${a}`,
  } as Record<string, (a: string) => string>,
  /** A show of hands, by its question or its place in the list. */
  tallyFor: (q: string) => `the show of hands for ${q}`,
  tallyNumber: (n: number) => `show of hands ${n}`,
  /** Fields of a show of hands; `t` names the show of hands. */
  tallyFields: {
    'tally.counts': (t: string) => `the hands counted at each level in ${t}`,
    'tally.notApplicable': (t: string) => `the number of “not applicable” hands in ${t}`,
    'tally.dontKnow': (t: string) => `the number of “don’t know” hands in ${t}`,
    'tally.round': (t: string) => `the round of ${t}`,
    'tally.workshopId': (t: string) => `the workshop named in ${t}`,
    'tally.indicatorId': (t: string) => `the question named in ${t}`,
  } as Record<string, (t: string) => string>,
  outcome: (title: string) => `the rating of the outcome ${fieldMessages.quote(title)}`,
  group: (n: number) => `perspective group ${n}`,
  ballot: (n: number) => `ballot ${n}`,
  ballotOf: (n: number, participant: string) => `ballot ${n} (${participant})`,
  /** An entry no field is known for, by its key. */
  entry: (key: string) => `the entry ${fieldMessages.quote(key)}`,
  /** The record itself, when the whole of it is wrong. */
  records: {
    assessment: 'the assessment',
    workshop: 'the workshop',
    ballot: 'the ballot',
    backup: 'the backup',
    invitation: 'the invitation',
  } satisfies Record<RecordKind, string>,
  partOf: { file: 'part of the file', link: 'part of the link', saved: 'part of the saved data', backup: 'part of the backup' } satisfies Record<
    FieldSource,
    string
  >,
  /** What a field should hold (the kinds with a word; the others are "not in the form expected"). */
  expected: { text: 'text', number: 'a number', 'whole-number': 'a whole number', 'yes-no': 'a yes or no', list: 'a list', nothing: 'empty' },
  /** What it holds instead ('number' is found where a whole number is expected, so it is a fraction). */
  received: {
    text: 'text', number: 'a fraction', 'whole-number': 'a number', 'yes-no': 'a yes or no', list: 'a list',
    entries: 'a group of entries', nothing: 'empty', other: 'something else',
  } satisfies Record<ValueKind, string>,
  /** What is wrong, as a clause after the field's name (`s`); numbers come formatted. */
  clauses: {
    questionLevel: (q: string, value: number, min: number, max: number) => `${q} has the level ${value}; levels run from ${min} to ${max}`,
    fieldLevel: (s: string, value: number, min: number, max: number) => `${s} is ${value}; levels run from ${min} to ${max}`,
    notAnAnswer: (q: string, min: number, max: number) =>
      `${q} has an answer, which Fivefold does not know; an answer is a level from ${min} to ${max}, “not applicable” or “don’t know”`,
    notThisAnswer: (q: string, value: string, min: number, max: number) =>
      `${q} has the answer ${fieldMessages.quote(value)}, which Fivefold does not know; an answer is a level from ${min} to ${max}, “not applicable” or “don’t know”`,
    tooLong: (s: string, length: string, max: string) => `${s} is ${length} characters long; the limit is ${max}`,
    empty: (s: string) => `${s} is empty`,
    missing: (s: string) => `${s} is missing`,
    notExpected: (s: string, expected: string, received: string) => `${s} is not ${expected} (it is ${received})`,
    notInForm: (s: string, received: string) => `${s} is not in the form Fivefold expects (it is ${received})`,
    badDate: (s: string, value: string) =>
      `${s}, ${fieldMessages.quote(value)}, is not a date Fivefold can read (a date is written year-month-day, like 2025-03-14)`,
    badDateTime: (s: string, value: string) => `${s}, ${fieldMessages.quote(value)}, is not a date and time Fivefold can read`,
    onlyOneOf: (s: string, value: number, allowed: string) => `${s} is ${value}; it can only be ${allowed}`,
    unknownSomething: (s: string) => `${s} holds something Fivefold does not know`,
    unknownValue: (s: string, value: string) => `${s} is ${fieldMessages.quote(value)}, which Fivefold does not know`,
    atLeast: (s: string, value: number, min: string) => `${s} is ${value}; it must be at least ${min}`,
    atMost: (s: string, value: number, max: string) => `${s} is ${value}; it must be at most ${max}`,
    tooMany: (s: string, count: string, max: string) => `too many entries in ${s}: ${count}; the limit is ${max}`,
    tooFew: (s: string, count: string, min: string) => `too few entries in ${s}: ${count} where ${min} are needed`,
    unknownField: (s: string, key: string) => `${s} holds an entry Fivefold does not know (${fieldMessages.quote(key)})`,
    groupTwice: (name: string) => `the perspective group ${fieldMessages.quote(name)} is listed twice`,
    usedTwice: (s: string) => `${s} is used twice`,
    idMismatch: 'its internal id does not match the place it is saved under',
    unreadable: (part: string, s: string) => `${part} could not be read: ${s}`,
  },
  /** One sentence: the clause, and before it the ballot it is in, if any. */
  sentence: (clause: string) => `${upperFirst(clause)}.`,
  inBallot: (ballot: string, clause: string) => `${upperFirst(ballot)}: ${clause}.`,
};

const w = fieldMessages;

/** The rubrics with the built-in ones in the chosen language, so a question is named as the reader reads it. */
export const inLanguage = (rubrics: readonly Rubric[]): readonly Rubric[] =>
  rubrics.map(rubricInLanguage);

export interface FieldWordsContext {
  rubrics: readonly Rubric[];
  /** The rubric the record says it uses, to find its questions first. */
  rubricId?: string | null;
  record: RecordKind;
  /** What a field we cannot name is part of: the file, the link, the saved data, the backup. */
  source: FieldSource;
}

/** "question 1.1 “How much …?”", numbered by the question's place in its rubric (counted from 1). */
export function questionName(indicatorId: string, ctx: Pick<FieldWordsContext, 'rubrics' | 'rubricId'>): string {
  const ordered = [...inLanguage(ctx.rubrics)].sort((a, b) => Number(b.id === ctx.rubricId) - Number(a.id === ctx.rubricId));
  for (const rubric of ordered) {
    for (const [pi, principle] of rubric.principles.entries()) {
      const ii = principle.indicators.findIndex((i) => i.id === indicatorId);
      if (ii >= 0) return w.question(`${pi + 1}.${ii + 1}`, principle.indicators[ii]!.question);
    }
  }
  return w.questionById(indicatorId);
}

function outcomeName(outcomeId: string, ctx: FieldWordsContext): string {
  const outcome = inLanguage(ctx.rubrics).flatMap((r) => r.outcomes).find((o) => o.id === outcomeId);
  return w.outcome(outcome?.title ?? outcomeId);
}

function actionName(action: NonNullable<Place['action']>): string {
  if (action.text === null) return w.action(action.index + 1);
  const short = action.text.length > 60 ? `${action.text.slice(0, 59).trimEnd()}…` : action.text;
  return w.actionWithText(action.index + 1, short);
}

function ballotName(ballot: NonNullable<Place['ballot']>): string {
  return ballot.participant ? w.ballotOf(ballot.index + 1, ballot.participant) : w.ballot(ballot.index + 1);
}

/** The field a problem is about, as a noun phrase ("the note on question 1.1 “…”"). */
export function placeWords(place: Place, ctx: FieldWordsContext): string {
  const question = place.indicatorId === undefined ? null : questionName(place.indicatorId, ctx);
  if (place.tally !== undefined) {
    const tally = question ? w.tallyFor(question) : w.tallyNumber(place.tally + 1);
    const phrase = w.tallyFields[place.field];
    return phrase ? phrase(tally) : tally;
  }
  if (question !== null) {
    const phrase = w.questionFields[place.field] ?? w.questionFields[place.field.split('.')[0]!];
    if (phrase) return phrase(question);
  }
  if (place.action !== undefined) {
    const action = actionName(place.action);
    const phrase = w.actionFields[place.field] ?? w.actionFields[place.field.split('.').slice(0, 2).join('.')];
    return phrase ? phrase(action) : action;
  }
  if (place.outcomeId !== undefined) return outcomeName(place.outcomeId, ctx);
  if (place.group !== undefined) return w.group(place.group + 1);
  if (place.field === '') return place.ballot ? ballotName(place.ballot) : w.records[ctx.record];
  return w.fields[place.field] ?? w.entry(place.field.split('.').pop()!);
}

function wrongType(subject: string, expected: ValueKind, received: ValueKind): string {
  if (received === 'nothing') return w.clauses.empty(subject);
  const what = (w.expected as Partial<Record<ValueKind, string>>)[expected];
  return what === undefined ? w.clauses.notInForm(subject, w.received[received]) : w.clauses.notExpected(subject, what, w.received[received]);
}

/** What is wrong, as a clause after the field's name. */
function clause(p: FieldProblem, subject: string, ctx: FieldWordsContext): string {
  const c = w.clauses;
  const question = () => (p.place.indicatorId === undefined ? subject : questionName(p.place.indicatorId, ctx));
  switch (p.code) {
    case 'level-out-of-range':
      return p.place.field === 'answer.value' ? c.questionLevel(question(), p.value, p.min, p.max) : c.fieldLevel(subject, p.value, p.min, p.max);
    case 'not-an-answer':
      return p.value === null ? c.notAnAnswer(question(), p.min, p.max) : c.notThisAnswer(question(), String(p.value), p.min, p.max);
    case 'too-long':
      return c.tooLong(subject, formatCount(p.length), formatCount(p.max));
    case 'empty':
      return c.empty(subject);
    case 'missing':
      return c.missing(subject);
    case 'wrong-type':
      return wrongType(subject, p.expected, p.received);
    case 'bad-date':
      return p.format === 'date' ? c.badDate(subject, p.value) : c.badDateTime(subject, p.value);
    case 'unknown-value':
      if (typeof p.value === 'number' && p.allowed.every((a) => typeof a === 'number')) return c.onlyOneOf(subject, p.value, eitherOf(p.allowed.map(String)));
      return p.value === null ? c.unknownSomething(subject) : c.unknownValue(subject, String(p.value));
    case 'out-of-range':
      return p.min !== null ? c.atLeast(subject, p.value, formatCount(p.min)) : c.atMost(subject, p.value, formatCount(p.max ?? 0));
    case 'too-many':
      return c.tooMany(subject, formatCount(p.count), formatCount(p.max));
    case 'too-few':
      return c.tooFew(subject, formatCount(p.count), formatCount(p.min));
    case 'unknown-field':
      return c.unknownField(subject, p.key);
    case 'listed-twice':
      return p.place.group !== undefined ? c.groupTwice(p.value) : c.usedTwice(subject);
    case 'id-mismatch':
      return c.idMismatch;
    case 'unreadable':
      return c.unreadable(w.partOf[ctx.source], subject);
  }
}

/** One sentence for one wrong field: "Question 1.1 “…” has the level 7; levels run from 0 to 4." */
export function fieldSentence(p: FieldProblem, ctx: FieldWordsContext): string {
  const text = clause(p, placeWords(p.place, ctx), ctx);
  // A workshop's ballot is named first, then what is wrong in it.
  const ballot = p.place.ballot && p.place.field !== '' ? ballotName(p.place.ballot) : null;
  return ballot ? w.inBallot(ballot, text) : w.sentence(text);
}
