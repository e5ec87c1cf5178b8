// Progress and navigation across the questionnaire: jump to any principle, see what is answered, and
// choose one question at a time. One question at a time, the list of principles folds away so the
// question comes first on a phone.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { principleProgress, overallProgress, WRAP_UP_STEP } from '../../core/progress';
import { messages as q } from '../../components/question-messages';
import type { Answers } from '../../core/answers';
import type { Rubric } from '../../core/rubric-schema';
import { hrefFor } from '../../components/router';
import { messages } from './messages';

interface Props {
  assessmentId: string;
  rubric: Rubric;
  answers: Answers;
  current: string;
  oneAtATime: boolean;
  onOneAtATime: (on: boolean) => void;
}

export function StepNav({ assessmentId: id, rubric, answers, current, oneAtATime, onOneAtATime }: Props) {
  const uid = useId();
  const perPrinciple = principleProgress(rubric, answers);
  const overall = overallProgress(rubric, answers);
  const fold = (list: ReactNode) =>
    oneAtATime ? (
      <details className="step-nav__fold">
        <summary>{messages.allSteps}</summary>
        {list}
      </details>
    ) : (
      list
    );
  return (
    <nav className="step-nav" aria-label={messages.steps}>
      <div className="progress">
        <progress
          max={overall.total}
          value={overall.answered}
          aria-label={messages.overallProgress(overall.answered, overall.total)}
        />
        <span className="small">{messages.overallProgress(overall.answered, overall.total)}</span>
      </div>
      <div className="layout-toggle">
        <label>
          <input type="checkbox" checked={oneAtATime} aria-describedby={`${uid}-hint`} onChange={(e) => onOneAtATime(e.target.checked)} />
          {q.oneAtATime}
        </label>
        <span id={`${uid}-hint`} className="small muted">
          {q.oneAtATimeHint}
        </span>
      </div>
      {fold(
        <ol className="step-list">
          {rubric.principles.map((p, i) => {
            const progress = perPrinciple[p.id]!;
            const done = progress.answered === progress.total;
            return (
              <li key={p.id}>
                <a
                  href={hrefFor({ name: 'step', id, step: p.id })}
                  aria-current={current === p.id ? 'step' : undefined}
                  className={done ? 'step-link step-link--done' : 'step-link'}
                >
                  <span className="step-link__number" aria-hidden="true">
                    {done ? '✓' : i + 1}
                  </span>
                  <span className="step-link__title">{p.shortTitle}</span>
                  <span className="step-link__count">{messages.answeredOf(progress.answered, progress.total)}</span>
                </a>
              </li>
            );
          })}
          <li>
            <a
              href={hrefFor({ name: 'step', id, step: WRAP_UP_STEP })}
              aria-current={current === WRAP_UP_STEP ? 'step' : undefined}
              className="step-link"
            >
              <span className="step-link__number" aria-hidden="true">
                {rubric.principles.length + 1}
              </span>
              <span className="step-link__title">{messages.wrapUpTitle}</span>
            </a>
          </li>
        </ol>,
      )}
    </nav>
  );
}
