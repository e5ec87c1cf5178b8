// A participant's ballot, one principle per screen: details first, then the questions, then
// "Hand in my answers". Shows nothing of anyone else's answers. Used on the participant's own
// device (join page) and when the facilitator's device is passed round.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Answer } from '../../core/answers';
import { findRubric } from '../../core/builtin-rubrics';
import { overallProgress } from '../../core/progress';
import type { Invitation } from '../../core/workshop';
import type { BallotDraft } from './ballot-draft';
import { BallotQuestion } from './ballot-question';
import { messages } from './messages';
import { ParticipantDetails } from './participant-details';

interface Props {
  invitation: Invitation;
  draft: BallotDraft;
  onChange: (draft: BallotDraft) => void;
  onHandIn: () => void;
  /** The heading and words of the first screen. */
  title: string;
  intro: ReactNode;
}

export function BallotFlow({ invitation, draft, onChange, onHandIn, title, intro }: Props) {
  const rubric = findRubric(invitation.rubric);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const { stage, step } = draft;

  // Each new screen starts at the top, with its heading focused for screen readers.
  useEffect(() => {
    window.scrollTo?.({ top: 0 });
    titleRef.current?.focus();
  }, [stage, step]);

  if (!rubric) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{messages.unknownRubric(invitation.rubric.id)}</p>
      </div>
    );
  }
  if (stage === 'details') {
    return <ParticipantDetails invitation={invitation} draft={draft} title={title} intro={intro} titleRef={titleRef} onChange={onChange} />;
  }

  const index = Math.min(step, rubric.principles.length - 1);
  const principle = rubric.principles[index]!;
  const last = index === rubric.principles.length - 1;
  const next = rubric.principles[index + 1];
  const progress = overallProgress(rubric, draft.answers);
  const setAnswer = (id: string, answer: Answer) => {
    const answers = { ...draft.answers };
    if (answer.value === undefined && answer.note === undefined) delete answers[id];
    else answers[id] = answer;
    onChange({ ...draft, answers });
  };
  const blank = progress.total - progress.answered;

  return (
    <div className="ballot-step">
      <header className="step-header">
        <p className="eyebrow">{messages.principleOf(index + 1, rubric.principles.length)}</p>
        <h1 ref={titleRef} tabIndex={-1} className="step-title">
          {principle.title}
        </h1>
        <p className="lead">{principle.definition}</p>
        <div className="progress">
          <progress max={progress.total} value={progress.answered} aria-label={messages.answeredOf(progress.answered, progress.total)} />
          <span className="small">{messages.answeredOf(progress.answered, progress.total)}</span>
        </div>
        <p className="muted small">
          {messages.notApplicable}: {messages.notApplicableHint} {messages.dontKnow}: {messages.dontKnowHint}
        </p>
      </header>
      {principle.indicators.map((indicator, i) => (
        <BallotQuestion
          key={indicator.id}
          indicator={indicator}
          number={`${index + 1}.${i + 1}`}
          answer={draft.answers[indicator.id]}
          onChange={setAnswer}
        />
      ))}
      {last && (
        <p className={blank > 0 ? 'notice notice--warning' : 'notice'}>
          {blank > 0 ? messages.blankLeft(blank) : messages.allAnswered}
        </p>
      )}
      <div className="step-footer">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange(index === 0 ? { ...draft, stage: 'details' } : { ...draft, step: index - 1 })}
        >
          {messages.previous}
        </button>
        {next ? (
          <button type="button" className="button" onClick={() => onChange({ ...draft, step: index + 1 })}>
            {messages.next(next.title)}
          </button>
        ) : (
          <button type="button" className="button" onClick={onHandIn}>
            {messages.handIn}
          </button>
        )}
      </div>
    </div>
  );
}
