// One indicator on a participant's ballot: the shared question card; the answer lives in the ballot,
// not in the store.
import type { Answer } from '../../core/answers';
import type { Indicator } from '../../core/rubric-schema';
import { QuestionCard } from '../../components/question-card';

interface Props {
  indicator: Indicator;
  number: string;
  answer: Answer | undefined;
  onChange: (indicatorId: string, answer: Answer) => void;
}

export function BallotQuestion({ indicator, number, answer, onChange }: Props) {
  const current = answer?.value;
  const note = answer?.note;
  return (
    <QuestionCard
      indicator={indicator}
      number={number}
      value={current}
      note={note}
      onValue={(value) =>
        onChange(indicator.id, { ...(value !== undefined && { value }), ...(note !== undefined && { note }) })
      }
      onNote={(text) =>
        onChange(indicator.id, { ...(current !== undefined && { value: current }), ...(text !== '' && { note: text }) })
      }
    />
  );
}
