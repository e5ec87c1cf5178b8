// One principle on one screen: what it means, why it matters, then its indicators.
import type { Answers } from '../../core/answers';
import type { Principle } from '../../core/rubric-schema';
import { IndicatorQuestion } from './indicator-question';
import { lastTimeText } from './last-time-text';
import { messages } from './messages';

interface Props {
  principle: Principle;
  index: number;
  count: number;
  assessmentId: string;
  answers: Answers;
  /** The previous assessment's answers of the same network, under today's ids; null for a first one. */
  lastAnswers: Answers | null;
}

export function PrincipleStep({ principle, index, count, assessmentId, answers, lastAnswers }: Props) {
  return (
    <>
      <header className="step-header">
        <p className="eyebrow">{messages.principleOf(index + 1, count)}</p>
        <h1 tabIndex={-1} className="step-title">
          {principle.title}
        </h1>
        <p className="lead">{principle.definition}</p>
        <details className="why">
          <summary>{messages.whyItMatters}</summary>
          <p>{principle.whyItMatters}</p>
        </details>
        <p className="muted small">
          {messages.notApplicable}: {messages.notApplicableHint} {messages.dontKnow}: {messages.dontKnowHint}
        </p>
      </header>
      {principle.indicators.map((indicator, i) => (
        <IndicatorQuestion
          key={indicator.id}
          assessmentId={assessmentId}
          indicator={indicator}
          number={`${index + 1}.${i + 1}`}
          answer={answers[indicator.id]}
          lastTime={lastAnswers ? lastTimeText(indicator, lastAnswers[indicator.id]) : undefined}
        />
      ))}
    </>
  );
}
