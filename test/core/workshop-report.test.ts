// The workshop's board report model, worked out by hand from test/fixtures/sample-workshop.ts:
// three ballots (Zofia Wójcik, Élodie Tremblay, Søren Ærø) and one agreed level (1.1 → 1).
import { aggregateBallots } from '../../src/core/aggregation';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildReportModel } from '../../src/core/report-model';
import type { ReportModel } from '../../src/core/report-model';
import { strengthsAndGaps } from '../../src/core/results';
import { workshopSchema } from '../../src/core/workshop';
import { buildWorkshopReportModel } from '../../src/core/workshop-report';
import { largeWorkshop } from '../fixtures/large-workshop';
import { sampleAssessment } from '../fixtures/sample-assessment';
import { WORKSHOP_RATIONALE, sampleWorkshop, workshopBallot } from '../fixtures/sample-workshop';
import { assessedByText } from '../../src/export/report-text';

const NOW = new Date('2026-03-15T10:00:00.000Z');
const model = buildWorkshopReportModel(FIVE_PRINCIPLES, sampleWorkshop(), NOW);
const ws = model.workshop!;
const indicator = (m: ReportModel, number: string) => m.principles.flatMap((p) => p.indicators).find((i) => i.number === number)!;
const row = (number: string) => ws.perIndicator.find((r) => r.number === number)!;

it('uses fixtures that pass the workshop schema', () => {
  expect(workshopSchema.safeParse(sampleWorkshop()).success).toBe(true);
  expect(workshopSchema.safeParse(largeWorkshop()).success).toBe(true);
});

describe('buildWorkshopReportModel: the cover', () => {
  it('names the workshop, its size and facilitator, and its day', () => {
    expect(model.networkName).toBe('Łódź Spółdzielnia & Coopérative du Québec');
    // Core gives the facilitator's name and the count; the report words them (assessedByText).
    expect(model.assessedBy).toBe('Mercè Puig');
    expect(assessedByText(model)).toBe('Facilitated workshop with 3 participants (facilitator: Mercè Puig)');
    expect(model.assessedAt).toBe('2026-03-14');
    expect(model.generatedAt).toBe(NOW.toISOString());
    expect(model.stage?.title).toBe('Project partnerships and co-op-to-co-op trade');
    expect(model.outcomes.map((o) => o.rating)).toEqual(['Emerging', null, null, null, 'Not yet', null]);
  });

  it('leaves out the facilitator when none is named, and says "1 participant"', () => {
    const one = { ...sampleWorkshop(), facilitator: ' ', ballots: sampleWorkshop().ballots.slice(0, 1) };
    expect(assessedByText(buildWorkshopReportModel(FIVE_PRINCIPLES, one, NOW))).toBe('Facilitated workshop with 1 participant');
  });
});

describe('buildWorkshopReportModel: group values as answers', () => {
  it.each([
    // number, levels given → median, spread, disagreement, answer
    ['1.2', 2, 0, false, { kind: 'level', level: 2, basis: 'median' }],
    ['1.3', 3, 0, false, { kind: 'level', level: 3, basis: 'median' }],
    ['1.5', 2, 1, false, { kind: 'level', level: 2, basis: 'median' }], // 2, 3, 2
    ['2.2', 3, 1, false, { kind: 'level', level: 3, basis: 'median' }], // 3, 3, 2
    ['4.2', 1, 2, true, { kind: 'level', level: 1, basis: 'median' }], // 0, 1, 2
  ] as const)('%s: median %s, spread %s', (number, median, spread, disagreement, answer) => {
    expect(row(number)).toMatchObject({ median, spread, disagreement });
    expect(indicator(model, number).answer).toMatchObject(answer);
  });

  it('shows a median between two levels as it is: 2.4 has levels 2 and 1 (and a “Don’t know”) → 1.5', () => {
    expect(row('2.4')).toMatchObject({ n: 2, median: 1.5, spread: 1, distribution: { levels: [0, 1, 1, 0, 0], dontKnow: 1 } });
    expect(indicator(model, '2.4').answer).toEqual({
      kind: 'between-levels',
      median: 1.5,
      lower: { level: 1, label: 'Discussed, not counted' },
      upper: { level: 2, label: 'Counted, no action' },
    });
  });

  it('uses the agreed level over the median (1.1: levels 0, 2, 4 → median 2, agreed 1) and keeps the rationale as typed', () => {
    expect(row('1.1')).toMatchObject({ median: 2, spread: 4, disagreement: true, distribution: { levels: [1, 0, 1, 0, 1] } });
    const answer = { kind: 'level', level: 1, label: 'One-off contracts only', basis: 'consensus' };
    expect(indicator(model, '1.1').answer).toMatchObject(answer);
    expect(row('1.1').consensus).toEqual({ answer: indicator(model, '1.1').answer, rationale: WORKSHOP_RATIONALE });
    expect(ws.perIndicator.filter((r) => r.consensus)).toHaveLength(1);
  });

  it('has no group level where nobody gave one: all N/A (2.3), all “Don’t know” (3.3), all blank (5.5)', () => {
    for (const number of ['2.3', '3.3', '5.5']) {
      expect(indicator(model, number).answer).toEqual({ kind: 'unanswered', basis: 'median' });
      expect(row(number)).toMatchObject({ n: 0, median: null, spread: null, disagreement: false });
    }
    expect(row('2.3').distribution).toEqual({ levels: [0, 0, 0, 0, 0], notApplicable: 3, dontKnow: 0, blank: 0 });
    expect(row('5.5').distribution.blank).toBe(3);
  });

  it('an agreed “not applicable” is N/A in the report and the scores', () => {
    const w = sampleWorkshop();
    w.consensus['div-support-partners'] = { indicatorId: 'div-support-partners', level: 'na', rationale: '', decidedAt: NOW.toISOString() };
    const m = buildWorkshopReportModel(FIVE_PRINCIPLES, w, NOW);
    expect(indicator(m, '2.3').answer).toEqual({ kind: 'not-applicable', basis: 'consensus' });
    expect(m.principles[1]!.notApplicable).toBe(1);
  });

  it('leaves the assessor note empty and files participants’ notes under their question, with names and groups', () => {
    expect(model.principles.every((p) => p.indicators.every((i) => i.note === ''))).toBe(true);
    expect(row('1.1').notes).toEqual([
      { participant: 'Zofia Wójcik', group: 'worker-members', text: 'Umowa z piekarnią wygasła — nothing is signed in Łódź.' },
      { participant: 'Søren Ærø', group: 'partner organisations', text: 'Mondragón-style charter signed by every member in 2023.' },
    ]);
    expect(row('4.3').notes[0]).toMatchObject({ participant: 'Élodie Tremblay', text: 'Coopérative du Québec moved two bakers last winter.\nIt was informal.' });
  });

  it('does not name anyone in an anonymous workshop', () => {
    const m = buildWorkshopReportModel(FIVE_PRINCIPLES, { ...sampleWorkshop(), anonymous: true }, NOW);
    expect(m.workshop!.perIndicator.flatMap((r) => r.notes).every((n) => n.participant === null)).toBe(true);
  });
});

