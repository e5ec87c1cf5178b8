// "Last time: level 2 — Label": the previous assessment's answer to a question, in words.
import type { Answer } from '../../core/answers';
import type { Indicator } from '../../core/rubric-schema';
import { messages } from './messages';

/** Nothing when the question was not answered last time. */
export function lastTimeText(indicator: Indicator, answer: Answer | undefined): string | undefined {
  const value = answer?.value;
  if (value === undefined) return undefined;
  if (value === 'na') return messages.lastTime(messages.lastTimeNotApplicable);
  if (value === 'dk') return messages.lastTime(messages.lastTimeDontKnow);
  return messages.lastTime(messages.lastTimeLevel(value, indicator.levels[value]!.label));
}
