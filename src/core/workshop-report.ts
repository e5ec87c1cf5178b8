// The board report of a facilitated workshop: the same report as a solo assessment, with the group
// values as the answers (the agreed level where the room recorded one, else the median), plus the
// group's picture: how many took part, how the answers spread, where the room disagreed and what it
// agreed, and how round 2 moved against round 1. Nothing here rounds.
import { DISAGREEMENT_SPREAD } from './agenda';
import { aggregateBallots, compareRounds, distinctBallots } from './aggregation';
import type { IndicatorAggregate, RoundStats } from './aggregation';
import { changeSinceLast } from './change-since-last';
import { reportLastPlan } from './report-plan';
import type { ScoredAt } from './change-since-last';
import { assembleReportModel, indicatorNumber } from './report-model';
import type { ReportAnswer, ReportModel } from './report-model';
import type { Indicator, Rubric } from './rubric-schema';
import type { Round, Workshop } from './workshop';

export interface ReportDistribution {
  /** People per level: index 0 is level 0, … index 4 is level 4. */
  levels: readonly number[];
  notApplicable: number;
  dontKnow: number;
  /** Ballots that left the question blank. */
  blank: number;
}

/** A participant's note on one question; names are left out of anonymous workshops. */
export interface WorkshopNote {
  participant: string | null;
  group: string | null;
  text: string;
}

export interface WorkshopIndicatorReport {
  id: string;
  number: string;
  question: string;
  distribution: ReportDistribution;
  /** Levels given (N/A and "Don't know" excluded). */
  n: number;
  median: number | null;
  spread: number | null;
  disagreement: boolean;
  /** The level the room agreed after discussion, and why, as typed. */
  consensus?: { answer: ReportAnswer; rationale: string };
  notes: WorkshopNote[];
}

export interface RoundChangeReport {
  id: string;
  number: string;
  question: string;
  round1: RoundStats;
  round2: RoundStats;
  medianChange: number | null;
}

export interface ReportWorkshop {
  participantCount: number;
  ballotCount: number;
  /** The round whose answers the report shows and scores. */
  round: Round;
  facilitator: string;
  groups: string[];
  anonymous: boolean;
  /** Every question the session covered, in rubric order. */
  perIndicator: WorkshopIndicatorReport[];
  /** The questions the room disagreed on (a spread of disagreementSpread levels or more), most divided first. */
  agenda: WorkshopIndicatorReport[];
  /** The spread that marks a disagreement (DISAGREEMENT_SPREAD), for the report's words. */
  disagreementSpread: number;
  /** Per question with a level in either round, when round 2 has any answers. */
  roundComparison?: RoundChangeReport[];
}

/** The group value as an answer: an agreed level, a median (whole or between two levels), or blank. */
function groupAnswer(indicator: Indicator, agg: IndicatorAggregate): ReportAnswer {
  const value = agg.groupValue;
  if (typeof value === 'number') {
    if (Number.isInteger(value)) {
      const anchor = indicator.levels[value]!;
      const basis = agg.valueSource === 'consensus' ? 'consensus' : 'median';
      return { kind: 'level', level: value, label: anchor.label, anchor: anchor.description, basis };
    }
    const [lower, upper] = [Math.floor(value), Math.ceil(value)];
    return {
      kind: 'between-levels',
      median: value,
      lower: { level: lower, label: indicator.levels[lower]!.label },
      upper: { level: upper, label: indicator.levels[upper]!.label },
    };
  }
  // The group value is N/A only when the room agreed so; a median never is.
  if (value !== undefined) return { kind: 'not-applicable', basis: 'consensus' };
  return { kind: 'unanswered', basis: 'median' };
}

/** The latest round with any answers: a round 2 just opened, still empty, does not blank the report. */
export function reportRound(workshop: Workshop): Round {
  const has2 = workshop.ballots.some((b) => b.round === 2) || workshop.tallies.some((t) => t.round === 2);
  return has2 ? 2 : 1;
}

/** The group's scores in the round a report shows, for comparing one workshop with an earlier one. */
function scoredWorkshop(rubric: Rubric, workshop: Workshop): ScoredAt {
  return { score: aggregateBallots(rubric, workshop, { round: reportRound(workshop) }).score, version: workshop.rubric.version, day: workshop.date };
}

