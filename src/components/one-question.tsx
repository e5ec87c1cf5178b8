// One question on its own screen, as on a phone: where you are ("Question 7 of 25", the principle,
// a bar) in a strip that stays on screen, then the question card with large level cards, then
// Back and Next. Answers are kept by the caller as they are given; Enter on a level goes next.
import type { ReactNode, Ref } from 'react';
import { useId } from 'react';
import type { AnswerValue } from '../core/answers';
import type { GlossaryEntry, Indicator } from '../core/rubric-schema';
import { QuestionCard } from './question-card';
import { messages } from './question-messages';
import './one-question.css';

interface Props {
  indicator: Indicator;
  /** "2.3": its number in the whole questionnaire. */
  number: string;
  principleTitle: string;
  /** Counted from 1. */
  position: number;
  total: number;
  value: AnswerValue | undefined;
  note: string | undefined;
  onValue: (value: AnswerValue | undefined) => void;
  onNote: (note: string) => void;
  /** Last time's answer, worded by the caller; absent for a first assessment. */
  lastTime?: string;
  glossary: readonly GlossaryEntry[];
  titleRef: Ref<HTMLHeadingElement>;
  onEnter: () => void;
  /** Back and Next: buttons or links, as the caller moves. */
  footer: ReactNode;
}

export function OneQuestion(props: Props) {
  const uid = useId();
  const { indicator, number, principleTitle, position, total, value, note, onValue, onNote, lastTime, glossary, titleRef, onEnter, footer } = props;
  return (
    <div className="one-question">
      <div className="one-question__bar">
        <p className="one-question__where" id={`${uid}-where`}>
          <strong>{messages.questionOf(position, total)}</strong> · <span>{principleTitle}</span>
        </p>
        <progress max={total} value={position} aria-labelledby={`${uid}-where`} />
      </div>
      <QuestionCard
        key={indicator.id}
        indicator={indicator}
        number={number}
        value={value}
        note={note}
        onValue={onValue}
        onNote={onNote}
        lastTime={lastTime}
        titleRef={titleRef}
        alone={{ glossary, onEnter }}
      />
      <div className="step-footer">{footer}</div>
    </div>
  );
}
