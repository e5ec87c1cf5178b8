// Words for one wrong field of a file, link or save: which question or field, in a person's terms
// ("question 1.1 “…”", "the network name"), and what is wrong with it, with its numbers. Every
// sentence is here, with parameters; the problems themselves come from src/core as codes.
import type { FieldProblem, Place, RecordKind, ValueKind } from '../core/problems';
import type { Rubric } from '../core/rubric-schema';
import { formatCount } from './format';

/** Fields by the name core gives them (see Place.field), as a noun phrase in a sentence. */
const FIELDS: Record<string, string> = {
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
};

/** Fields of one question's answer, agreed answer or show of hands; `q` is the question's name. */
const QUESTION_FIELDS: Record<string, (q: string) => string> = {
  answer: (q) => `the answer to ${q}`,
  'answer.note': (q) => `the note on ${q}`,
  consensus: (q) => `the agreed answer to ${q}`,
  'consensus.level': (q) => `the agreed level for ${q}`,
  'consensus.rationale': (q) => `the reason recorded for the agreed answer to ${q}`,
  'consensus.decidedAt': (q) => `the time the answer to ${q} was agreed`,
  'consensus.indicatorId': (q) => `the question named in the agreed answer to ${q}`,
};

/** Fields of one action of a plan; `a` names the action. */
const ACTION_FIELDS: Record<string, (a: string) => string> = {
  action: (a) => a,
  'action.id': (a) => `the internal id of ${a}`,
  'action.text': (a) => `the text of ${a}`,
  'action.owner': (a) => `the owner of ${a}`,
  'action.due': (a) => `the due date of ${a}`,
  'action.status': (a) => `the status of ${a}`,
  'action.note': (a) => `the note on ${a}`,
  'action.principleId': (a) => `the principle of ${a}`,
  'action.indicatorId': (a) => `the question of ${a}`,
  'action.recommendationId': (a) => `the recommendation ${a} was copied from`,
  'action.carriedFrom': (a) => `the earlier action ${a} carries on`,
  'action.doneOn': (a) => `the day ${a} was done`,
  'action.review': (a) => `the review of ${a}`,
};

/** "action 3 (“Write a memorandum…”)", numbered from 1 in the plan's order. */
function actionName(action: NonNullable<Place['action']>): string {
  if (action.text === null) return `action ${action.index + 1}`;
  const short = action.text.length > 60 ? `${action.text.slice(0, 59).trimEnd()}…` : action.text;
  return `action ${action.index + 1} (${quote(short)})`;
}

/** Fields of a show of hands; `t` names the show of hands. */
const TALLY_FIELDS: Record<string, (t: string) => string> = {
  tally: (t) => t,
  'tally.counts': (t) => `the hands counted at each level in ${t}`,
  'tally.notApplicable': (t) => `the number of “not applicable” hands in ${t}`,
  'tally.dontKnow': (t) => `the number of “don’t know” hands in ${t}`,
  'tally.round': (t) => `the round of ${t}`,
  'tally.workshopId': (t) => `the workshop named in ${t}`,
  'tally.indicatorId': (t) => `the question named in ${t}`,
};

const RECORDS: Record<RecordKind, string> = {
  assessment: 'the assessment',
  workshop: 'the workshop',
  ballot: 'the ballot',
  backup: 'the backup',
  invitation: 'the invitation',
};

const EXPECTED: Record<ValueKind, string | null> = {
  text: 'text', number: 'a number', 'whole-number': 'a whole number', 'yes-no': 'a yes or no', list: 'a list',
  entries: null, nothing: 'empty', other: null,
};
const RECEIVED: Record<ValueKind, string> = {
  text: 'text', number: 'a fraction', 'whole-number': 'a number', 'yes-no': 'a yes or no', list: 'a list',
  entries: 'a group of entries', nothing: 'empty', other: 'something else',
};

export interface FieldWordsContext {
  rubrics: readonly Rubric[];
  /** The rubric the record says it uses, to find its questions first. */
  rubricId?: string | null;
  record: RecordKind;
  /** 'the file', 'the link', 'the saved data': what a field we cannot name is part of. */
  source: string;
}

