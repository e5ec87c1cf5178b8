// One question of a participant's ballot, alone on its screen; the answer lives in the ballot draft,
// not in the store.
import type { Ref } from 'react';
import type { Answer } from '../../../core/answers';
import type { SessionQuestion } from '../../../core/coverage';
import type { GlossaryEntry } from '../../../core/rubric-schema';
import { OneQuestion } from '../../../components/one-question';
import { messages as q } from '../../../components/question-messages';
import { sessionMessages } from '../session-messages';

interface Props {
  question: SessionQuestion;
  position: number;
  total: number;
  answer: Answer | undefined;
  glossary: readonly GlossaryEntry[];
  titleRef: Ref<HTMLHeadingElement>;
  onChange: (indicatorId: string, answer: Answer) => void;
  onBack: () => void;
  onNext: () => void;
}

export function BallotQuestion({ question, position, total, answer, glossary, titleRef, onChange, onBack, onNext }: Props) {
  const { indicator, principle, principleIndex, indicatorIndex } = question;
  const current = answer?.value;
  const note = answer?.note;
  return (
    <OneQuestion
      indicator={indicator}
      number={`${principleIndex + 1}.${indicatorIndex + 1}`}
      principleTitle={principle.title}
      position={position}
      total={total}
      value={current}
      note={note}
      onValue={(value) => onChange(indicator.id, { ...(value !== undefined && { value }), ...(note !== undefined && { note }) })}
      onNote={(text) => onChange(indicator.id, { ...(current !== undefined && { value: current }), ...(text !== '' && { note: text }) })}
      glossary={glossary}
      titleRef={titleRef}
      onEnter={onNext}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onBack}>
            {q.back}
          </button>
          <button type="button" className="button" onClick={onNext}>
            {position === total ? sessionMessages.nextToReview : q.next}
          </button>
        </>
      }
    />
  );
}
