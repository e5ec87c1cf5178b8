// The last step: the network's stage of development, the outcomes it delivers, and the details.
import { useId, useMemo } from 'react';
import type { Assessment } from '../../core/assessment';
import { MAX_NAME_LENGTH, OUTCOME_RATINGS } from '../../core/assessment';
import type { Rubric } from '../../core/rubric-schema';
import { firstUses } from '../../components/glossary-marks';
import { TermText } from '../../components/glossary-term';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

export function WrapUpStep({ rubric, assessment }: { rubric: Rubric; assessment: Assessment }) {
  const setStage = useAppStore((s) => s.setStage);
  const setStageNote = useAppStore((s) => s.setStageNote);
  const setOutcome = useAppStore((s) => s.setOutcome);
  const updateDetails = useAppStore((s) => s.updateDetails);
  const uid = useId();
  const id = assessment.id;
  const stageMarks = useMemo(() => firstUses(rubric.stages.map((s) => s.description), rubric.glossary ?? []), [rubric]);

  return (
    <>
      <header className="step-header">
        <h1 tabIndex={-1} className="step-title">
          {messages.wrapUpTitle}
        </h1>
        <p className="lead">{messages.wrapUpIntro}</p>
      </header>

      <section className="indicator">
        <fieldset role="radiogroup" aria-labelledby={`${uid}-stage`} aria-describedby={`${uid}-stage-help`}>
          <legend id={`${uid}-stage`} className="indicator__question">
            {messages.stageQuestion}
          </legend>
          <p className="indicator__help" id={`${uid}-stage-help`}>
            {messages.stageHint}
          </p>
          {rubric.stages.map((stage, i) => (
            <label key={stage.id} className={`choice${assessment.stageId === stage.id ? ' choice--checked' : ''}`}>
              <input
                type="radio"
                name="stage"
                value={stage.id}
                checked={assessment.stageId === stage.id}
                onChange={() => setStage(id, stage.id)}
              />
              <span className="choice__badge" aria-hidden="true">
                {i + 1}
              </span>
              <span className="choice__text">
                <span className="choice__label">{stage.title}</span>
                <span className="choice__description">
                  {' '}
                  <TermText text={stage.description} marks={stageMarks[i]} glossary={rubric.glossary ?? []} />
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${uid}-stage-note`}>{messages.stageNote}</label>
          <textarea
            id={`${uid}-stage-note`}
            rows={2}
            value={assessment.stageNote ?? ''}
            onChange={(e) => setStageNote(id, e.target.value)}
          />
        </div>
      </section>

      <section className="indicator" aria-labelledby={`${uid}-outcomes`}>
        <h2 id={`${uid}-outcomes`} className="indicator__question">
          {messages.outcomesQuestion}
        </h2>
        <p className="indicator__help">{messages.outcomesHint}</p>
        {rubric.outcomes.map((outcome) => {
          const rating = assessment.outcomes[outcome.id];
          return (
            <fieldset key={outcome.id} role="radiogroup" className="outcome" aria-labelledby={`${uid}-${outcome.id}`}>
              <legend id={`${uid}-${outcome.id}`} className="outcome__title">
                {outcome.title}
              </legend>
              <p className="muted small">{outcome.description}</p>
              <div className="segmented">
                {OUTCOME_RATINGS.map((r) => (
                  <label key={r} className={`segment${rating === r ? ' segment--checked' : ''}`}>
                    <input
                      type="radio"
                      name={`outcome-${outcome.id}`}
                      value={r}
                      checked={rating === r}
                      onChange={() => setOutcome(id, outcome.id, r)}
                    />
                    {rubric.outcomeRatingLabels[r]}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </section>

      <section className="indicator" aria-labelledby={`${uid}-details`}>
        <h2 id={`${uid}-details`} className="indicator__question">
          {messages.detailsTitle}
        </h2>
        <div className="field">
          <label htmlFor={`${uid}-network`}>{messages.networkName}</label>
          <input
            id={`${uid}-network`}
            type="text"
            maxLength={MAX_NAME_LENGTH}
            value={assessment.networkName}
            onChange={(e) => updateDetails(id, { networkName: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-assessors`}>{messages.assessors}</label>
          <input
            id={`${uid}-assessors`}
            type="text"
            maxLength={MAX_NAME_LENGTH}
            value={assessment.assessors}
            onChange={(e) => updateDetails(id, { assessors: e.target.value })}
          />
        </div>
      </section>
    </>
  );
}
