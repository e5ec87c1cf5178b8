// Words for how divided the room is: median and spread with plain labels beside the terms, "Most
// divided" with its settled count, and the presenter's closing summary. Thresholds and sizes come
// from src/core/agenda.ts as parameters; no rule is restated here in prose of its own.
import { plural } from '../../i18n/plural';

export const dividedMessages = {
  // The terms stay; a plain explanation goes with them.
  median: 'Group level (median)',
  spread: 'How far apart (spread)',
  levels: (n: string, whole: number) => `${n} ${whole === 1 ? 'level' : 'levels'}`,
  fromTo: (min: number, max: number) => `(from ${min} to ${max})`,
  medianShort: (value: string) => `median ${value}`,

  // Most divided
  title: 'Most divided',
  intro: (size: number, spread: number) =>
    `The ${size} questions that divide the room most: those ${spread} or more levels apart first, then the most evenly split. Settle them in “Discuss & agree”: each agreed level moves its question to the settled list.`,
  settledCount: (settled: number, total: number) => `${settled} of ${total} settled`,
  chose: (count: number, label: string) => `${count} chose “${label}”`,
  split: (parts: readonly string[]) => `Split: ${parts.join(', ')}`,
  allSettled: 'All of them are settled.',
  settledTitle: (n: number) => `Settled (${n})`,
  agreedAs: (level: string) => `Agreed: ${level}`,
  noneDivided: 'Everyone chose the same level on every question so far: nothing divides the room.',

  // Discuss & agree
  agreeDividedTitle: (n: number) => `Most divided (${n})`,
  agreeOthers: (n: number) => `The other ${plural(n, { one: '# question', other: '# questions' })}`,

  // Presenter's closing summary
  summaryEyebrow: 'Summary',
  summaryTitle: 'Where the room stands',
  summaryScores: 'Group scores',
  summaryDivided: 'Most divided',
  summaryNoneDivided: 'Nothing divides the room.',
  settledMark: 'settled',
  openMark: 'to discuss',
} as const;
