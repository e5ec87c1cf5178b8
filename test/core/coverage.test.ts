// Shorter sessions: a workshop that covers some principles only. Scores are worked out by hand on
// the fixture rubric (two principles, alpha and beta, of four indicators) and the shipped rubric.
import { aggregateBallots, groupComparison } from '../../src/core/aggregation';
import { decodeInvitationLink, encodeInvitationLink } from '../../src/core/ballot-link';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import {
  MINUTES_PER_QUESTION,
  coverageChoice,
  coveredPrinciples,
  sessionMinutes,
  sessionQuestions,
  uncoveredPrinciples,
} from '../../src/core/coverage';
import { sanitizePersisted } from '../../src/core/persisted-state';
import { scoreValues } from '../../src/core/scoring';
import type { Ballot, Consensus, Workshop } from '../../src/core/workshop';
import { createWorkshop, invitationFor, invitationSchema, workshopSchema } from '../../src/core/workshop';
import { TEST_RUBRIC, answersFor } from './fixtures';
import type { Row } from './fixtures';

const NOW = new Date('2025-05-01T10:00:00.000Z');
const ids = (list: { id: string }[]) => list.map((p) => p.id);

let seq = 0;
function ballot(rows: Row[], group?: string): Ballot {
  seq += 1;
  return {
    id: `b${seq}`,
    workshopId: 'w1',
    rubric: { id: TEST_RUBRIC.id, version: TEST_RUBRIC.version },
    round: 1,
    ...(group !== undefined && { group }),
    submittedAt: NOW.toISOString(),
    answers: answersFor(...rows),
    source: 'device',
  };
}

function workshop(principles: string[] | undefined, ballots: Ballot[], consensus: Record<string, Consensus> = {}): Workshop {
  const w = createWorkshop(TEST_RUBRIC, { networkName: 'N', facilitator: 'Ana', date: '2025-05-01', ...(principles && { principles }) }, NOW);
  return { ...w, id: 'w1', ballots, consensus };
}

describe('which principles a session covers', () => {
  it('covers every principle when none is named (every workshop and invitation made before)', () => {
    expect(ids(coveredPrinciples(FIVE_PRINCIPLES, undefined))).toEqual(ids(FIVE_PRINCIPLES.principles));
    expect(uncoveredPrinciples(FIVE_PRINCIPLES, undefined)).toEqual([]);
  });

  it('keeps rubric order, counts an id listed twice once and ignores ids the rubric lacks', () => {
    const [p1, p2, p3, p4, p5] = ids(FIVE_PRINCIPLES.principles);
    expect(ids(coveredPrinciples(FIVE_PRINCIPLES, [p4!, p1!, 'no-such-principle', p4!]))).toEqual([p1, p4]);
    expect(ids(uncoveredPrinciples(FIVE_PRINCIPLES, [p4!, p1!]))).toEqual([p2, p3, p5]);
  });

  it('never leaves a session empty: a list naming nothing the rubric has covers everything', () => {
    expect(coveredPrinciples(FIVE_PRINCIPLES, ['gone'])).toHaveLength(5);
  });

  it('stores nothing for a full session, and a subset in rubric order', () => {
    const all = ids(FIVE_PRINCIPLES.principles);
    expect(coverageChoice(FIVE_PRINCIPLES, [...all].reverse())).toBeUndefined();
    expect(coverageChoice(FIVE_PRINCIPLES, [all[3]!, all[0]!])).toEqual([all[0], all[3]]);
  });
});

describe('the questions of a session, and how long they take', () => {
  it('lists only the covered principles\' questions, numbered as in the full questionnaire', () => {
    const [, second, , fourth] = ids(FIVE_PRINCIPLES.principles);
    const qs = sessionQuestions(FIVE_PRINCIPLES, [fourth!, second!]);
    expect(qs).toHaveLength(10);
    expect(qs.map((q) => `${q.principleIndex + 1}.${q.indicatorIndex + 1}`)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '4.1', '4.2', '4.3', '4.4', '4.5']);
    expect(qs[5]!.indicator).toBe(FIVE_PRINCIPLES.principles[3]!.indicators[0]);
  });

  it.each([
    [25, 20],
    [15, 12],
    [5, 4],
    [1, 1],
  ])(`%i questions take about %i minutes (${MINUTES_PER_QUESTION} a question)`, (questions, minutes) => {
    expect(sessionMinutes(questions)).toBe(minutes);
  });
});

