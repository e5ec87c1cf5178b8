// Aggregation: turns a workshop's ballots and show-of-hands tallies into one value per indicator,
// how divided the room is, and group principle scores. The rules, in plain words:
// - Which answers count: the ballots of one round (the workshop's current round unless another is
//   asked for) plus that round's tallies, which add up when one indicator has several. A ballot id
//   seen twice counts once (the first one listed).
//   Asked for one perspective group, only that group's ballots count; tallies are left out then,
//   because a show of hands does not record who belongs to which group.
// - Per indicator, the distribution counts people per level 0–4, "Not applicable" and "Don't know".
//   N/A and "Don't know" never enter the statistics: n, median, min, max and spread use levels only.
// - The median of an even number of levels is the mean of the two middle ones ([1, 4] → 2.5).
//   Spread = max − min; a spread of DISAGREEMENT_SPREAD (2) or more flags disagreement (agenda.ts).
// - The group value is the room's consensus when one was recorded (consensus "na" → N/A), else the
//   median; with no level given it is blank. Consensus applies to the whole room only: a
//   perspective group's value is always its own median.
// - Principle scores and the overall index come from scoreValues (scoring.ts) over the group values,
//   so the same rules apply as for one person: a principle needs at least half its indicators levelled.
// - Participants = ballots counted + people in the tallies. Each tally covers one indicator, and the
//   same hands go up for every indicator, so the tallies count as many people as the indicator with
//   the most hands (levels, N/A and "Don't know" together).
// - The discussion agenda lists the indicators with at least one level, most divided first, by the
//   rule of agenda.ts (a spread of 2 or more first, then the more evenly split, then the larger spread).
// - A session may cover only some principles (coverage.ts): the indicators of a principle it left
//   out take no answer, tally or consensus into account (covered: false), and the score leaves the
//   principle out (no score, not a zero).
// Nothing here rounds.
import { DISAGREEMENT_SPREAD, divisionOrder } from './agenda';
import { DONT_KNOW, LEVELS, NOT_APPLICABLE } from './answers';
import { coversPrinciple } from './coverage';
import type { Rubric } from './rubric-schema';
import { scoreValues } from './scoring';
import type { AssessmentScore, IndicatorValue } from './scoring';
import type { Ballot, Consensus, Round, Tally, Workshop } from './workshop';
import { MIN_GROUP_SIZE } from './group-privacy';

/** Groups with fewer ballots are not shown on their own (src/core/group-privacy.ts). */
export { MIN_GROUP_SIZE };

export interface Distribution {
  /** People per level: index 0 is level 0, … index 4 is level 4. */
  levels: [number, number, number, number, number];
  notApplicable: number;
  dontKnow: number;
  /** Ballots that left the indicator blank (tallies have no blanks). */
  blank: number;
}

export interface IndicatorAggregate {
  indicatorId: string;
  distribution: Distribution;
  /** Number of levels given (N/A and "Don't know" excluded). */
  n: number;
  median: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
  /** Population standard deviation of the levels; null when none was given. */
  standardDeviation: number | null;
  disagreement: boolean;
  consensus: Consensus | null;
  groupValue: IndicatorValue;
  valueSource: 'consensus' | 'median' | 'none';
  /** False when the session left this indicator's principle out: nothing about it counts. */
  covered: boolean;
}

export interface Aggregate {
  round: Round;
  group: string | null;
  participantCount: number;
  ballotCount: number;
  indicators: IndicatorAggregate[];
  score: AssessmentScore;
  /** Indicator ids, most divided first (see the rules above). */
  discussionAgenda: string[];
}

export interface AggregateOptions {
  round?: Round;
  group?: string;
}

/** Ballots with a repeated id dropped, keeping the first. */
export function distinctBallots(ballots: readonly Ballot[]): Ballot[] {
  const seen = new Set<string>();
  return ballots.filter((b) => (seen.has(b.id) ? false : (seen.add(b.id), true)));
}

function ballotsFor(workshop: Workshop, round: Round, group?: string): Ballot[] {
  return distinctBallots(workshop.ballots).filter((b) => b.round === round && (group === undefined || b.group === group));
}

export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function standardDeviation(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const mean = values.reduce((a, v) => a + v, 0) / values.length;
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
}

