// "Your priorities": every principle's recommended actions, the weakest principle first (the report
// model's one order), each with who typically leads it, a first step for this month, and a button
// that copies it into the action plan. The weakest principle is open; the others fold, so the action
// plan is not twenty recommendations away on a phone.
import { useId } from 'react';
import type { Action } from '../../core/action';
import { actionFromRecommendation } from '../../core/action-plan';
import type { ReportPriority } from '../../core/report-plan';
import type { Rubric } from '../../core/rubric-schema';
import { formatScore } from '../format';
import type { PlanOwner } from '../../store/plans-slice';
import { useAppStore } from '../../store/store';
import { messages } from './plan-messages';
import './plan.css';

function Recommendation({ r, onAdd }: { r: ReportPriority['recommendations'][number]; onAdd: () => void }) {
  return (
    <li className="priority__item">
      <p className="priority__text">{r.text}</p>
      {r.lead && (
        <p className="small">
          <strong>{messages.lead}:</strong> {r.lead}
        </p>
      )}
      {r.firstStep && (
        <p className="small">
          <strong>{messages.firstStep}:</strong> {r.firstStep}
        </p>
      )}
      {r.inPlan ? (
        <p className="small priority__in-plan">✓ {messages.inPlan}</p>
      ) : (
        <button type="button" className="button button--secondary" aria-label={messages.addToPlanLabel(r.text)} onClick={onAdd}>
          {messages.addToPlan}
        </button>
      )}
    </li>
  );
}

export function Priorities({ owner, priorities, rubric }: { owner: PlanOwner; priorities: ReportPriority[]; rubric: Rubric }) {
  const uid = useId();
  const changePlan = useAppStore((s) => s.changePlan);
  const add = (principleId: string, recommendationId: string) => {
    const principle = rubric.principles.find((p) => p.id === principleId);
    const rec = principle && (['low', 'middle', 'high'] as const).flatMap((t) => principle.recommendations[t]).find((r) => r.id === recommendationId);
    if (!principle || !rec) return;
    changePlan(owner, (list: Action[]) => [...list, actionFromRecommendation(principle, rec)]);
  };
  return (
    <section className="card priorities" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.prioritiesTitle}</h2>
      <p className="small muted">{messages.prioritiesIntro}</p>
      {priorities.map((p, i) => {
        const title = (
          <h3 id={`${uid}-${p.principleId}`}>
            {p.title}{' '}
            <span className="muted small">{p.score === null ? messages.notScored : messages.scoreOf(formatScore(p.score), p.band)}</span>
          </h3>
        );
        const list =
          p.recommendations.length === 0 ? (
            <p className="muted">{messages.notScoredText}</p>
          ) : (
            <ul className="priority__list">
              {p.recommendations.map((r) => (
                <Recommendation key={r.id} r={r} onAdd={() => add(p.principleId, r.id)} />
              ))}
            </ul>
          );
        if (i === 0) {
          return (
            <section key={p.principleId} className="priority" aria-labelledby={`${uid}-${p.principleId}`}>
              {title}
              {list}
            </section>
          );
        }
        const planned = p.recommendations.filter((r) => r.inPlan).length;
        return (
          <details key={p.principleId} className="priority priority--folded">
            <summary>
              {title}
              <span className="small muted priority__count">{messages.recommendationCount(p.recommendations.length, planned)}</span>
            </summary>
            {list}
          </details>
        );
      })}
    </section>
  );
}