describe('scores of a session that covers some principles', () => {
  // Two people answer both principles, though the session covers alpha only (an old draft, say).
  const ballots = () => [ballot([[4, 2, 2, 4], [0, 0, 0, 0]]), ballot([[2, 2, 4, 4], [0, 0, 0, 0]])];

  it('scores what was covered; a principle left out has no score and is marked, never a zero', () => {
    const agg = aggregateBallots(TEST_RUBRIC, workshop(['alpha'], ballots()));
    const [alpha, beta] = agg.score.principles;
    // alpha medians 3, 2, 3, 4 → mean 3 → 75.
    expect(alpha).toMatchObject({ principleId: 'alpha', score: 75, covered: true, levelled: 4, total: 4 });
    expect(beta).toMatchObject({ principleId: 'beta', score: null, band: null, covered: false, levelled: 0 });
    // The index and the counts are over alpha alone: beta's zeros do not pull it down to 37.5.
    expect(agg.score.overall).toBe(75);
    expect(agg.score.weakestPrincipleId).toBe('alpha');
    expect(agg.score).toMatchObject({ total: 4, levelled: 4, unanswered: 0, coverage: 1 });
  });

  it('takes no answer, show of hands or agreed level into account for a principle left out', () => {
    const w = {
      ...workshop(['alpha'], ballots(), { 'beta-1': { indicatorId: 'beta-1', level: 4, rationale: '', decidedAt: NOW.toISOString() } }),
      tallies: [{ workshopId: 'w1', round: 1 as const, indicatorId: 'beta-2', counts: [0, 0, 0, 0, 3] as [number, number, number, number, number], notApplicable: 0, dontKnow: 0 }],
    };
    const agg = aggregateBallots(TEST_RUBRIC, w);
    const beta = agg.indicators.filter((i) => i.indicatorId.startsWith('beta'));
    expect(beta.map((i) => [i.covered, i.n, i.groupValue, i.consensus, i.distribution.blank])).toEqual(
      Array(4).fill([false, 0, undefined, null, 0]),
    );
    expect(agg.discussionAgenda.every((id) => id.startsWith('alpha'))).toBe(true);
  });

  it('gives the same scores as a full session for the principles covered', () => {
    const full = aggregateBallots(TEST_RUBRIC, workshop(undefined, ballots()));
    const part = aggregateBallots(TEST_RUBRIC, workshop(['alpha'], ballots()));
    expect(part.score.principles[0]).toEqual(full.score.principles[0]);
    expect(full.score.overall).toBe(37.5);
  });

  it('scores each perspective group over the same principles', () => {
    const w = workshop(['beta'], [1, 2, 3].map(() => ballot([[4, 4, 4, 4], [2, 2, 2, 2]], 'Members')));
    const [members] = groupComparison(TEST_RUBRIC, { ...w, groups: ['Members'] });
    expect(members!.hidden === false && members!.score.principles.map((p) => [p.score, p.covered])).toEqual([
      [null, false],
      [50, true],
    ]);
  });

  it('scoreValues without a session covers every principle', () => {
    expect(scoreValues(TEST_RUBRIC, () => 2).principles.map((p) => p.covered)).toEqual([true, true]);
  });
});

describe('the session travels with the workshop and its invitation', () => {
  it('an invitation carries the principles covered, inside the checksummed link', () => {
    const w = createWorkshop(FIVE_PRINCIPLES, { networkName: 'Ærø', facilitator: 'Jo', principles: ['diversity'] });
    expect(w.principles).toEqual(['diversity']);
    const decoded = decodeInvitationLink(encodeInvitationLink(invitationFor(w)));
    expect(decoded.ok && decoded.value.principles).toEqual(['diversity']);
  });

  it('a full session\'s invitation is as before: no list at all, read as every principle', () => {
    const invitation = invitationFor(createWorkshop(FIVE_PRINCIPLES, { networkName: 'N', facilitator: 'Jo' }));
    expect(invitation).not.toHaveProperty('principles');
    const decoded = decodeInvitationLink(encodeInvitationLink(invitation));
    expect(decoded.ok && sessionQuestions(FIVE_PRINCIPLES, decoded.value.principles)).toHaveLength(25);
  });

  it('workshops and invitations of the earlier shape still load; an empty list is refused', () => {
    const w = workshop(undefined, []);
    expect(w).not.toHaveProperty('principles');
    expect(workshopSchema.safeParse(w).success).toBe(true);
    expect(workshopSchema.safeParse({ ...w, principles: ['alpha'] }).success).toBe(true);
    expect(workshopSchema.safeParse({ ...w, principles: [] }).success).toBe(false);
    expect(invitationSchema.safeParse({ ...invitationFor(w), principles: [] }).success).toBe(false);
  });

  it('a stored workshop keeps its session through a save and a load', () => {
    const w = workshop(['beta'], []);
    const { state, setAside } = sanitizePersisted(JSON.parse(JSON.stringify({ assessments: {}, workshops: { [w.id]: w } })));
    expect(setAside).toEqual([]);
    expect(state.workshops[w.id]!.principles).toEqual(['beta']);
  });
});
