// A participant's ballot, one question per screen: details first (with how many questions and
// about how long), then each question of the session, then a last check and "Hand in my answers".
// Shows nothing of anyone else's answers. Used on the participant's own device (join page) and when
// the facilitator's device is passed round. The draft holds the screen (step), so a reload comes
// back to the same question.
import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Answer } from '../../../core/answers';
import { findRubric } from '../../../core/builtin-rubrics';
import { sessionQuestions } from '../../../core/coverage';
import type { Invitation } from '../../../core/workshop';
import { carriedRubric } from '../../../core/own-rubrics';
import type { BallotDraft } from './ballot-draft';
import { BallotQuestion } from './ballot-question';
import { BallotReview } from './ballot-review';
import { messages } from '../messages';
import { ParticipantDetails } from './participant-details';

interface Props {
  invitation: Invitation;
  draft: BallotDraft;
  onChange: (draft: BallotDraft) => void;
  onHandIn: () => void;
  /** The heading and words of the first screen: `intro` above its form, `after` below it. */
  title: string;
  intro: ReactNode;
  after?: ReactNode;
}

export function BallotFlow({ invitation, draft, onChange, onHandIn, title, intro, after }: Props) {
  const rubric = useMemo(() => findRubric(invitation.rubric) ?? carriedRubric(invitation.rubric, invitation.rubricData), [invitation]);
  const questions = useMemo(() => (rubric ? sessionQuestions(rubric, invitation.principles) : []), [rubric, invitation.principles]);
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
    return (
      <ParticipantDetails
        invitation={invitation}
        rubric={rubric}
        questionCount={questions.length}
        draft={draft}
        title={title}
        intro={intro}
        after={after}
        titleRef={titleRef}
        onChange={onChange}
      />
    );
  }

  const goTo = (index: number) => onChange({ ...draft, step: index });
  // The step past the last question is the check before handing in.
  const index = Math.min(step, questions.length);
  if (index === questions.length) {
    return <BallotReview questions={questions} answers={draft.answers} titleRef={titleRef} onGoTo={goTo} onHandIn={onHandIn} />;
  }
  const setAnswer = (id: string, answer: Answer) => {
    const answers = { ...draft.answers };
    if (answer.value === undefined && answer.note === undefined) delete answers[id];
    else answers[id] = answer;
    onChange({ ...draft, answers });
  };
  const question = questions[index]!;
  return (
    <BallotQuestion
      question={question}
      position={index + 1}
      total={questions.length}
      answer={draft.answers[question.indicator.id]}
      glossary={rubric.glossary ?? []}
      titleRef={titleRef}
      onChange={setAnswer}
      onBack={() => onChange(index === 0 ? { ...draft, stage: 'details' } : { ...draft, step: index - 1 })}
      onNext={() => goTo(index + 1)}
    />
  );
}
