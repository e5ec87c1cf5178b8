// The words of the executive summary and of "change since last time", shared by the results screen,
// the print view, the PDF and the Markdown export, so they all say the same. Core gives codes with
// numbers (src/core/summary.ts, change-since-last.ts); every sentence is written here, and numbers
// and dates go through the report's Intl formatters.
import { showsChange } from '../core/change-since-last';
import type { PrincipleChange } from '../core/change-since-last';
import type { ReportModel } from '../core/report-model';
import type { Rubric } from '../core/rubric-schema';
import type { SummarySentence } from '../core/summary';
import { plural } from '../i18n/plural';
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
const rose = (from: number, to: number) => to > from;

export const summaryText = {
  title: 'Summary',
  changeTitle: (since: string) => `Change since ${formatReportDate(since)}`,
  changeIntro: (since: string) => `Compared with the previous assessment of this network, on ${formatReportDate(since)}.`,
  overall: 'Overall resilience index',
  overallIs: (score: string, band: string | null) => `The overall resilience index is ${score} out of 100${band ? `: ${band}` : ''}.`,
  overallNotEnough: (levelled: number, total: number) =>
    `There are not enough answers yet for an overall index: ${levelled} of ${total} questions have a level.`,
  strongestWeakest: (strongest: string, strongScore: string, weakest: string, weakScore: string) =>
    `${strongest} is the strongest principle (${strongScore}) and ${weakest} the weakest (${weakScore}): a network is as resilient as its weakest link.`,
  principlesEven: (score: string) => `All principles score about the same (${score}).`,
  firstAssessment: 'This is the first assessment of this network here: re-assess it later to see what changes.',
  indexMoved: (up: boolean, from: string, to: string) => `the index ${up ? 'rose' : 'fell'} from ${from} to ${to}`,
  indexStayed: (to: string) => `the index stayed at ${to}`,
  principleMovedMost: (title: string, up: boolean, from: string, to: string) => `${title} ${up ? 'rose' : 'fell'} most, from ${from} to ${to}`,
  since: (since: string, parts: string[]) => `Since ${since}, ${parts.join(', and ')}.`,
  unchanged: (since: string, overall: string | null) =>
    `The scores have not changed since ${since}${overall === null ? '' : `: the index is still ${overall}`}.`,
  questionsChanged: (version: string, since: string) =>
    `The questions changed with version ${version} of the rubric, so no principle can be compared with ${since}.`,
  notEnoughBothTimes: (since: string) => `No principle had enough answers both times to compare with ${since}.`,
  dontKnowShare: (count: number, of: number, share: string) =>
    `${count} of ${of} answers (${share}) ${plural(count, { one: 'was', other: 'were' })} “Don’t know”: finding out is a first step in itself.`,
  allDontKnow: (count: number) =>
    count === 1 ? 'The only answer so far is “Don’t know”: finding out is the first step.' : `Every answer so far (${count}) is “Don’t know”: finding out is the first step.`,
  moved: (title: string, up: boolean, from: string, to: string) => `${title} ${up ? 'rose' : 'fell'} from ${from} to ${to}`,
  stayed: (title: string, to: string) => `${title} stayed at ${to}`,
  notComparableQuestions: (title: string, then: string, now: string) =>
    `${title}: not comparable, its questions changed between versions ${then} and ${now} of the rubric`,
  notComparableThen: (title: string) => `${title}: not comparable, too few answers last time`,
  notComparableNow: (title: string) => `${title}: not comparable, too few answers this time`,
};
const t = summaryText;

export function summarySentence(s: SummarySentence, names: SummaryNames): string {
  switch (s.code) {
    case 'overall':
      return t.overallIs(n(s.score), s.bandId === null ? null : names.band(s.bandId));
    case 'overall-not-enough':
      return t.overallNotEnough(s.levelled, s.total);
    case 'strongest-weakest':
      return t.strongestWeakest(names.principle(s.strongest.principleId), n(s.strongest.score), names.principle(s.weakest.principleId), n(s.weakest.score));
    case 'principles-even':
      return t.principlesEven(n(s.score));
    case 'first-assessment':
      return t.firstAssessment;
    case 'change': {
      const { overall: o, principle: p } = s;
      const index = o === null ? null : showsChange(o.from, o.to) ? t.indexMoved(rose(o.from, o.to), n(o.from), n(o.to)) : t.indexStayed(n(o.to));
      const most = showsChange(p.from, p.to) ? t.principleMovedMost(names.principle(p.principleId), rose(p.from, p.to), n(p.from), n(p.to)) : null;
      return t.since(formatReportDate(s.since), [index, most].filter((x): x is string => x !== null));
    }
    case 'unchanged':
      return t.unchanged(formatReportDate(s.since), s.overall === null ? null : n(s.overall));
    case 'not-comparable':
      return s.version ? t.questionsChanged(s.version, formatReportDate(s.since)) : t.notEnoughBothTimes(formatReportDate(s.since));
    case 'dont-know-share':
      return t.dontKnowShare(s.count, s.of, formatReportPercent(s.share));
    case 'all-dont-know':
      return t.allDontKnow(s.count);
  }
}

/** One principle's change, for the list under the summary: "Self-reliance rose from 13 to 35". */
export function changeLine(c: PrincipleChange & { title: string }, versions: { then: string; now: string }): string {
  if (c.kind === 'compared') {
    return showsChange(c.from, c.to) ? t.moved(c.title, rose(c.from, c.to), n(c.from), n(c.to)) : t.stayed(c.title, n(c.to));
  }
  switch (c.reason) {
    case 'questions-changed':
      return t.notComparableQuestions(c.title, versions.then, versions.now);
    case 'not-scored-then':
      return t.notComparableThen(c.title);
    case 'not-scored-now':
      return t.notComparableNow(c.title);
  }
}

/** The index's change, for the same list; null when it cannot be compared. */
export function overallChangeLine(overall: { from: number; to: number } | null): string | null {
  if (overall === null) return null;
  const { from, to } = overall;
  return showsChange(from, to) ? t.moved(t.overall, rose(from, to), n(from), n(to)) : t.stayed(t.overall, n(to));
}
