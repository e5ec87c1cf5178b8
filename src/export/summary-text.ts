// The words of the executive summary and of "change since last time", shared by the results screen,
// the print view, the PDF and the Markdown export, so they all say the same. Core gives codes with
// numbers (src/core/summary.ts, change-since-last.ts); every sentence is written here, and numbers
// and dates go through the report's Intl formatters.
import { showsChange } from '../core/change-since-last';
import type { PrincipleChange } from '../core/change-since-last';
import type { ReportModel } from '../core/report-model';
import type { Rubric } from '../core/rubric-schema';
import type { SummarySentence } from '../core/summary';
import { formatReportDate, formatReportPercent, formatReportScore } from './report-text';

/** What the sentences name by id: principles by title, bands by label. */
export interface SummaryNames {
  principle: (id: string) => string;
  band: (id: string) => string | null;
}

/** Names for a report's sentences, from the report model itself. */
export function reportNames(model: Pick<ReportModel, 'principles' | 'method'>): SummaryNames {
  return {
    principle: (id) => model.principles.find((p) => p.id === id)?.title ?? id,
    band: (id) => model.method.bands.find((b) => b.id === id)?.label ?? null,
  };
}

/** Names for the results screen's sentences, from the rubric. */
export function rubricNames(rubric: Rubric): SummaryNames {
  return {
    principle: (id) => rubric.principles.find((p) => p.id === id)?.title ?? id,
    band: (id) => rubric.bands.find((b) => b.id === id)?.label ?? null,
  };
}

const n = (score: number) => formatReportScore(score);
const moved = (from: number, to: number) => (to > from ? 'rose' : 'fell');

export const summaryText = {
  title: 'Summary',
  changeTitle: (since: string) => `Change since ${formatReportDate(since)}`,
  changeIntro: (since: string) => `Compared with the previous assessment of this network, on ${formatReportDate(since)}.`,
  overall: 'Overall resilience index',
};

export function summarySentence(s: SummarySentence, names: SummaryNames): string {
  switch (s.code) {
    case 'overall': {
      const band = s.bandId === null ? null : names.band(s.bandId);
      return `The overall resilience index is ${n(s.score)} out of 100${band ? `: ${band}` : ''}.`;
    }
    case 'overall-not-enough':
      return `There are not enough answers yet for an overall index: ${s.levelled} of ${s.total} questions have a level.`;
    case 'strongest-weakest':
      return `${names.principle(s.strongest.principleId)} is the strongest principle (${n(s.strongest.score)}) and ${names.principle(s.weakest.principleId)} the weakest (${n(s.weakest.score)}): a network is as resilient as its weakest link.`;
    case 'principles-even':
      return `All principles score about the same (${n(s.score)}).`;
    case 'first-assessment':
      return 'This is the first assessment of this network here: re-assess it later to see what changes.';
    case 'change': {
      const since = formatReportDate(s.since);
      const { overall: o, principle: p } = s;
      const index = o === null ? null : showsChange(o.from, o.to) ? `the index ${moved(o.from, o.to)} from ${n(o.from)} to ${n(o.to)}` : `the index stayed at ${n(o.to)}`;
      const most = showsChange(p.from, p.to) ? `${names.principle(p.principleId)} ${moved(p.from, p.to)} most, from ${n(p.from)} to ${n(p.to)}` : null;
      return `Since ${since}, ${[index, most].filter(Boolean).join(', and ')}.`;
    }
    case 'unchanged':
      return `The scores have not changed since ${formatReportDate(s.since)}${s.overall === null ? '' : `: the index is still ${n(s.overall)}`}.`;
    case 'not-comparable':
      return s.version
        ? `The questions changed with version ${s.version} of the rubric, so no principle can be compared with ${formatReportDate(s.since)}.`
        : `No principle had enough answers both times to compare with ${formatReportDate(s.since)}.`;
    case 'dont-know-share':
      return `${s.count} of ${s.of} answers (${formatReportPercent(s.share)}) ${s.count === 1 ? 'was' : 'were'} “Don’t know”: finding out is a first step in itself.`;
    case 'all-dont-know':
      return s.count === 1 ? 'The only answer so far is “Don’t know”: finding out is the first step.' : `Every answer so far (${s.count}) is “Don’t know”: finding out is the first step.`;
  }
}

/** One principle's change, for the list under the summary: "Self-reliance rose from 13 to 35". */
export function changeLine(c: PrincipleChange & { title: string }, versions: { then: string; now: string }): string {
  if (c.kind === 'compared') {
    return showsChange(c.from, c.to) ? `${c.title} ${moved(c.from, c.to)} from ${n(c.from)} to ${n(c.to)}` : `${c.title} stayed at ${n(c.to)}`;
  }
  switch (c.reason) {
    case 'questions-changed':
      return `${c.title}: not comparable, its questions changed between versions ${versions.then} and ${versions.now} of the rubric`;
    case 'not-scored-then':
      return `${c.title}: not comparable, too few answers last time`;
    case 'not-scored-now':
      return `${c.title}: not comparable, too few answers this time`;
  }
}

/** The index's change, for the same list; null when it cannot be compared. */
export function overallChangeLine(overall: { from: number; to: number } | null): string | null {
  if (overall === null) return null;
  const { from, to } = overall;
  return showsChange(from, to) ? `${summaryText.overall} ${moved(from, to)} from ${n(from)} to ${n(to)}` : `${summaryText.overall} stayed at ${n(to)}`;
}