describe('buildWorkshopReportModel: scores from the group values', () => {
  // 1: 1 (agreed), 2, 3, 1, 2 → 9/5 = 1.8 → 45
  // 2: 4, 3, –, 1.5, 1 → 9.5/4 = 2.375 → 59.375
  // 3: 2, 3, –, 3, 1 → 9/4 = 2.25 → 56.25
  // 4: 1, 1, 2, 3, 4 → 11/5 = 2.2 → 55
  // 5: 3, 3, 3, 3, – → 12/4 = 3 → 75
  const expected = [45, 59.375, 56.25, 55, 75];

  it('scores each principle by the solo rules, with the agreed level in place of the median', () => {
    model.principles.forEach((p, i) => expect(p.score).toBeCloseTo(expected[i]!, 10));
    expect(model.principles.map((p) => p.levelled)).toEqual([5, 4, 4, 5, 4]);
    expect(model.overall).toBeCloseTo(290.625 / 5, 10);
    expect(model.overallBand).toBe('Emerging');
    expect(model.weakest).toEqual({ title: 'Institutionalization of relationships', score: 45 });
    expect(model.coverage).toEqual({ levelled: 22, total: 25, notApplicable: 0, dontKnow: 0, unanswered: 3 });
  });

  it('matches aggregateBallots exactly', () => {
    const { score } = aggregateBallots(FIVE_PRINCIPLES, sampleWorkshop());
    expect(model.principles.map((p) => p.score)).toEqual(score.principles.map((p) => p.score));
    expect(model.overall).toBe(score.overall);
  });

  it('without the agreement, 1.1 counts its median 2: principle 1 = 10/5 = 2 → 50', () => {
    const m = buildWorkshopReportModel(FIVE_PRINCIPLES, { ...sampleWorkshop(), consensus: {} }, NOW);
    expect(m.principles[0]!.score).toBe(50);
    expect(indicator(m, '1.1').answer).toMatchObject({ kind: 'level', level: 2, basis: 'median' });
  });

  it('ranks strengths and gaps on the group values: highest first, ties in rubric order', () => {
    expect(model.strengths.map((h) => [h.number, h.value])).toEqual([['2.1', 4], ['4.5', 4], ['1.3', 3]]);
    expect(model.gaps.map((h) => [h.number, h.value])).toEqual([['1.1', 1], ['1.4', 1], ['2.5', 1]]);
    expect(model.gaps[0]!.answer).toBe(indicator(model, '1.1').answer);
  });
});

