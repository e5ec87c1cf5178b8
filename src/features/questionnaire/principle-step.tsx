// One principle on one screen: what it means, why it matters, then its indicators.
import type { Answers } from '../../core/answers';
import type { GlossaryEntry, Principle } from '../../core/rubric-schema';
import { useMemo } from 'react';
import { firstUses } from '../../components/glossary-marks';
import { TermText } from '../../components/glossary-term';
import { IndicatorQuestion } from './indicator-question';
import { lastTimeText } from './last-time-text';
import { messages } from './messages';

interface Props {
  principle: Principle;
  index: number;
  count: number;
  assessmentId: string;
  answers: Answers;
  glossary: readonly GlossaryEntry[];
  /** The previous assessment's answers of the same network, under today's ids; null for a first one. */
  lastAnswers: Answers | null;
}

export function PrincipleStep({ principle, index, count, assessmentId, answers, glossary, lastAnswers }: Props) {
  const marks = useMemo(() => firstUses([principle.definition, principle.whyItMatters], glossary), [principle, glossary]);
  return (
    <>
      <header className="step-header">
        <p className="eyebrow">{messages.principleOf(index + 1, count)}</p>
        <h1 tabIndex={-1} className="step-title">
          {principle.title}
        </h1>
        {principle.subtitle && <p className="step-subtitle">{principle.subtitle}</p>}
        <p className="lead">
          <TermText text={principle.definition} marks={marks[0]} glossary={glossary} />
        </p>
        <details className="why">
          <summary>{messages.whyItMatters}</summary>
          <p>
            <TermText text={principle.whyItMatters} marks={marks[1]} glossary={glossary} />
          </p>
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
          glossary={glossary}
          lastTime={lastAnswers ? lastTimeText(indicator, lastAnswers[indicator.id]) : undefined}
        />
      ))}
    </>
  );
}
