// The last screen of a ballot: how many questions have an answer, the blank ones to go back to, and
// "Hand in my answers". Blank questions may stay blank: they are left out.
import type { Ref } from 'react';
import type { Answers } from '../../../core/answers';
import type { SessionQuestion } from '../../../core/coverage';
import { sessionMessages } from '../session-messages';
import { messages } from '../messages';

interface Props {
  questions: readonly SessionQuestion[];
  answers: Answers;
  titleRef: Ref<HTMLHeadingElement>;
  onGoTo: (index: number) => void;
  onHandIn: () => void;
}

export function BallotReview({ questions, answers, titleRef, onGoTo, onHandIn }: Props) {
  const blank = questions.flatMap((q, index) => (answers[q.indicator.id]?.value === undefined ? [{ q, index }] : []));
  const answered = questions.length - blank.length;
  return (
    <div className="ballot-review">
      <header className="step-header">
        <h1 ref={titleRef} tabIndex={-1} className="step-title">
          {sessionMessages.reviewTitle}
        </h1>
        <div className="progress">
          <progress max={questions.length} value={answered} aria-label={messages.answeredOf(answered, questions.length)} />
          <span>{sessionMessages.reviewAnswered(answered, questions.length)}</span>
        </div>
      </header>
      <p className={blank.length > 0 ? 'notice notice--warning' : 'notice'}>
        {blank.length > 0 ? messages.blankLeft(blank.length) : messages.allAnswered}
      </p>
      {blank.length > 0 && (
        <>
          <p>{sessionMessages.stillBlank}</p>
          <ul className="ballot-review__blank">
            {blank.map(({ q, index }) => (
              <li key={q.indicator.id}>
                <button type="button" className="link-button" onClick={() => onGoTo(index)}>
                  <span className="indicator__number">
                    {q.principleIndex + 1}.{q.indicatorIndex + 1}
                  </span>{' '}
                  {q.indicator.question}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="step-footer">
        <button type="button" className="button button--secondary" onClick={() => onGoTo(questions.length - 1)}>
          {sessionMessages.backToLast}
        </button>
        <button type="button" className="button" onClick={onHandIn}>
          {messages.handIn}
        </button>
      </div>
    </div>
  );
}
