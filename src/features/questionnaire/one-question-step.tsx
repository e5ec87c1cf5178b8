// One question of the solo questionnaire on its own screen: its address names the question
// (#/a/<id>/step/<principle>/<n>), so Back, Next, the browser's back button and a reload all land on
// the question meant. Answers go to the store as they are given, as on a principle's page.
import { useCallback, useRef } from 'react';
import type { AnswerValue, Answers } from '../../core/answers';
import type { Rubric } from '../../core/rubric-schema';
import { WRAP_UP_STEP } from '../../core/progress';
import { OneQuestion } from '../../components/one-question';
import { messages as q } from '../../components/question-messages';
import { hrefFor, navigate } from '../../components/router';
import type { AppRoute } from '../../components/router';
import { useAppStore } from '../../store/store';
import { lastTimeText } from './last-time-text';
import { messages } from './messages';

interface Props {
  assessmentId: string;
  rubric: Rubric;
  principleIndex: number;
  /** Counted from 1 within the principle; out-of-range numbers show its nearest question. */
  question: number;
  answers: Answers;
  /** The previous assessment's answers of the same network, under today's ids; null for a first one. */
  lastAnswers: Answers | null;
}

export function OneQuestionStep({ assessmentId: id, rubric, principleIndex, question, answers, lastAnswers }: Props) {
  const setValue = useAppStore((s) => s.setAnswerValue);
  const setNote = useAppStore((s) => s.setAnswerNote);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const principle = rubric.principles[principleIndex]!;
  const n = Math.min(Math.max(1, question), principle.indicators.length);
  const indicator = principle.indicators[n - 1]!;
  const before = rubric.principles.slice(0, principleIndex).reduce((sum, p) => sum + p.indicators.length, 0);
  const total = rubric.principles.reduce((sum, p) => sum + p.indicators.length, 0);
  const prevPrinciple = rubric.principles[principleIndex - 1];
  const nextPrinciple = rubric.principles[principleIndex + 1];

  const step = (s: string, at?: number): AppRoute => ({ name: 'step', id, step: s, ...(at !== undefined && { question: at }) });
  const prev = n > 1 ? step(principle.id, n - 1) : prevPrinciple ? step(prevPrinciple.id, prevPrinciple.indicators.length) : null;
  const next = n < principle.indicators.length ? step(principle.id, n + 1) : nextPrinciple ? step(nextPrinciple.id, 1) : step(WRAP_UP_STEP);
  const onValue = useCallback((value: AnswerValue | undefined) => setValue(id, indicator.id, value), [setValue, id, indicator.id]);
  const onNote = useCallback((note: string) => setNote(id, indicator.id, note), [setNote, id, indicator.id]);

  return (
    <OneQuestion
      indicator={indicator}
      number={`${principleIndex + 1}.${n}`}
      principleTitle={principle.title}
      position={before + n}
      total={total}
      value={answers[indicator.id]?.value}
      note={answers[indicator.id]?.note}
      onValue={onValue}
      onNote={onNote}
      lastTime={lastAnswers ? lastTimeText(indicator, lastAnswers[indicator.id]) : undefined}
      glossary={rubric.glossary ?? []}
      titleRef={titleRef}
      onEnter={() => navigate(next)}
      footer={
        <>
          {prev ? (
            <a className="button button--secondary" href={hrefFor(prev)}>
              {q.back}
            </a>
          ) : (
            <span />
          )}
          <a className="button" href={hrefFor(next)}>
            {next.name === 'step' && next.step === WRAP_UP_STEP ? messages.next(messages.wrapUpTitle) : q.next}
          </a>
        </>
      }
    />
  );
}
