// Words about a session: which principles it covers and how long its ballot takes (at set-up, on
// the workshop's screens and on the ballot), and the ballot's last check before handing in.
// The rest of the workshop's words are in messages.ts.
import { listOf as list } from '../../i18n/list';
import { plural } from '../../i18n/plural';

export const sessionMessages = {
  // Set-up
  principlesLegend: 'Principles this session covers',
  principlesHint: 'All of them by default. Untick some for a shorter session: participants answer only the questions of the principles ticked.',
  principleChoice: (title: string, questions: number) => `${title} (${plural(questions, { one: '# question', other: '# questions' })})`,
  principlesRequired: 'Choose at least one principle.',
  thisSession: (questions: number, minutes: number) => `This session: ${plural(questions, { one: '# question', other: '# questions' })}, about ${plural(minutes, { one: '# minute', other: '# minutes' })} for each participant.`,
  // Workshop screens
  coveredFact: 'Principles covered',
  coveredAll: (total: number) => `All ${total}`,
  coveredSome: (titles: readonly string[], total: number) => `${titles.length} of ${total}: ${list(titles)}`,
  inviteSession: (length: string) => `Each participant answers ${length}.`,
  notCovered: 'not covered this session',
  // Ballot
  sessionLength: (questions: number, minutes: number) => `${plural(questions, { one: '# question', other: '# questions' })}, about ${plural(minutes, { one: '# minute', other: '# minutes' })}`,
  sessionCovers: (titles: readonly string[], total: number) =>
    `This session covers ${titles.length} of the ${total} principles: ${list(titles)}.`,
  nextToReview: 'Check and hand in',
  reviewTitle: 'Check and hand in',
  reviewAnswered: (answered: number, total: number) => `${answered} of ${total} questions answered.`,
  stillBlank: 'Still blank (tap one to answer it):',
  backToLast: 'Back to the last question',
} as const;