describe('buildWorkshopReportModel: the group’s picture', () => {
  it('counts the participants and lists every question in rubric order', () => {
    expect(ws).toMatchObject({ participantCount: 3, ballotCount: 3, round: 1, facilitator: 'Mercè Puig', anonymous: false });
    expect(ws.groups).toEqual(['worker-members', 'user-members', 'partner organisations']);
    expect(ws.perIndicator.map((r) => r.number)).toEqual(model.principles.flatMap((p) => p.indicators.map((i) => i.number)));
  });

  it('puts only the disagreements on the agenda, most divided first: 1.1 (spread 4), then 4.2 (spread 2)', () => {
    expect(ws.agenda.map((r) => r.number)).toEqual(['1.1', '4.2']);
  });

  it('has no round comparison with one round, and one when round 2 has ballots', () => {
    expect(ws.roundComparison).toBeUndefined();
    const w = sampleWorkshop();
    // After discussion, two participants move 1.1 to level 1; 1.2 stays at level 2.
    w.ballots.push(
      workshopBallot('r2-a', [[1, 2]], { round: 2 }),
      workshopBallot('r2-b', [[1, 2]], { round: 2 }),
    );
    const m = buildWorkshopReportModel(FIVE_PRINCIPLES, w, NOW);
    const rounds = m.workshop!.roundComparison!;
    expect(rounds.find((c) => c.number === '1.1')).toMatchObject({
      round1: { n: 3, median: 2, spread: 4 },
      round2: { n: 2, median: 1, spread: 0 },
      medianChange: -1,
    });
    expect(rounds.find((c) => c.number === '1.2')).toMatchObject({ medianChange: 0 });
    // 5.5 had no level in either round.
    expect(rounds.some((c) => c.number === '5.5')).toBe(false);
  });

  it('reports the current round: round 2 values, participants and distributions', () => {
    const w = { ...sampleWorkshop(), currentRound: 2 as const };
    w.ballots = [...w.ballots, workshopBallot('r2-a', [[1, 2]], { round: 2 }), workshopBallot('r2-b', [[0, 3]], { round: 2 })];
    const m = buildWorkshopReportModel(FIVE_PRINCIPLES, w, NOW);
    expect(m.workshop).toMatchObject({ round: 2, participantCount: 2 });
    expect(assessedByText(m)).toBe('Facilitated workshop with 2 participants (facilitator: Mercè Puig)');
    expect(m.workshop!.perIndicator[1]).toMatchObject({ number: '1.2', median: 2.5, spread: 1 });
    // 1.1 keeps its agreed level whatever the round.
    expect(indicator(m, '1.1').answer).toMatchObject({ level: 1, basis: 'consensus' });
  });

  it('counts show-of-hands tallies as participants', () => {
    const w = sampleWorkshop();
    w.tallies = [{ workshopId: w.id, round: 1, indicatorId: 'emb-public-goods', counts: [0, 1, 2, 1, 0], notApplicable: 0, dontKnow: 1 }];
    const m = buildWorkshopReportModel(FIVE_PRINCIPLES, w, NOW);
    expect(m.workshop).toMatchObject({ participantCount: 8, ballotCount: 3 });
    expect(m.workshop!.perIndicator.at(-1)).toMatchObject({ median: 2, spread: 2, disagreement: true });
  });
});

describe('buildReportModel: the solo report through the shared builder', () => {
  const solo = buildReportModel(FIVE_PRINCIPLES, sampleAssessment(), NOW);

  it('has no workshop section and no group bases', () => {
    expect(solo.workshop).toBeUndefined();
    expect('workshop' in solo).toBe(false);
    const answers = solo.principles.flatMap((p) => p.indicators.map((i) => i.answer));
    expect(answers.every((a) => !('basis' in a))).toBe(true);
  });

  it('names the same strengths and gaps as the results screen', () => {
    const { strengths, gaps } = strengthsAndGaps(FIVE_PRINCIPLES, sampleAssessment().answers);
    expect(solo.strengths.map((h) => h.question)).toEqual(strengths.map((r) => r.indicator.question));
    expect(solo.gaps.map((h) => h.question)).toEqual(gaps.map((r) => r.indicator.question));
    expect(solo.strengths.map((h) => h.value)).toEqual(strengths.map((r) => r.value));
  });
});

describe('the large workshop fixture', () => {
  it('is deterministic and as large as asked', () => {
    expect(largeWorkshop()).toEqual(largeWorkshop());
    expect(largeWorkshop().ballots).toHaveLength(40);
    expect(largeWorkshop(7).ballots).toHaveLength(7);
    const m = buildWorkshopReportModel(FIVE_PRINCIPLES, largeWorkshop(), NOW);
    expect(m.workshop!.participantCount).toBe(40);
    expect(m.workshop!.perIndicator.some((r) => r.notes.some((n) => n.text.length > 1000))).toBe(true);
  });
});

const NOW_FOR_ROUNDS = new Date('2026-03-15T10:00:00Z');

describe('which round the report shows', () => {
  it('stays on round 1 when round 2 has been opened but has no answers yet', () => {
    const workshop = { ...sampleWorkshop(), currentRound: 2 as const };
    const model = buildWorkshopReportModel(FIVE_PRINCIPLES, workshop, NOW_FOR_ROUNDS);
    expect(model.workshop?.round).toBe(1);
    expect(model.workshop?.participantCount).toBe(buildWorkshopReportModel(FIVE_PRINCIPLES, sampleWorkshop(), NOW_FOR_ROUNDS).workshop?.participantCount);
    expect(model.workshop?.participantCount).toBeGreaterThan(0);
  });
});
