// One indicator: a radio group of the five anchored levels plus N/A and "Don't know", and a note.
import { memo, useId } from 'react';
import { DONT_KNOW, LEVELS, MAX_NOTE_LENGTH, NOT_APPLICABLE, answerValueSchema } from '../../core/answers';
import type { Answer, AnswerValue } from '../../core/answers';
import type { Indicator } from '../../core/rubric-schema';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

interface Props {
  indicator: Indicator;
  number: string;
  answer: Answer | undefined;
}

function Choice(props: {
  name: string;
  value: AnswerValue;
  checked: boolean;
  label: string;
  description: string;
  badge: string;
  onPick: (value: AnswerValue) => void;
}) {
  const { name, value, checked, label, description, badge, onPick } = props;
  return (
    <label className={`choice${checked ? ' choice--checked' : ''}`}>
      <input type="radio" name={name} value={String(value)} checked={checked} onChange={() => onPick(value)} />
      <span className="choice__badge" aria-hidden="true">
        {badge}
      </span>
      <span className="choice__text">
        <span className="choice__label">{label}</span>
        <span className="choice__description"> {description}</span>
      </span>
    </label>
  );
}

export const IndicatorQuestion = memo(function IndicatorQuestion({ indicator, number, answer }: Props) {
  const setValue = useAppStore((s) => s.setAnswerValue);
  const setNote = useAppStore((s) => s.setAnswerNote);
  const uid = useId();
  const questionId = `${uid}-q`;
  const helpId = `${uid}-help`;
  const name = `answer-${indicator.id}`;
  const current = answer?.value;
  const pick = (value: AnswerValue) => setValue(indicator.id, answerValueSchema.parse(value));

  return (
    <section className="indicator" aria-labelledby={questionId} id={`indicator-${indicator.id}`}>
      <fieldset role="radiogroup" aria-labelledby={questionId} aria-describedby={helpId} className="indicator__choices">
        <legend className="indicator__question" id={questionId}>
          <span className="indicator__number" aria-hidden="true">
            {number}
          </span>{' '}
          {indicator.question}
        </legend>
        <p className="indicator__help" id={helpId}>
          {indicator.help}
        </p>
        {LEVELS.map((level) => {
          const anchor = indicator.levels[level]!;
          return (
            <Choice
              key={level}
              name={name}
              value={level}
              checked={current === level}
              label={anchor.label}
              description={anchor.description}
              badge={String(level)}
              onPick={pick}
            />
          );
        })}
        <div className="choice-row">
          <Choice
            name={name}
            value={NOT_APPLICABLE}
            checked={current === NOT_APPLICABLE}
            label={messages.notApplicable}
            description=""
            badge="–"
            onPick={pick}
          />
          <Choice
            name={name}
            value={DONT_KNOW}
            checked={current === DONT_KNOW}
            label={messages.dontKnow}
            description=""
            badge="?"
            onPick={pick}
          />
        </div>
      </fieldset>
      {current !== undefined && (
        <button type="button" className="link-button" onClick={() => setValue(indicator.id, undefined)}>
          {messages.clearAnswer}
        </button>
      )}
      <div className="field">
        <label htmlFor={`${uid}-note`}>{messages.note}</label>
        <textarea
          id={`${uid}-note`}
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          value={answer?.note ?? ''}
          aria-describedby={questionId}
          placeholder={messages.noteHint}
          onChange={(e) => setNote(indicator.id, e.target.value)}
        />
      </div>
    </section>
  );
});