const quote = (text: string | number) => `“${text}”`;
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const list = (items: (string | number)[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

/** "question 1.1 “How much …?”", numbered by the question's place in its rubric (counted from 1). */
export function questionName(indicatorId: string, ctx: Pick<FieldWordsContext, 'rubrics' | 'rubricId'>): string {
  const ordered = [...ctx.rubrics].sort((a, b) => Number(b.id === ctx.rubricId) - Number(a.id === ctx.rubricId));
  for (const rubric of ordered) {
    for (const [pi, principle] of rubric.principles.entries()) {
      const ii = principle.indicators.findIndex((i) => i.id === indicatorId);
      if (ii >= 0) {
        return `question ${pi + 1}.${ii + 1} ${quote(principle.indicators[ii]!.question)}`;
      }
    }
  }
  return `the question ${quote(indicatorId)}`;
}

function outcomeName(outcomeId: string, ctx: FieldWordsContext): string {
  const outcome = ctx.rubrics.flatMap((r) => r.outcomes).find((o) => o.id === outcomeId);
  return `the rating of the outcome ${quote(outcome?.title ?? outcomeId)}`;
}

/** The field a problem is about, as a noun phrase ("the note on question 1.1 “…”"). */
export function placeWords(place: Place, ctx: FieldWordsContext): string {
  const question = place.indicatorId === undefined ? null : questionName(place.indicatorId, ctx);
  if (place.tally !== undefined) {
    const tally = question ? `the show of hands for ${question}` : `show of hands ${place.tally + 1}`;
    return (TALLY_FIELDS[place.field] ?? TALLY_FIELDS.tally!)(tally);
  }
  if (question !== null) {
    const phrase = QUESTION_FIELDS[place.field] ?? QUESTION_FIELDS[place.field.split('.')[0]!];
    if (phrase) return phrase(question);
  }
  if (place.action !== undefined) {
    const phrase = ACTION_FIELDS[place.field] ?? ACTION_FIELDS[place.field.split('.').slice(0, 2).join('.')] ?? ACTION_FIELDS.action!;
    return phrase(actionName(place.action));
  }
  if (place.outcomeId !== undefined) return outcomeName(place.outcomeId, ctx);
  if (place.group !== undefined) return `perspective group ${place.group + 1}`;
  if (place.field === '') return place.ballot ? ballotName(place.ballot) : RECORDS[ctx.record];
  return FIELDS[place.field] ?? `the entry ${quote(place.field.split('.').pop()!)}`;
}

function ballotName(ballot: NonNullable<Place['ballot']>): string {
  return ballot.participant ? `ballot ${ballot.index + 1} (${ballot.participant})` : `ballot ${ballot.index + 1}`;
}

function expectedWords(expected: ValueKind, received: ValueKind): string {
  if (received === 'nothing') return 'is empty';
  const what = EXPECTED[expected];
  return what === null ? `is not in the form Fivefold expects (it is ${RECEIVED[received]})` : `is not ${what} (it is ${RECEIVED[received]})`;
}

/** What is wrong, as a clause after the field's name. */
function clause(p: FieldProblem, subject: string, ctx: FieldWordsContext): string {
  const question = () => (p.place.indicatorId === undefined ? subject : questionName(p.place.indicatorId, ctx));
  const range = (min: number, max: number) => `levels run from ${min} to ${max}`;
  switch (p.code) {
    case 'level-out-of-range':
      return p.place.field === 'answer.value'
        ? `${question()} has the level ${p.value}; ${range(p.min, p.max)}`
        : `${subject} is ${p.value}; ${range(p.min, p.max)}`;
    case 'not-an-answer':
      return `${question()} has ${p.value === null ? 'an answer' : `the answer ${quote(p.value)}`}, which Fivefold does not know; an answer is a level from ${p.min} to ${p.max}, “not applicable” or “don’t know”`;
    case 'too-long':
      return `${subject} is ${formatCount(p.length)} characters long; the limit is ${formatCount(p.max)}`;
    case 'empty':
      return `${subject} is empty`;
    case 'missing':
      return `${subject} is missing`;
    case 'wrong-type':
      return `${subject} ${expectedWords(p.expected, p.received)}`;
    case 'bad-date':
      return p.format === 'date'
        ? `${subject}, ${quote(p.value)}, is not a date Fivefold can read (a date is written year-month-day, like 2025-03-14)`
        : `${subject}, ${quote(p.value)}, is not a date and time Fivefold can read`;
    case 'unknown-value':
      if (typeof p.value === 'number' && p.allowed.every((a) => typeof a === 'number')) return `${subject} is ${p.value}; it can only be ${list(p.allowed)}`;
      return p.value === null ? `${subject} holds something Fivefold does not know` : `${subject} is ${quote(p.value)}, which Fivefold does not know`;
    case 'out-of-range':
      return p.min !== null ? `${subject} is ${p.value}; it must be at least ${formatCount(p.min)}` : `${subject} is ${p.value}; it must be at most ${formatCount(p.max ?? 0)}`;
    case 'too-many':
      return `too many entries in ${subject}: ${formatCount(p.count)}; the limit is ${formatCount(p.max)}`;
    case 'too-few':
      return `too few entries in ${subject}: ${formatCount(p.count)} where ${formatCount(p.min)} are needed`;
    case 'unknown-field':
      return `${subject} holds an entry Fivefold does not know (${quote(p.key)})`;
    case 'listed-twice':
      return p.place.group !== undefined ? `the perspective group ${quote(p.value)} is listed twice` : `${subject} is used twice`;
    case 'id-mismatch':
      return `its internal id does not match the place it is saved under`;
    case 'unreadable':
      return `part of ${ctx.source} could not be read: ${subject}`;
  }
}

/** One sentence for one wrong field: "Question 1.1 “…” has the level 7; levels run from 0 to 4." */
export function fieldSentence(p: FieldProblem, ctx: FieldWordsContext): string {
  const text = clause(p, placeWords(p.place, ctx), ctx);
  // A workshop's ballot is named first, then what is wrong in it.
  const ballot = p.place.ballot && p.place.field !== '' ? ballotName(p.place.ballot) : null;
  return ballot ? `${upperFirst(ballot)}: ${text}.` : `${upperFirst(text)}.`;
}