function aggregateIndicator(
  indicatorId: string,
  ballots: readonly Ballot[],
  tallies: readonly Tally[],
  consensus: Consensus | null,
  covered: boolean,
): IndicatorAggregate {
  const distribution: Distribution = { levels: [0, 0, 0, 0, 0], notApplicable: 0, dontKnow: 0, blank: 0 };
  for (const b of ballots) {
    const value = b.answers[indicatorId]?.value;
    if (typeof value === 'number') distribution.levels[value] += 1;
    else if (value === NOT_APPLICABLE) distribution.notApplicable += 1;
    else if (value === DONT_KNOW) distribution.dontKnow += 1;
    else distribution.blank += 1;
  }
  for (const t of tallies) {
    if (t.indicatorId !== indicatorId) continue;
    LEVELS.forEach((level) => (distribution.levels[level] += t.counts[level]));
    distribution.notApplicable += t.notApplicable;
    distribution.dontKnow += t.dontKnow;
  }
  const levels = LEVELS.flatMap((level) => Array<number>(distribution.levels[level]).fill(level));
  const n = levels.length;
  const [min, max] = n > 0 ? [levels[0]!, levels[n - 1]!] : [null, null];
  const spread = min !== null && max !== null ? max - min : null;
  const mid = median(levels);
  return {
    indicatorId, distribution, n, median: mid, min, max, spread,
    standardDeviation: standardDeviation(levels),
    disagreement: spread !== null && spread >= DISAGREEMENT_SPREAD,
    consensus,
    groupValue: consensus ? consensus.level : (mid ?? undefined),
    valueSource: consensus ? 'consensus' : mid === null ? 'none' : 'median',
    covered,
  };
}

/** People in a round's tallies: the largest number of hands raised for any one indicator. */
function tallyHeadcount(tallies: readonly Tally[]): number {
  const perIndicator = new Map<string, number>();
  for (const t of tallies) {
    const people = t.counts.reduce((a, c) => a + c, 0) + t.notApplicable + t.dontKnow;
    perIndicator.set(t.indicatorId, (perIndicator.get(t.indicatorId) ?? 0) + people);
  }
  return Math.max(0, ...perIndicator.values());
}

export function aggregateBallots(rubric: Rubric, workshop: Workshop, options: AggregateOptions = {}): Aggregate {
  const round = options.round ?? workshop.currentRound;
  const group = options.group;
  const ballots = ballotsFor(workshop, round, group);
  const tallies = group === undefined ? workshop.tallies.filter((t) => t.round === round) : [];
  const covers = coversPrinciple(rubric, workshop.principles);
  const indicators = rubric.principles.flatMap((p) =>
    p.indicators.map((ind) => {
      if (!covers(p.id)) return aggregateIndicator(ind.id, [], [], null, false);
      const consensus = group === undefined && Object.hasOwn(workshop.consensus, ind.id) ? workshop.consensus[ind.id]! : null;
      return aggregateIndicator(ind.id, ballots, tallies, consensus, true);
    }),
  );
  const byId = new Map(indicators.map((ind) => [ind.indicatorId, ind]));
  return {
    round,
    group: group ?? null,
    participantCount: ballots.length + tallyHeadcount(tallies),
    ballotCount: ballots.length,
    indicators,
    score: scoreValues(rubric, (id) => byId.get(id)?.groupValue, covers),
    discussionAgenda: divisionOrder(indicators),
  };
}

export type GroupComparison =
  | { group: string; hidden: false; size: number; score: AssessmentScore }
  | { group: string; hidden: true; size: number };

/**
 * Principle scores per perspective group for one round: the workshop's groups in their order, then
 * any other group named on a ballot, alphabetically. Groups with fewer than MIN_GROUP_SIZE ballots
 * are hidden. Ballots without a group appear in no group.
 */
export function groupComparison(rubric: Rubric, workshop: Workshop, round: Round = workshop.currentRound): GroupComparison[] {
  const named = new Set(workshop.groups);
  const others = [...new Set(workshop.ballots.map((b) => b.group))]
    .filter((g): g is string => g !== undefined && !named.has(g))
    .sort();
  return [...workshop.groups, ...others].map((group) => {
    const size = ballotsFor(workshop, round, group).length;
    if (size < MIN_GROUP_SIZE) return { group, hidden: true, size };
    return { group, hidden: false, size, score: aggregateBallots(rubric, workshop, { round, group }).score };
  });
}

export type RoundStats = Pick<IndicatorAggregate, 'n' | 'median' | 'spread'>;

export interface RoundComparison {
  indicatorId: string;
  round1: RoundStats;
  round2: RoundStats;
  /** Round-2 median − round-1 median; null unless both exist. */
  medianChange: number | null;
}

/** Per indicator, how round 2 moved against round 1 (medians of levels; consensus plays no part). */
export function compareRounds(rubric: Rubric, workshop: Workshop): RoundComparison[] {
  const [first, second] = ([1, 2] as const).map((round) => aggregateBallots(rubric, workshop, { round }).indicators);
  const stats = (ind: IndicatorAggregate): RoundStats => ({ n: ind.n, median: ind.median, spread: ind.spread });
  return first!.map((one, i) => {
    const two = second![i]!;
    return {
      indicatorId: one.indicatorId,
      round1: stats(one),
      round2: stats(two),
      medianChange: one.median !== null && two.median !== null ? two.median - one.median : null,
    };
  });
}
