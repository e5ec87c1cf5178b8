// Who has handed in: every ballot of the round once, however it came, plus the people counted by a
// show of hands, against the number expected. The number expected is optional and old saves lack it.
import { createBallot } from '../../src/core/ballot';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { sanitizePersisted } from '../../src/core/persisted-state';
import { rosterFor } from '../../src/core/roster';
import { parseWorkshopFile, serializeWorkshop } from '../../src/core/workshop-file';
import type { Ballot, Workshop } from '../../src/core/workshop';
import { createWorkshop, invitationFor, workshopSchema } from '../../src/core/workshop';

const NOW = new Date('2026-05-01T10:00:00.000Z');
const first = FIVE_PRINCIPLES.principles[0]!.indicators[0]!.id;

function ballot(w: Workshop, participant: string | undefined, source: Ballot['source'], round: 1 | 2 = 1): Ballot {
  return createBallot(invitationFor(w), { round, source, participant, answers: { [first]: { value: 2 } } }, NOW);
}

describe('rosterFor', () => {
  it('counts each ballot of the round once, whatever way it came, with names or numbers', () => {
    const w = { ...createWorkshop(FIVE_PRINCIPLES, { networkName: 'N', facilitator: 'F' }, NOW), expectedParticipants: 12 };
    const ana = ballot(w, 'Ana', 'qr');
    const ballots = [ana, ballot(w, undefined, 'link'), ballot(w, 'Søren Ærø', 'pass-device'), ana, ballot(w, 'Late', 'link', 2)];
    const tallies = [{ workshopId: w.id, round: 1 as const, indicatorId: first, counts: [1, 2, 0, 0, 0] as [number, number, number, number, number], notApplicable: 0, dontKnow: 1 }];
    const roster = rosterFor(FIVE_PRINCIPLES, { ...w, ballots, tallies });
    expect(roster).toEqual({
      count: 7,
      expected: 12,
      tallied: 4,
      ballots: [
        { ballotId: ana.id, name: 'Ana', number: 1 },
        { ballotId: ballots[1]!.id, name: null, number: 2 },
        { ballotId: ballots[2]!.id, name: 'Søren Ærø', number: 3 },
      ],
    });
    expect(rosterFor(FIVE_PRINCIPLES, { ...w, ballots, tallies }, 2)).toMatchObject({ count: 1, ballots: [{ name: 'Late', number: 1 }] });
  });

  it('has no expected number unless the facilitator gave one', () => {
    const w = createWorkshop(FIVE_PRINCIPLES, { networkName: 'N', facilitator: 'F' }, NOW);
    expect(w).not.toHaveProperty('expectedParticipants');
    expect(rosterFor(FIVE_PRINCIPLES, w)).toEqual({ count: 0, expected: null, tallied: 0, ballots: [] });
    expect(rosterFor(FIVE_PRINCIPLES, { ...w, expectedParticipants: 0 }).expected).toBeNull();
  });
});

describe('the expected number in storage and files', () => {
  it('loads saves made before it existed, keeps it through a workshop file, and refuses nonsense', () => {
    const old = createWorkshop(FIVE_PRINCIPLES, { networkName: 'N', facilitator: 'F' }, NOW);
    expect(sanitizePersisted({ assessments: {}, workshops: { [old.id]: old } }).state.workshops[old.id]).toEqual(old);
    const w = { ...old, expectedParticipants: 12 };
    const read = parseWorkshopFile(serializeWorkshop(w), [FIVE_PRINCIPLES]);
    expect(read.ok && read.workshop.expectedParticipants).toBe(12);
    for (const bad of [-3, 2.5, 100_001, '12']) expect(workshopSchema.safeParse({ ...old, expectedParticipants: bad }).success).toBe(false);
  });
});
