// "Your priorities": every principle's recommended actions, the weakest principle first (the report
// model's one order), each with who typically leads it, a first step for this month, and a button
// that copies it into the action plan.
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
      {priorities.map((p) => (
        <section key={p.principleId} className="priority" aria-labelledby={`${uid}-${p.principleId}`}>
          <h3 id={`${uid}-${p.principleId}`}>
            {p.title}{' '}
            <span className="muted small">{p.score === null ? messages.notScored : messages.scoreOf(formatScore(p.score), p.band)}</span>
          </h3>
          {p.recommendations.length === 0 ? (
            <p className="muted">{messages.notScoredText}</p>
          ) : (
            <ul className="priority__list">
              {p.recommendations.map((r) => (
                <li key={r.id} className="priority__item">
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
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={messages.addToPlanLabel(r.text)}
                      onClick={() => add(p.principleId, r.id)}
                    >
                      {messages.addToPlan}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
