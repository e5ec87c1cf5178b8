// The questionnaire route: one step per screen, with progress, jump links and previous/next. The
// first screen also holds the assessment's date and, for a network assessed before, says this is a
// new assessment of it and reviews last time's actions; every question shows last time's answer.
import { useEffect, useMemo, useRef } from 'react';
import { stepIds, WRAP_UP_STEP } from '../../core/progress';
import { mapAnswersToCurrent } from '../../core/rubric-history';
import { NotOnDevice } from '../../components/not-on-device';
import { hrefFor } from '../../components/router';
import { useAssessment, usePreviousAssessment } from '../../store/selectors';
import { rubricOf } from '../../store/rubric-selectors';
import { useAppStore } from '../../store/store';
import { AssessmentDate } from './assessment-date';
import { LastTimeReview } from './last-time-review';
import { messages } from './messages';
import { PrincipleStep } from './principle-step';
import { StepNav } from './step-nav';
import { WrapUpStep } from './wrap-up-step';

export default function QuestionnairePage({ id, step }: { id: string; step: string }) {
  const assessment = useAssessment(id);
  const previous = usePreviousAssessment(assessment);
  const rubric = rubricOf(assessment);
  // Last time's answers, read under today's question ids.
  const lastAnswers = useMemo(
    () => (previous && rubric ? mapAnswersToCurrent(rubric, previous.answers, previous.rubric.version) : null),
    [previous, rubric],
  );
  const setLastStep = useAppStore((s) => s.setLastStep);
  const mainRef = useRef<HTMLDivElement>(null);
  const steps = rubric ? stepIds(rubric) : [];
  const index = steps.indexOf(step);

  useEffect(() => {
    if (index < 0) return;
    setLastStep(id, step);
    window.scrollTo({ top: 0 });
    // The first screen opens on what it says about this assessment; every other on its heading.
    (mainRef.current?.querySelector<HTMLElement>('[data-step-start]') ?? mainRef.current?.querySelector<HTMLElement>('h1'))?.focus();
  }, [id, step, index, setLastStep]);

  if (!assessment) return <NotOnDevice kind="assessment" />;
  if (!rubric) {
    return (
      <div className="page">
        <p className="notice notice--error">{messages.unknownRubric(assessment.rubric.id)}</p>
        <a href={hrefFor({ name: 'home' })}>{messages.goHome}</a>
      </div>
    );
  }
  if (index < 0) {
    return (
      <div className="page">
        <p>{messages.unknownStep}</p>
        <a href={hrefFor({ name: 'step', id, step: steps[0]! })}>{rubric.principles[0]!.title}</a>
      </div>
    );
  }

  const principle = rubric.principles[index];
  const prev = steps[index - 1];
  const next = steps[index + 1];
  const titleOf = (id: string) => rubric.principles.find((p) => p.id === id)?.title ?? messages.wrapUpTitle;

  return (
    <div className="page page--questionnaire">
      <StepNav assessmentId={id} rubric={rubric} answers={assessment.answers} current={step} />
      <div ref={mainRef} className="step">
        {index === 0 && <AssessmentDate assessment={assessment} previous={previous} />}
        {index === 0 && previous && <LastTimeReview assessment={assessment} previous={previous} />}
        {principle ? (
          <PrincipleStep
            principle={principle}
            index={index}
            count={rubric.principles.length}
            assessmentId={id}
            answers={assessment.answers}
            lastAnswers={lastAnswers}
          />
        ) : (
          step === WRAP_UP_STEP && <WrapUpStep rubric={rubric} assessment={assessment} />
        )}
        <div className="step-footer">
          {prev ? (
            <a className="button button--secondary" href={hrefFor({ name: 'step', id, step: prev })}>
              {messages.previous}
            </a>
          ) : (
            <span />
          )}
          {next ? (
            <a className="button" href={hrefFor({ name: 'step', id, step: next })}>
              {messages.next(titleOf(next))}
            </a>
          ) : (
            <a className="button" href={hrefFor({ name: 'results', id })}>
              {messages.seeResults}
            </a>
          )}
        </div>
      </div>
    </div>
  );
}
