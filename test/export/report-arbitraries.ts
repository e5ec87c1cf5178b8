// Generated assessments and workshops on the shipped rubric, for the report's property tests: every
// kind of answer, notes from nothing to the 20,000-character limit, names with accents (and the odd
// character the PDF font lacks), workshops of 1–40 ballots with agreed levels and second rounds,
// action plans of 0–40 actions (texts up to their limit, long owners, dates, every status), what the
// board is asked to decide, and an earlier assessment of the same network to compare with.
// Long texts are spun from a seed rather than drawn character by character, so a run stays fast.
import fc from 'fast-check';
import type { Action } from '../../src/core/action';
import { ACTION_STATUSES, MAX_ACTION_NOTE, MAX_ACTION_TEXT, MAX_BOARD_ASK, MAX_OWNER_LENGTH } from '../../src/core/action';
import type { AnswerValue } from '../../src/core/answers';
import { MAX_NOTE_LENGTH } from '../../src/core/answers';
import type { Assessment, OutcomeRating } from '../../src/core/assessment';
import { MAX_NAME_LENGTH, OUTCOME_RATINGS } from '../../src/core/assessment';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import type { Ballot, Consensus, Workshop } from '../../src/core/workshop';
import { MAX_RATIONALE_LENGTH } from '../../src/core/workshop';

const RUBRIC = FIVE_PRINCIPLES;
const INDICATORS = RUBRIC.principles.flatMap((p) => p.indicators.map((i) => i.id));

const WORDS = [
  ...['the', 'and', 'of', 'a', 'to', 'in', 'we', 'our', 'is', 'was', 'not', 'yet', 'every', 'two', '2024', '3,500 €'],
  ...['co-op', 'network', 'bakery', 'credit union', 'agreement', 'signed', 'AGM', 'federation', 'members', 'shared'],
  ...['staff', 'minutes', 'reserve', 'fund', 'board', 'worker-members', 'supply', 'contract', 'lapsed', 'review'],
  ...['Łódź', 'Spółdzielnia', 'Coopérative', 'Québec', 'Mondragón', 'Ærø', 'Żółkiewski', 'Groß', 'naïve', 'façade'],
  ...['Íñigo', 'Håland', 'Côté', '“quoted”', '"plain quotes"', '—', 'e.g.', '(see §4)', 'don’t', 'isn’t', '&', '=SUM(A1)'],
  'https://example.coop/minutes/2026/annual-general-meeting-of-the-network-and-its-federation-with-attachments.pdf',
];

/** Park–Miller, so a seed spins the same text on every platform. */
function random(seed: number): () => number {
  let state = (Math.abs(seed) % 2147483646) + 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/** Prose of exactly `length` characters: words, sentences, line breaks and blank lines between paragraphs. */
export function prose(length: number, seed: number): string {
  const next = random(seed);
  let out = '';
  while (out.length < length) {
    const roll = next();
    const word = WORDS[Math.floor(next() * WORDS.length)]!;
    out += out === '' ? word : roll < 0.02 ? `.\n\n${word}` : roll < 0.05 ? `.\n${word}` : roll < 0.12 ? `. ${word}` : ` ${word}`;
  }
  return out.slice(0, length).trim();
}

const text = (min: number, max: number) => fc.tuple(fc.integer({ min, max }), fc.integer()).map(([n, seed]) => prose(n, seed));

/** Mostly empty or short, now and then very long: the notes people actually leave. */
export const note = (max = MAX_NOTE_LENGTH) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant('') },
    { weight: 4, arbitrary: text(1, 400) },
    { weight: 1, arbitrary: text(400, max) },
  );

export const networkName = fc.oneof(
  fc.constantFrom(
    'Łódź Spółdzielnia & Coopérative du Québec',
    'Mondragón — Ærø exchange',
    'Red de cooperativas de Íñigo Côté',
    '=HYPERLINK("http://x")',
    'שיתופית 合作社 network',
    '',
  ),
  text(1, MAX_NAME_LENGTH),
);

export const answerValue: fc.Arbitrary<AnswerValue | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4) },
  { weight: 1, arbitrary: fc.constant<AnswerValue>('na') },
  { weight: 1, arbitrary: fc.constant<AnswerValue>('dk') },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const stageId = fc.option(fc.constantFrom(...RUBRIC.stages.map((s) => s.id)), { nil: null });
