// Workshop and ballot files: written in the Fivefold envelope, read back unchanged, and every wrong
// file refused with a message that says what is wrong.
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { expectPlain, wordsOf } from '../helpers/plain-words';
import type { Ballot, Workshop } from '../../src/core/workshop';
import { createWorkshop, localDate, workshopSchema } from '../../src/core/workshop';
import {
  BALLOT_FILE_TYPE,
  WORKSHOP_FILE_TYPE,
  parseBallotFile,
  parseWorkshopFile,
  serializeBallot,
  serializeWorkshop,
} from '../../src/core/workshop-file';

const RUBRICS = [FIVE_PRINCIPLES];
const NOW = new Date('2025-05-01T10:00:00.000Z');

function sampleBallot(): Ballot {
  return {
    id: 'ballot-1',
    workshopId: 'workshop-1',
    rubric: { id: FIVE_PRINCIPLES.id, version: FIVE_PRINCIPLES.version },
    round: 2,
    group: 'Staff',
    submittedAt: NOW.toISOString(),
    answers: { 'inst-formal-agreements': { value: 2, note: 'Łódź 🤝\nline two' }, 'div-sectors': { value: 'dk' } },
    source: 'pass-device',
  };
}

function sampleWorkshop(): Workshop {
  const w = createWorkshop(
    FIVE_PRINCIPLES,
    { networkName: 'Coopérative du Québec', facilitator: 'Zoë', date: '2025-05-01', groups: ['Members', ' Staff ', 'Members'] },
    NOW,
  );
  return {
    ...w,
    id: 'workshop-1',
    networkId: 'net-workshop-1',
    ballots: [sampleBallot()],
    tallies: [{ workshopId: 'workshop-1', round: 1, indicatorId: 'inst-federation', counts: [0, 1, 4, 2, 0], notApplicable: 1, dontKnow: 0 }],
    consensus: {
      'inst-federation': { indicatorId: 'inst-federation', level: 'na', rationale: 'No federation exists — yet.', decidedAt: NOW.toISOString() },
    },
    currentRound: 2,
    stageId: 'project-partnerships',
    outcomes: { 'pooling-resources': 'emerging' },
  };
}

/** The words a user reads when the file is refused, checked for validator speak. */
function workshopError(text: string): string {
  const result = parseWorkshopFile(text, RUBRICS);
  if (result.ok) throw new Error('expected the file to be refused, but it was accepted');
  const words = wordsOf(result.problem);
  expectPlain(words);
  return words;
}

/** The serialized workshop file as an object, for tests to spoil one field of. */
function fileWith(spoil: (workshop: Record<string, unknown>) => void): string {
  const file = JSON.parse(serializeWorkshop(sampleWorkshop(), NOW)) as { workshop: Record<string, unknown> };
  spoil(file.workshop);
  return JSON.stringify(file);
}

describe('createWorkshop', () => {
  it('makes a valid workshop with trimmed, unique groups, dated today by default', () => {
    const w = createWorkshop(FIVE_PRINCIPLES, { networkName: 'N', facilitator: 'F', groups: ['A', ' A', ''] }, NOW);
    expect(w).toMatchObject({ kind: 'workshop', groups: ['A'], anonymous: false, currentRound: 1, date: localDate(NOW) });
    expect(workshopSchema.safeParse(w).success).toBe(true);
    expect(sampleWorkshop().groups).toEqual(['Members', 'Staff']);
  });
});

