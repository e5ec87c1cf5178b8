// The words of a workshop report's group picture, shared by the PDF, the Markdown export and the
// print view like report-text.ts. Numbers are formatted here, for display only.
import type { RoundStats } from '../core/aggregation';
import type { ReportDistribution, ReportWorkshop, WorkshopIndicatorReport, WorkshopNote } from '../core/workshop-report';
import { getLocale } from '../i18n/locale';
import { plural } from '../i18n/plural';
import { formatLevel } from './report-text';

const signed = (n: number) => new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(n);

export const workshopText = {
  groupPicture: 'The group’s picture',
  groups: 'Perspective groups',
  anonymous: 'Ballots were anonymous: notes are not attributed to anyone.',
  distribution: 'How the answers were spread',
  colNumber: 'No.',
  colQuestion: 'Question',
  perLevel: 'Participants per level',
  colNotApplicable: 'N/A',
  colDontKnow: 'Don’t know',
  colMedian: 'Median',
  colSpread: 'Spread',
  colDisagreement: 'Disagreement',
  disagreementMark: 'Disagreement',
  tableKey: (withBars: boolean, spread: number) =>
    [
      'Each count is the number of participants who chose that level',
      withBars ? ', with a bar for its share of the question’s answers. ' : '. ',
      `The spread is the highest level given minus the lowest; a spread of ${spread} or more is marked “Disagreement”. – means no level was given.`,
    ].join(''),
  disagreed: 'Where the group disagreed',
  disagreedIntro: (spread: number) => `The questions with a spread of ${spread} levels or more, most divided first: the agenda for discussion.`,
  disagreedNone: (spread: number) => `No question had a spread of ${spread} levels or more: the group broadly agreed.`,
  agreed: 'What the group agreed',
  agreedIntro: 'Levels the group settled on after discussion, with the reasons as recorded. An agreed level replaces the median in the scores.',
  agreedNone: 'No level was agreed after discussion; every group value is the median of the answers.',
  rationale: 'Rationale',
  noRationale: 'No rationale was recorded.',
  rounds: 'How views moved between rounds',
  roundsIntro: 'Medians and spreads of the levels given in each round; agreed levels play no part here.',
  colFirstRound: 'First round',
  colSecondRound: 'Second round',
  colChange: 'Change in median',
  notes: 'Participants’ notes',
  roundName: (round: 1 | 2) => (round === 1 ? 'First round' : 'Second round'),
  roundNameInLine: (round: 1 | 2) => (round === 1 ? 'first round' : 'second round'),
  notApplicableTimes: (n: number) => `N/A×${n}`,
  dontKnowTimes: (n: number) => `Don’t know×${n}`,
  blankTimes: (n: number) => `left blank×${n}`,
  noAnswers: 'no answers',
  median: (value: string) => `median ${value}`,
  spread: (value: string) => `spread ${value}`,
  participants: (n: number) => plural(n, { one: '# participant', other: '# participants' }),
  ballots: (n: number) => plural(n, { one: '# ballot', other: '# ballots' }),
  ballotsAndHands: (ballots: string, byHand: number) => `${ballots} and ${byHand} by a show of hands`,
  participantsLine: (people: string, round: string, how: string, facilitator: string) =>
    `${people} in the ${round} (${how})${facilitator ? `, facilitated by ${facilitator}` : ''}.`,
  aParticipant: 'A participant',
  noLevels: 'no levels given',
  medianAndSpread: (median: string, spread: string) => `median ${median}, spread ${spread}`,
  noChange: 'no change',
};
const t = workshopText;

/** A median or other level statistic, or "–" when no level was given. */
export function formatStat(value: number | null): string {
  return value === null ? '–' : formatLevel(value);
}

/** "0×2, 2×1, 4×1, N/A×1, Don’t know×2": only what someone chose, levels first. */
export function distributionText(d: ReportDistribution): string {
  const parts = d.levels.flatMap((count, level) => (count > 0 ? [`${level}×${count}`] : []));
  if (d.notApplicable > 0) parts.push(t.notApplicableTimes(d.notApplicable));
  if (d.dontKnow > 0) parts.push(t.dontKnowTimes(d.dontKnow));
  if (d.blank > 0) parts.push(t.blankTimes(d.blank));
  return parts.length > 0 ? parts.join(', ') : t.noAnswers;
}

/** "First round: 0×2, 2×1, 4×1 · median 2 · spread 4 · Disagreement". */
export function roundLine(ws: Pick<ReportWorkshop, 'round'>, r: WorkshopIndicatorReport): string {
  const parts = [`${workshopText.roundName(ws.round)}: ${distributionText(r.distribution)}`];
  if (r.median !== null) parts.push(t.median(formatLevel(r.median)), t.spread(formatStat(r.spread)));
  if (r.disagreement) parts.push(workshopText.disagreementMark);
  return parts.join(' · ');
}

export function participantsLine(ws: ReportWorkshop): string {
  const byHand = ws.participantCount - ws.ballotCount;
  const ballots = t.ballots(ws.ballotCount);
  const how = byHand > 0 ? t.ballotsAndHands(ballots, byHand) : ballots;
  return t.participantsLine(t.participants(ws.participantCount), t.roundNameInLine(ws.round), how, ws.facilitator.trim());
}

/** Who wrote a note: "Zofia Wójcik (worker-members)", "A participant (staff)", "A participant". */
export function noteAuthor(note: WorkshopNote): string {
  const who = note.participant ?? t.aParticipant;
  return note.group ? `${who} (${note.group})` : who;
}

/** "median 2.5, spread 3", or "no levels given". */
export function roundStatsText(s: RoundStats): string {
  return s.median === null ? t.noLevels : t.medianAndSpread(formatLevel(s.median), formatStat(s.spread));
}

export function changeText(change: number | null): string {
  if (change === null) return '–';
  return change === 0 ? t.noChange : signed(change);
}
