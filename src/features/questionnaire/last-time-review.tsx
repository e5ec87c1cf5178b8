// "Last time's actions", on the first screen of a re-assessment: each action of the previous plan of
// the same network, marked Done, In progress or Dropped with a note (which updates that plan, so the
// history is true), and, for open ones, whether it is carried into the new plan.
import { useId } from 'react';
import { isOpen, MAX_ACTION_NOTE } from '../../core/action';
import type { Action } from '../../core/action';
import { REVIEW_STATUSES, reviewAction, setCarried } from '../../core/action-plan';
import type { ReviewChange } from '../../core/action-plan';
import type { Assessment } from '../../core/assessment';
import { formatDay } from '../../components/format';
import { messages as planMessages } from '../../components/plan/plan-messages';
import { useAppStore } from '../../store/store';
import { messages } from './messages';
import '../../components/plan/plan.css';

function ReviewItem({ action, current, previous }: { action: Action; current: Assessment; previous: Assessment }) {
  const uid = useId();
  const changeBoth = useAppStore((s) => s.changeBothPlans);
  const review = (change: ReviewChange) =>
    changeBoth(previous.id, current.id, (p, c) => reviewAction(p, c, action.id, change, { assessmentId: current.id, at: new Date() }));
  const carry = (carried: boolean) => changeBoth(previous.id, current.id, (p, c) => ({ previous: p, current: setCarried(p, c, action.id, carried) }));
  const name = action.text.trim() || messages.reviewUntitled;
  const carried = current.actions.some((a) => a.carriedFrom === action.id);
  const details = messages.reviewOwnerDue(action.owner, action.due ? formatDay(action.due) : '');
  return (
    <li className="review__item">
      <p className="review__text user-text">{name}</p>
      {details && <p className="small muted user-text">{details}</p>}
      <fieldset className="review__status" role="radiogroup" aria-label={messages.reviewStatus(name)}>
        <legend className="visually-hidden">{messages.reviewStatus(name)}</legend>
        <div className="segmented">
          {REVIEW_STATUSES.map((status) => (
            <label key={status} className={`segment${action.status === status ? ' segment--checked' : ''}`}>
              <input
                type="radio"
                name={`${uid}-status`}
                value={status}
                checked={action.status === status}
                onChange={() => review({ status })}
              />
              {planMessages.statuses[status]}
            </label>
          ))}
        </div>
        {action.status === 'not-started' && <p className="small muted">{messages.notStarted}</p>}
      </fieldset>
      <div className="field">
        <label htmlFor={`${uid}-note`}>{messages.reviewNote}</label>
        <textarea
          id={`${uid}-note`}
          rows={2}
          maxLength={MAX_ACTION_NOTE}
          value={action.note}
          onChange={(e) => review({ note: e.target.value })}
        />
      </div>
      {isOpen(action) && (
        <label className="review__carry">
          <input type="checkbox" checked={carried} onChange={(e) => carry(e.target.checked)} />{' '}
          {messages.reviewCarry}
        </label>
      )}
    </li>
  );
}

export function LastTimeReview({ assessment, previous }: { assessment: Assessment; previous: Assessment }) {
  const uid = useId();
  return (
    <section className="card review" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.reviewTitle}</h2>
      {previous.actions.length === 0 ? (
        <p className="muted">{messages.reviewNone}</p>
      ) : (
        <>
          <p className="small">{messages.reviewIntro(formatDay(previous.assessedOn))}</p>
          <ul className="review__list">
            {previous.actions.map((a) => (
              <ReviewItem key={a.id} action={a} current={assessment} previous={previous} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
