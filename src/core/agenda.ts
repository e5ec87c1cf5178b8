// What divides the room, and which of it the room has settled. The rules, in plain words
// (docs/scoring.md says the same):
// - Questions where people chose different levels are ranked: those with a spread of
//   DISAGREEMENT_SPREAD levels or more come first; then the more evenly split; then the larger
//   spread; then rubric order. A question everyone answered alike comes after them all.
// - Evenness = the share of the people who gave a level who did NOT choose the most chosen level.
//   3 on one level and 4 on another: 3 of 7 (0.43), more evenly split than 1 against 6 (1 of 7).
//   It runs from 0 (everyone alike) to 0.8 (five levels chosen equally). N/A and "Don't know" play
//   no part, as in the spread and the median.
// - "Most divided" is the first AGENDA_SIZE questions of that ranking among those where at least
//   two levels were chosen. A question is settled once the room records an agreed level for it
//   (consensus, N/A included); settled questions stay among the five (the list is fixed by the
//   answers, not by the discussion) and the count says how many of them are settled.
// Nothing here rounds.

/** A spread of this many levels or more marks a disagreement. */
export const DISAGREEMENT_SPREAD = 2;
/** How many questions "Most divided" names. */
export const AGENDA_SIZE = 5;

/** What the ranking needs to know of a question's answers (an IndicatorAggregate has it all). */
export interface RankedAnswers {
  indicatorId: string;
  /** People per level 0–4. */
  distribution: { levels: readonly number[] };
  spread: number | null;
  /** Whether the room recorded an agreed level. */
  consensus: unknown;
}

/** People who gave a level and people outside the most chosen level: evenness = outside ÷ levelled. */
function splitCounts(levels: readonly number[]): { levelled: number; outside: number } {
  const levelled = levels.reduce((a, c) => a + c, 0);
  return { levelled, outside: levelled - Math.max(0, ...levels) };
}

/** The share of people who gave a level who did not choose the most chosen one; null when nobody did. */
export function evenness(levels: readonly number[]): number | null {
  const { levelled, outside } = splitCounts(levels);
  return levelled === 0 ? null : outside / levelled;
}

/** Compares two evenness values exactly (as fractions), larger first. */
function moreEven(a: readonly number[], b: readonly number[]): number {
  const x = splitCounts(a);
  const y = splitCounts(b);
  return y.outside * x.levelled - x.outside * y.levelled;
}

/** Question ids with at least one level given, most divided first (the rules above). */
export function divisionOrder(questions: readonly RankedAnswers[]): string[] {
  const divided = (q: RankedAnswers) => (q.spread ?? 0) >= DISAGREEMENT_SPREAD;
  return questions
    .map((q, order) => ({ q, order }))
    .filter(({ q }) => q.spread !== null)
    .sort(
      (a, b) =>
        Number(divided(b.q)) - Number(divided(a.q)) ||
        moreEven(a.q.distribution.levels, b.q.distribution.levels) ||
        (b.q.spread ?? 0) - (a.q.spread ?? 0) ||
        a.order - b.order,
    )
    .map(({ q }) => q.indicatorId);
}

export interface AgendaItem {
  indicatorId: string;
  spread: number;
  evenness: number;
  /** Spread of DISAGREEMENT_SPREAD or more. */
  disagreement: boolean;
  /** The levels chosen, lowest first, with how many chose each: "3 chose 'No fund', 4 chose …". */
  split: { level: number; count: number }[];
  /** The room recorded an agreed level. */
  settled: boolean;
}

export interface MostDivided {
  /** The most divided questions, at most `size`, in rank order, settled or not. */
  items: AgendaItem[];
  /** Of those, the ones still to discuss, then the settled ones; both in rank order. */
  open: AgendaItem[];
  settled: AgendaItem[];
}

/** The AGENDA_SIZE (or `size`) most divided questions where people chose different levels. */
export function mostDivided(questions: readonly RankedAnswers[], size: number = AGENDA_SIZE): MostDivided {
  const byId = new Map(questions.map((q) => [q.indicatorId, q]));
  const items = divisionOrder(questions)
    .map((id) => byId.get(id)!)
    .filter((q) => (q.spread ?? 0) >= 1)
    .slice(0, Math.max(0, size))
    .map((q): AgendaItem => {
      const levels = q.distribution.levels;
      return {
        indicatorId: q.indicatorId,
        spread: q.spread ?? 0,
        evenness: evenness(levels) ?? 0,
        disagreement: (q.spread ?? 0) >= DISAGREEMENT_SPREAD,
        split: levels.flatMap((count, level) => (count > 0 ? [{ level, count }] : [])),
        settled: q.consensus !== null && q.consensus !== undefined,
      };
    });
  return { items, open: items.filter((i) => !i.settled), settled: items.filter((i) => i.settled) };
}