const outcomes = fc
  .array(fc.option(fc.constantFrom<OutcomeRating>(...OUTCOME_RATINGS), { nil: undefined }), {
    minLength: RUBRIC.outcomes.length,
    maxLength: RUBRIC.outcomes.length,
  })
  .map((ratings) => Object.fromEntries(RUBRIC.outcomes.flatMap((o, i) => (ratings[i] ? [[o.id, ratings[i]]] : []))));

const DUES = ['', '2026-04-30', '2026-09-15', '2027-01-31', '2026-12-31'];

const action = (i: number): fc.Arbitrary<Action> =>
  fc
    .record({
      text: fc.oneof({ weight: 5, arbitrary: text(1, 160) }, { weight: 1, arbitrary: text(160, MAX_ACTION_TEXT) }),
      owner: fc.oneof(fc.constantFrom('', 'Ana Núñez', 'Łódź Spółdzielnia board', 'Søren Ærø (treasurer)'), text(1, MAX_OWNER_LENGTH)),
      due: fc.constantFrom(...DUES),
      status: fc.constantFrom(...ACTION_STATUSES),
      note: note(MAX_ACTION_NOTE),
      principle: fc.option(fc.constantFrom(...RUBRIC.principles.map((p) => p.id)), { nil: undefined }),
      carried: fc.boolean(),
    })
    .map((r) => ({
      id: `action-${i}`,
      text: r.text,
      owner: r.owner,
      due: r.due,
      status: r.status,
      note: r.note,
      ...(r.principle ? { principleId: r.principle } : {}),
      ...(r.carried ? { carriedFrom: `earlier-${i}` } : {}),
    }));

/** An action plan of 0 to 40 actions, mostly short. */
export const actions: fc.Arbitrary<Action[]> = fc
  .oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: 7, max: 40 }) })
  .chain((n) => (n === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: n }, (_, i) => action(i)))));

/** "What we ask the board to decide": often nothing, sometimes up to its limit. */
export const boardAsk = fc.oneof(fc.constant(''), text(1, 200), text(200, MAX_BOARD_ASK));

const answersOf = (values: (AnswerValue | undefined)[], notes: string[]): Assessment['answers'] =>
  Object.fromEntries(
    INDICATORS.map((id, i) => {
      const [value, text] = [values[i], notes[i] ?? ''];
      return [id, { ...(value === undefined ? {} : { value }), ...(text ? { note: text } : {}) }];
    }),
  );

export const assessment: fc.Arbitrary<Assessment> = fc
  .record({
    networkName,
    assessors: fc.oneof(fc.constant('Ana Núñez, Søren Ærø'), text(0, 120)),
    values: fc.array(answerValue, { minLength: INDICATORS.length, maxLength: INDICATORS.length }),
    notes: fc.array(note(), { minLength: INDICATORS.length, maxLength: INDICATORS.length }),
    stageId,
    stageNote: note(),
    outcomes,
    actions,
    boardAsk,
  })
  .map((r) => ({
    id: 'generated',
    kind: 'solo' as const,
    networkId: 'net-generated',
    networkName: r.networkName,
    assessors: r.assessors,
    assessedOn: '2026-03-14',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-14T17:30:00.000Z',
    rubric: { id: RUBRIC.id, version: RUBRIC.version },
    answers: answersOf(r.values, r.notes),
    stageId: r.stageId,
    stageNote: r.stageNote,
    outcomes: r.outcomes,
    actions: r.actions,
    ...(r.boardAsk ? { boardAsk: r.boardAsk } : {}),
  }));

/** An assessment and an earlier one of the same network (answered at random), for "change since last time". */
export const reassessment = fc.tuple(assessment, fc.array(answerValue, { minLength: INDICATORS.length, maxLength: INDICATORS.length })).map(
  ([now, values]): [Assessment, Assessment] => [
    now,
    { ...now, id: 'earlier', assessedOn: '2025-03-12', createdAt: '2025-03-12T09:00:00.000Z', answers: answersOf(values, []), actions: [] },
  ],
);

const GROUPS = ['worker-members', 'user-members', 'partner organisations', 'under 35', 'Société générale des coopérants'];
const PEOPLE = ['Zofia Wójcik', 'Élodie Tremblay', 'Søren Ærø', 'Íñigo Mondragón', 'Ana Núñez', 'Łukasz Żółkiewski', 'Mercè Puig', ''];

