// One question as people answer it: a radio group named by the question, the five anchored levels
// (each named by its label), "Not applicable", "Don't know", a way to clear, and a note.
// Shared by the solo questionnaire and the workshop ballot; where the answer is kept is up to them.
// Alone on its screen (one question at a time), the question is the page's heading and its help
// sits in a "More about this question" disclosure, with the glossary's words it uses.
import { memo, useId } from 'react';
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { DONT_KNOW, LEVELS, MAX_NOTE_LENGTH, NOT_APPLICABLE } from '../core/answers';
import type { AnswerValue } from '../core/answers';
import type { GlossaryEntry, Indicator } from '../core/rubric-schema';
import { QuestionHelp } from './question-help';
import { messages } from './question-messages';

interface ChoiceProps {
  name: string;
  value: AnswerValue;
  checked: boolean;
  label: string;
  description: string;
  badge: string;
  onPick: (value: AnswerValue) => void;
}

function Choice({ name, value, checked, label, description, badge, onPick }: ChoiceProps) {
  return (
    <label className={`choice${checked ? ' choice--checked' : ''}`}>
      <input type="radio" name={name} value={String(value)} checked={checked} onChange={() => onPick(value)} />
      <span className="choice__badge" aria-hidden="true">
        {badge}
      </span>
      <span className="choice__text">
        <span className="choice__label">{label}</span>
        {description && <span className="choice__description"> {description}</span>}
      </span>
    </label>
  );
}

interface Props {
  indicator: Indicator;
  /** "1.3": shown beside the question, not read out as part of its name. */
  number: string;
  value: AnswerValue | undefined;
  note: string | undefined;
  onValue: (value: AnswerValue | undefined) => void;
  onNote: (note: string) => void;
  /** Last time's answer to this question, worded by the caller ("Last time: level 2 — …"). */
  lastTime?: string;
  /** Alone on its screen: the question becomes the page's h1, focused through `titleRef` on arrival. */
  titleRef?: Ref<HTMLHeadingElement>;
  alone?: {
    glossary: readonly GlossaryEntry[];
    /** Enter on a level: the keyboard's way to "Next". */
    onEnter: () => void;
  };
  /** Shown under the question's help, e.g. what the network map says about it. */
  aside?: ReactNode;
}

export const QuestionCard = memo(function QuestionCard({ indicator, number, value, note, onValue, onNote, lastTime, titleRef, alone, aside }: Props) {
  const uid = useId();
  const questionId = `${uid}-q`;
  const helpId = `${uid}-help`;
  const name = `${uid}-answer`;
  const question = (
    <>
      <span className="indicator__number" aria-hidden="true">
        {number}
      </span>{' '}
      {indicator.question}
    </>
  );
  const onKeyDown = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    if (!alone || e.key !== 'Enter' || !(e.target instanceof HTMLInputElement) || e.target.type !== 'radio') return;
    e.preventDefault();
    alone.onEnter();
  };

  return (
    <section className={alone ? 'indicator indicator--alone' : 'indicator'} aria-labelledby={questionId} id={`indicator-${indicator.id}`}>
      {alone && (
        <h1 className="indicator__question indicator__title" id={questionId} ref={titleRef} tabIndex={-1}>
          {question}
        </h1>
      )}
      {alone && <QuestionHelp indicator={indicator} glossary={alone.glossary} helpId={helpId} />}
      <fieldset
        role="radiogroup"
        aria-labelledby={questionId}
        aria-describedby={helpId}
        className="indicator__choices"
        onKeyDown={alone ? onKeyDown : undefined}
      >
        {!alone && (
          <legend className="indicator__question" id={questionId}>
            {question}
          </legend>
        )}
        {!alone && (
          <p className="indicator__help" id={helpId}>
            {indicator.help}
          </p>
        )}
        {lastTime && <p className="indicator__last-time">{lastTime}</p>}
        {aside}
        {LEVELS.map((level) => {
          const anchor = indicator.levels[level]!;
          return (
            <Choice
              key={level}
              name={name}
              value={level}
              checked={value === level}
              label={anchor.label}
              description={anchor.description}
              badge={String(level)}
              onPick={onValue}
            />
          );
        })}
        <div className="choice-row">
          {(
            [
              [NOT_APPLICABLE, messages.notApplicable, '–'],
              [DONT_KNOW, messages.dontKnow, '?'],
            ] as const
          ).map(([v, label, badge]) => (
            <Choice key={v} name={name} value={v} checked={value === v} label={label} description="" badge={badge} onPick={onValue} />
          ))}
        </div>
      </fieldset>
      {value !== undefined && (
        <button type="button" className="link-button" onClick={() => onValue(undefined)}>
          {messages.clearAnswer}
        </button>
      )}
      <div className="field">
        <label htmlFor={`${uid}-note`}>{messages.note}</label>
        <textarea
          id={`${uid}-note`}
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          value={note ?? ''}
          aria-describedby={questionId}
          placeholder={messages.noteHint}
          onChange={(e) => onNote(e.target.value)}
        />
      </div>
    </section>
  );
});
