// Before the questions: how many there are and about how long they take, the participant's name
// (only in a named workshop) and perspective group, and the start button: all of it high enough to
// be on a phone's first screen. Longer words about privacy come after the button.
import { MIN_GROUP_SIZE } from '../../../core/group-privacy';
import { useId } from 'react';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { MAX_NAME_LENGTH } from '../../../core/assessment';
import { coveredPrinciples, sessionMinutes } from '../../../core/coverage';
import type { Rubric } from '../../../core/rubric-schema';
import type { Invitation } from '../../../core/workshop';
import type { BallotDraft } from './ballot-draft';
import { sessionMessages } from '../session-messages';
import { messages } from '../messages';

interface Props {
  invitation: Invitation;
  rubric: Rubric;
  questionCount: number;
  draft: BallotDraft;
  title: string;
  intro: ReactNode;
  after: ReactNode;
  titleRef: RefObject<HTMLHeadingElement | null>;
  onChange: (draft: BallotDraft) => void;
}

export function ParticipantDetails({ invitation, rubric, questionCount, draft, title, intro, after, titleRef, onChange }: Props) {
  const covered = coveredPrinciples(rubric, invitation.principles);
  const uid = useId();
  const start = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...draft, stage: 'questions', step: 0 });
  };
  return (
    <form className="ballot-details" onSubmit={start} aria-labelledby={`${uid}-title`}>
      <header className="step-header">
        <h1 id={`${uid}-title`} ref={titleRef} tabIndex={-1} className="step-title">
          {title}
        </h1>
        <p className="ballot-length">
          <strong>{sessionMessages.sessionLength(questionCount, sessionMinutes(questionCount))}</strong>
          {covered.length < rubric.principles.length && (
            <>
              {' '}
              {sessionMessages.sessionCovers(
                covered.map((p) => p.title),
                rubric.principles.length,
              )}
            </>
          )}
        </p>
        {intro}
      </header>
      <div className="card">
        {!invitation.anonymous && (
          <div className="field">
            <label htmlFor={`${uid}-name`}>{messages.yourName}</label>
            <input
              id={`${uid}-name`}
              type="text"
              autoComplete="name"
              maxLength={MAX_NAME_LENGTH}
              value={draft.participant}
              aria-describedby={`${uid}-name-hint`}
              onChange={(e) => onChange({ ...draft, participant: e.target.value })}
            />
            <p id={`${uid}-name-hint`} className="field__hint">
              {messages.yourNameHint}
            </p>
          </div>
        )}
        {invitation.anonymous && <p>{messages.anonymousBallot}</p>}
        {invitation.groups.length > 0 && (
          <div className="field">
            <label htmlFor={`${uid}-group`}>{messages.yourGroup}</label>
            <select
              id={`${uid}-group`}
              value={draft.group}
              aria-describedby={`${uid}-group-hint`}
              onChange={(e) => onChange({ ...draft, group: e.target.value })}
            >
              <option value="">{messages.noGroup}</option>
              {invitation.groups.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
            <p id={`${uid}-group-hint`} className="field__hint">
              {messages.yourGroupHint(MIN_GROUP_SIZE)}
            </p>
          </div>
        )}
        <button type="submit" className="button">
          {messages.startQuestions}
        </button>
      </div>
      {after}
    </form>
  );
}