/** A ballot's answers lean towards the question's own centre, so some questions divide the room and some do not. */
const ballotAnswers = (centres: number[]) =>
  fc.array(fc.tuple(fc.integer({ min: -2, max: 2 }), fc.integer({ min: 0, max: 19 })), {
    minLength: INDICATORS.length,
    maxLength: INDICATORS.length,
  }).map((rolls) =>
    rolls.map(([shift, roll], i): AnswerValue | undefined =>
      roll === 0 ? 'na' : roll === 1 ? 'dk' : roll === 2 ? undefined : (Math.max(0, Math.min(4, centres[i]! + shift)) as AnswerValue),
    ),
  );

export const workshop: fc.Arbitrary<Workshop> = fc
  .record({
    networkName,
    facilitator: fc.constantFrom('Mercè Puig', '', 'Jürgen Groß-Håland'),
    groups: fc.subarray(GROUPS),
    anonymous: fc.boolean(),
    centres: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: INDICATORS.length, maxLength: INDICATORS.length }),
    ballotCount: fc.integer({ min: 1, max: 40 }),
    /** A few notes, scattered over ballots and questions: [ballot, question, text]. */
    notes: fc.array(fc.tuple(fc.nat(), fc.nat(INDICATORS.length - 1), note().filter((t) => t !== '')), { maxLength: 12 }),
    consensus: fc.array(
      fc.option(fc.tuple(fc.constantFrom<Consensus['level']>(0, 1, 2, 3, 4, 'na'), note(MAX_RATIONALE_LENGTH)), { freq: 3, nil: null }),
      { minLength: INDICATORS.length, maxLength: INDICATORS.length },
    ),
    secondRound: fc.option(fc.integer({ min: 1, max: 40 }), { freq: 3, nil: null }),
    stageId,
    outcomes,
    actions,
    boardAsk,
  })
  .chain((r) =>
    fc
      .tuple(
        fc.array(ballotAnswers(r.centres), { minLength: r.ballotCount, maxLength: r.ballotCount }),
        fc.array(ballotAnswers(r.centres.map((c) => Math.min(4, c + 1))), { maxLength: r.secondRound ?? 0, minLength: r.secondRound ?? 0 }),
      )
      .map(([first, second]) => ({ r, first, second })),
  )
  .map(({ r, first, second }): Workshop => {
    const ballot = (round: 1 | 2, values: (AnswerValue | undefined)[], i: number): Ballot => {
      const notes = round === 1 ? r.notes.filter(([b]) => b % r.ballotCount === i) : [];
      const texts = INDICATORS.map((_, k) =>
        notes.filter(([, q]) => q === k).map(([, , t]) => t).join('\n').slice(0, MAX_NOTE_LENGTH),
      );
      const group = r.groups.length > 0 ? r.groups[i % r.groups.length] : undefined;
      return {
        id: `ballot-${round}-${i}`,
        workshopId: 'generated-workshop',
        rubric: { id: RUBRIC.id, version: RUBRIC.version },
        round,
        ...(r.anonymous ? {} : { participant: `${PEOPLE[i % PEOPLE.length]}${i >= PEOPLE.length ? ` ${i}` : ''}` }),
        ...(group ? { group } : {}),
        submittedAt: '2026-03-14T15:00:00.000Z',
        answers: answersOf(values, texts),
        source: 'device',
      };
    };
    const consensus: Record<string, Consensus> = {};
    r.consensus.forEach((c, k) => {
      if (c) consensus[INDICATORS[k]!] = { indicatorId: INDICATORS[k]!, level: c[0], rationale: c[1], decidedAt: '2026-03-14T17:00:00.000Z' };
    });
    return {
      id: 'generated-workshop',
      kind: 'workshop',
      networkId: 'net-generated',
      networkName: r.networkName,
      date: '2026-03-14',
      facilitator: r.facilitator,
      rubric: { id: RUBRIC.id, version: RUBRIC.version },
      groups: r.groups,
      anonymous: r.anonymous,
      ballots: [...first.map((v, i) => ballot(1, v, i)), ...second.map((v, i) => ballot(2, v, i))],
      tallies: [],
      consensus,
      currentRound: second.length > 0 ? 2 : 1,
      createdAt: '2026-03-10T09:00:00.000Z',
      updatedAt: '2026-03-14T17:00:00.000Z',
      stageId: r.stageId,
      outcomes: r.outcomes,
      actions: r.actions,
      ...(r.boardAsk ? { boardAsk: r.boardAsk } : {}),
    };
  });