describe('workshop files', () => {
  it('write the envelope, then read back exactly what was written', () => {
    const text = serializeWorkshop(sampleWorkshop(), NOW);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['type', 'schemaVersion', 'rubric', 'exportedAt', 'workshop']);
    expect(file).toMatchObject({ type: WORKSHOP_FILE_TYPE, schemaVersion: 2, rubric: { id: 'five-principles' }, exportedAt: NOW.toISOString() });
    expect(parseWorkshopFile(text, RUBRICS)).toStrictEqual({ ok: true, workshop: sampleWorkshop(), rubric: FIVE_PRINCIPLES });
  });

  it.each<{ name: string; text: () => string; words: string[] }>([
    { name: 'text that is not JSON', text: () => 'workshop: yes', words: ['text file, but not one Fivefold wrote'] },
    { name: 'an empty file', text: () => '', words: ['empty'] },
    { name: 'a ballot file', text: () => serializeBallot(sampleBallot()), words: ['participant’s ballot', 'add it to its workshop under “Collect”'] },
    { name: 'a newer file format', text: () => serializeWorkshop(sampleWorkshop(), NOW).replace('"schemaVersion": 2', '"schemaVersion": 3'), words: ['made by a newer version of Fivefold', 'update Fivefold'] },
    { name: 'an unknown rubric', text: () => fileWith((w) => (w.rubric = { id: 'other', version: '1.0.0' })), words: ['another rubric, “other” (version 1.0.0)', 'does not have'] },
    { name: 'a bad date', text: () => fileWith((w) => (w.date = '01/05/2025')), words: ['The date of the workshop, “01/05/2025”, is not a date Fivefold can read', 'year-month-day'] },
    { name: 'thirteen groups', text: () => fileWith((w) => (w.groups = Array.from({ length: 13 }, (_, i) => `G${i}`))), words: ['Too many entries in the list of perspective groups: 13; the limit is 12.'] },
    { name: 'a group listed twice', text: () => fileWith((w) => (w.groups = ['A', 'A'])), words: ['The perspective group “A” is listed twice.'] },
    { name: 'a negative tally', text: () => fileWith((w) => ((w.tallies as { dontKnow: number }[])[0]!.dontKnow = -1)), words: ['The number of “don’t know” hands in the show of hands for question 1.3 “', '” is -1; it must be at least 0.'] },
    { name: 'a ballot with no id', text: () => fileWith((w) => ((w.ballots as { id: string }[])[0]!.id = '')), words: ['Ballot 1: the internal id is empty.'] },
    { name: 'a ballot with a level of 9', text: () => fileWith((w) => (Object.assign((w.ballots as object[])[0]!, { participant: 'Ana', answers: { 'div-sectors': { value: 9 } } }))), words: ['Ballot 1 (Ana): question 2.1 “', '” has the level 9; levels run from 0 to 4.'] },
    { name: 'a consensus filed under another id', text: () => fileWith((w) => (w.consensus = { 'div-sectors': (w.consensus as Record<string, unknown>)['inst-federation'] })), words: ['Part of the file could not be read: the question named in the agreed answer to question 2.1 “'] },
    { name: 'an overlong rationale', text: () => fileWith((w) => ((w.consensus as Record<string, { rationale: string }>)['inst-federation']!.rationale = 'x'.repeat(2001))), words: ['The reason recorded for the agreed answer to question 1.3 “', '” is 2,001 characters long; the limit is 2,000.'] },
    { name: 'round 3', text: () => fileWith((w) => (w.currentRound = 3)), words: ['The current round is 3; it can only be 1 or 2.'] },
  ])('refuse $name, saying why', ({ text, words }) => {
    const error = workshopError(text());
    for (const word of words) expect(error).toContain(word);
  });
});

describe('ballot files', () => {
  it('write the envelope, then read back exactly what was written', () => {
    const text = serializeBallot(sampleBallot());
    expect(JSON.parse(text)).toMatchObject({ type: BALLOT_FILE_TYPE, schemaVersion: 1, rubric: sampleBallot().rubric });
    expect(parseBallotFile(text)).toStrictEqual({ ok: true, ballot: sampleBallot() });
  });

  it.each<{ name: string; text: () => string; words: string[] }>([
    { name: 'a workshop file', text: () => serializeWorkshop(sampleWorkshop(), NOW), words: ['This is a workshop file: open it from the start page.'] },
    { name: 'a ballot with an unknown source', text: () => serializeBallot({ ...sampleBallot(), source: 'fax' as Ballot['source'] }), words: ['The ballot in the file could not be read:', 'The way it was handed in is “fax”, which Fivefold does not know.'] },
    { name: 'a ballot with a level of 5', text: () => serializeBallot({ ...sampleBallot(), answers: { x: { value: 5 as 4 } } }), words: ['The question “x” has the level 5; levels run from 0 to 4.'] },
  ])('refuse $name, saying why', ({ text, words }) => {
    const result = parseBallotFile(text());
    expect(result.ok).toBe(false);
    const error = result.ok ? '' : wordsOf(result.problem);
    for (const word of words) expect(error).toContain(word);
    expectPlain(error);
  });
});
