// How long a distribution's bar is, on every screen and in every export: a count's share of the
// people who answered the question. Answered = a level, "Not applicable" or "Don't know"; a blank is
// no answer. So one vote in three fills a third of the bar, whatever the largest count is, and the
// bars of one question add up to the whole.

/** The counts of one question: people per level 0–4, N/A and "Don't know" (blanks not needed). */
export interface AnswerCounts {
  levels: readonly number[];
  notApplicable: number;
  dontKnow: number;
}

/** The people who answered the question. */
export function answeredCount(counts: AnswerCounts): number {
  return counts.levels.reduce((sum, n) => sum + n, 0) + counts.notApplicable + counts.dontKnow;
}

/** `count` as a share (0–1) of the people who answered; 0 when nobody did. */
export function shareOfAnswered(count: number, counts: AnswerCounts): number {
  const answered = answeredCount(counts);
  return answered > 0 ? Math.min(1, Math.max(0, count / answered)) : 0;
}
