// Where the network stands on the stage ladder, what gets it to the next stage, and its outcomes.
import type { Assessment } from '../../core/assessment';
import { stagePosition } from '../../core/results';
import type { Rubric } from '../../core/rubric-schema';
import { hrefFor } from '../../components/router';
import { WRAP_UP_STEP } from '../../core/progress';
import { messages } from './messages';

export function StageAndOutcomes({ rubric, assessment }: { rubric: Rubric; assessment: Assessment }) {
  const position = stagePosition(rubric, assessment.stageId);
  return (
    <div className="two-up">
      <section className="card">
        <h2>{messages.stageTitle}</h2>
        {position ? (
          <>
            <p>
              <span className="eyebrow">{messages.stageNow}</span>
              <br />
              <strong>
                {position.index + 1}. {position.current.title}
              </strong>
            </p>
            {assessment.stageNote && <p className="pre-line user-text">{assessment.stageNote}</p>}
            <p>{position.next ? messages.stageNext(position.next.title) : messages.stageLast}</p>
            {position.next && <p className="small muted">{messages.stageHowToGetThere}</p>}
            <ul>
              {position.current.nextSteps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            {messages.stageNone} <a href={hrefFor({ name: 'step', id: assessment.id, step: WRAP_UP_STEP })}>{messages.chooseStage}</a>
          </p>
        )}
      </section>
      <section className="card">
        <h2>{messages.outcomesTitle}</h2>
        <dl className="outcome-list">
          {rubric.outcomes.map((o) => {
            const rating = assessment.outcomes[o.id];
            return (
              <div key={o.id} className="outcome-list__row">
                <dt>{o.title}</dt>
                <dd className={rating ? `rating rating--${rating}` : 'rating muted'}>
                  {rating ? rubric.outcomeRatingLabels[rating] : messages.notRated}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    </div>
  );
}