/** A workshop's report; `previous` is the earlier workshop of the same network, if any (network-history.ts). */
export function buildWorkshopReportModel(rubric: Rubric, workshop: Workshop, now: Date = new Date(), previous: Workshop | null = null): ReportModel {
  const aggregate = aggregateBallots(rubric, workshop, { round: reportRound(workshop) });
  const { round } = aggregate;
  const byId = new Map(aggregate.indicators.map((a) => [a.indicatorId, a]));
  const ballots = distinctBallots(workshop.ballots).filter((b) => b.round === round);
  const indicators = rubric.principles
    .flatMap((p, pi) => p.indicators.map((ind, ii) => ({ ind, number: indicatorNumber(pi, ii) })))
    .filter(({ ind }) => byId.get(ind.id)!.covered);

  const perIndicator = indicators.map(({ ind, number }): WorkshopIndicatorReport => {
    const agg = byId.get(ind.id)!;
    const { levels, notApplicable, dontKnow, blank } = agg.distribution;
    const notes = ballots.flatMap((b): WorkshopNote[] => {
      const text = b.answers[ind.id]?.note ?? '';
      if (text.trim() === '') return [];
      const participant = workshop.anonymous ? null : b.participant?.trim() || null;
      return [{ participant, group: b.group ?? null, text }];
    });
    return {
      ...{ id: ind.id, number, question: ind.question },
      distribution: { levels: [...levels], notApplicable, dontKnow, blank },
      ...{ n: agg.n, median: agg.median, spread: agg.spread, disagreement: agg.disagreement },
      ...(agg.consensus ? { consensus: { answer: groupAnswer(ind, agg), rationale: agg.consensus.rationale } } : {}),
      notes,
    };
  });
  const reportOf = new Map(perIndicator.map((r) => [r.id, r]));
  const agenda = aggregate.discussionAgenda.map((id) => reportOf.get(id)!).filter((r) => r.disagreement);

  const hasRound2 = reportRound(workshop) === 2;
  const roundComparison = hasRound2
    ? compareRounds(rubric, workshop)
        .filter((c) => c.round1.n > 0 || c.round2.n > 0)
        .map(({ indicatorId, ...change }) => {
          const { number, question } = reportOf.get(indicatorId)!;
          return { id: indicatorId, number, question, ...change };
        })
    : undefined;

  return assembleReportModel(
    rubric,
    {
      cover: {
        networkName: workshop.networkName,
        // The report words "facilitated workshop with N participants" from model.workshop; here only the name.
        assessedBy: workshop.facilitator.trim(),
        assessedAt: workshop.date,
      },
      score: aggregate.score,
      valueOf: (id) => byId.get(id)?.groupValue,
      answerOf: (ind) => groupAnswer(ind, byId.get(ind.id)!),
      noteOf: () => '',
      stageId: workshop.stageId,
      stageNote: '',
      outcomes: workshop.outcomes,
      actions: workshop.actions,
      boardAsk: workshop.boardAsk ?? '',
      // Participants' answers: the group value itself is never "Don't know".
      dontKnow: perIndicator.reduce(
        (acc, r) => {
          const d = r.distribution;
          return { count: acc.count + d.dontKnow, of: acc.of + d.levels.reduce((a, b) => a + b, 0) + d.notApplicable + d.dontKnow };
        },
        { count: 0, of: 0 },
      ),
      change: previous ? changeSinceLast(rubric, scoredWorkshop(rubric, workshop), scoredWorkshop(rubric, previous)) : null,
      lastPlan: previous ? reportLastPlan(previous.date, previous.actions) : null,
      workshop: {
        participantCount: aggregate.participantCount,
        ballotCount: aggregate.ballotCount,
        round,
        facilitator: workshop.facilitator,
        groups: [...workshop.groups],
        anonymous: workshop.anonymous,
        perIndicator,
        agenda,
        disagreementSpread: DISAGREEMENT_SPREAD,
        ...(roundComparison && roundComparison.length > 0 ? { roundComparison } : {}),
      },
    },
    now,
  );
}
