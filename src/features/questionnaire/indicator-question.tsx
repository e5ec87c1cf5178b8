// One indicator of the solo questionnaire: the shared question card, kept in the store as answered.
import { memo, useCallback, useMemo } from 'react';
import type { Answer, AnswerValue } from '../../core/answers';
import type { Indicator } from '../../core/rubric-schema';
import { MapEvidenceSlot } from '../../components/map-evidence-slot';
import { QuestionCard } from '../../components/question-card';
import { useAppStore } from '../../store/store';

interface Props {
  assessmentId: string;
  indicator: Indicator;
  number: string;
  answer: Answer | undefined;
  lastTime?: string;
}

export const IndicatorQuestion = memo(function IndicatorQuestion({ assessmentId: id, indicator, number, answer, lastTime }: Props) {
  const setValue = useAppStore((s) => s.setAnswerValue);
  const setNote = useAppStore((s) => s.setAnswerNote);
  const networkId = useAppStore((s) => (Object.hasOwn(s.assessments, id) ? s.assessments[id]!.networkId : null));
  const onValue = useCallback((value: AnswerValue | undefined) => setValue(id, indicator.id, value), [setValue, id, indicator.id]);
  const onNote = useCallback((note: string) => setNote(id, indicator.id, note), [setNote, id, indicator.id]);
  const aside = useMemo(() => <MapEvidenceSlot networkId={networkId} indicatorId={indicator.id} />, [networkId, indicator.id]);
  return (
    <QuestionCard
      indicator={indicator}
      number={number}
      value={answer?.value}
      note={answer?.note}
      onValue={onValue}
      onNote={onNote}
      lastTime={lastTime}
      aside={aside}
    />
  );
});
