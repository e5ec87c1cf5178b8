// The questionnaire route: one step per screen, with progress, jump links and previous/next. A
// principle's step shows its questions on one page, or one question at a time (the person's choice,
// remembered on this device; one at a time by default on a phone). The first screen also holds the
// assessment's date and, for a network assessed before, says this is a new assessment of it and
// reviews last time's actions; every question shows last time's answer.
import { useEffect, useMemo, useRef } from 'react';
import { stepIds, WRAP_UP_STEP } from '../../core/progress';
import { mapAnswersToCurrent } from '../../core/rubric-history';
import { NotOnDevice } from '../../components/not-on-device';
import { useQuestionLayout } from '../../components/question-layout';
import { hrefFor } from '../../components/router';
import { useAssessment, usePreviousAssessment } from '../../store/selectors';
import { rubricOf } from '../../store/rubric-selectors';
import { useAppStore } from '../../store/store';
import { AssessmentDate } from './assessment-date';
import { LastTimeReview } from './last-time-review';
import { messages } from './messages';
import { OneQuestionStep } from './one-question-step';
import { PrincipleStep } from './principle-step';
import { StepNav } from './step-nav';
import { WrapUpStep } from './wrap-up-step';

export default function QuestionnairePage({ id, step, question }: { id: string; step: string; question?: number }) {
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
  const [layout, setLayout] = useQuestionLayout();
  const steps = rubric ? stepIds(rubric) : [];
  const index = steps.indexOf(step);
  const oneAtATime = layout === 'one' && index >= 0 && index < (rubric?.principles.length ?? 0);
  // One question at a time, the first screen is the first question of the first principle.
  const firstScreen = index === 0 && (!oneAtATime || (question ?? 1) <= 1);

  useEffect(() => {
    if (index < 0) return;
    setLastStep(id, step);
    // On a principle's page, an address naming a question brings that question into view.
    const target = question !== undefined && !oneAtATime ? document.querySelectorAll('.page--questionnaire .indicator')[question - 1] : undefined;
    if (target) target.scrollIntoView?.({ block: 'start' });
    else window.scrollTo({ top: 0 });
    // The first screen opens on what it says about this assessment; every other on its heading.
    const start = mainRef.current?.querySelector<HTMLElement>('[data-step-start]') ?? mainRef.current?.querySelector<HTMLElement>('h1');
    start?.focus({ preventScroll: target !== undefined });
  }, [id, step, index, question, oneAtATime, setLastStep]);

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
  // One question at a time, "Previous" from the last step goes back to the last question before it.
  const prevPrinciple = rubric.principles[index - 1];
  const backTo = layout === 'one' && prevPrinciple ? { question: prevPrinciple.indicators.length } : {};
  const titleOf = (id: string) => rubric.principles.find((p) => p.id === id)?.title ?? messages.wrapUpTitle;

  return (
    <div className="page page--questionnaire">
      <StepNav
        assessmentId={id}
        rubric={rubric}
        answers={assessment.answers}
        current={step}
        oneAtATime={layout === 'one'}
        onOneAtATime={(on) => setLayout(on ? 'one' : 'page')}
      />
      <div ref={mainRef} className="step">
        {firstScreen && <AssessmentDate assessment={assessment} previous={previous} />}
        {firstScreen && previous && <LastTimeReview assessment={assessment} previous={previous} />}
        {principle && oneAtATime ? (
          <OneQuestionStep
            assessmentId={id}
            rubric={rubric}
            principleIndex={index}
            question={question ?? 1}
            answers={assessment.answers}
            lastAnswers={lastAnswers}
          />
        ) : principle ? (
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
        {!oneAtATime && (
          <div className="step-footer">
            {prev ? (
              <a className="button button--secondary" href={hrefFor({ name: 'step', id, step: prev, ...backTo })}>
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
        )}
      </div>
    </div>
  );
}
