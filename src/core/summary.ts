// The executive summary: two to four sentences a board reads first, as codes with parameters (the UI
// and the reports word them): where the network stands (index and band), its strongest and weakest
// principle, what changed since the previous assessment of the same network, and how much was not
// known. Numbers stay unrounded; only whether a change shows is decided on rounded scores.
import { showsChange } from './change-since-last';
import type { ChangeSinceLast } from './change-since-last';
import type { AssessmentScore } from './scoring';

export type SummarySentence =
  | { code: 'overall'; score: number; bandId: string | null }
  | { code: 'overall-not-enough'; levelled: number; total: number }
  | {
      code: 'strongest-weakest';
      strongest: { principleId: string; score: number };
      weakest: { principleId: string; score: number };
    }
  | { code: 'principles-even'; score: number }
  | { code: 'first-assessment' }
  /** The biggest change of a principle that could be compared (and the index, when it could be). */
  | {
      code: 'change';
      since: string;
      overall: { from: number; to: number } | null;
      principle: { principleId: string; from: number; to: number };
    }
  | { code: 'unchanged'; since: string; overall: number | null }
  | { code: 'not-comparable'; since: string; version: string | null }
  | { code: 'dont-know-share'; count: number; of: number; share: number }
  | { code: 'all-dont-know'; count: number };

export interface SummaryInput {
  score: AssessmentScore;
  /** "Don't know" answers and all answers given (a workshop counts its participants' answers). */
  dontKnow: { count: number; of: number };
  /** Null for a network's first assessment. */
  change: ChangeSinceLast | null;
}

function standing(score: AssessmentScore): SummarySentence[] {
  if (score.overall === null) return [{ code: 'overall-not-enough', levelled: score.levelled, total: score.total }];
  const out: SummarySentence[] = [{ code: 'overall', score: score.overall, bandId: score.overallBand?.id ?? null }];
  const scored = score.principles.filter((p): p is typeof p & { score: number } => p.score !== null);
  if (scored.length < 2) return out;
  // The strongest is the first highest in rubric order; the weakest is scoring.ts's own.
  const strongest = scored.reduce((best, p) => (p.score > best.score ? p : best));
  const weakest = scored.find((p) => p.principleId === score.weakestPrincipleId)!;
  if (!showsChange(weakest.score, strongest.score)) {
    out.push({ code: 'principles-even', score: weakest.score });
  } else {
    out.push({
      code: 'strongest-weakest',
      strongest: { principleId: strongest.principleId, score: strongest.score },
      weakest: { principleId: weakest.principleId, score: weakest.score },
    });
  }
  return out;
}

function changed(change: ChangeSinceLast | null): SummarySentence {
  if (change === null) return { code: 'first-assessment' };
  const compared = change.principles.filter((c) => c.kind === 'compared');
  if (compared.length === 0) {
    const questionsChanged = change.principles.some((c) => c.kind === 'not-comparable' && c.reason === 'questions-changed');
    return { code: 'not-comparable', since: change.since, version: questionsChanged ? change.versions.now : null };
  }
  // The largest move, up or down; ties keep rubric order.
  const biggest = compared.reduce((best, c) => (Math.abs(c.to - c.from) > Math.abs(best.to - best.from) ? c : best));
  if (!showsChange(biggest.from, biggest.to) && (change.overall === null || !showsChange(change.overall.from, change.overall.to))) {
    return { code: 'unchanged', since: change.since, overall: change.overall?.to ?? null };
  }
  return {
    code: 'change',
    since: change.since,
    overall: change.overall,
    principle: { principleId: biggest.principleId, from: biggest.from, to: biggest.to },
  };
}

/** Two to four sentences, in reading order. */
export function executiveSummary({ score, dontKnow, change }: SummaryInput): SummarySentence[] {
  const out = [...standing(score), changed(change)];
  if (dontKnow.count > 0 && dontKnow.count === dontKnow.of) out.push({ code: 'all-dont-know', count: dontKnow.count });
  else if (dontKnow.count > 0) out.push({ code: 'dont-know-share', count: dontKnow.count, of: dontKnow.of, share: dontKnow.count / dontKnow.of });
  return out;
}
