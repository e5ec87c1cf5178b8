// "Your priorities": every principle's recommended actions, the weakest principle first (the report
// model's one order), each with who typically leads it, a first step for this month, and a button
// that copies it into the action plan. The weakest principle is open; the others fold, so the action
// plan is not twenty recommendations away on a phone.
import { useId, useMemo } from 'react';
import type { Action } from '../../core/action';
import { actionFromRecommendation } from '../../core/action-plan';
import type { ReportPriority } from '../../core/report-plan';
import type { GlossaryEntry, Rubric } from '../../core/rubric-schema';
import type { TermMatch } from '../../core/glossary';
import { firstUses } from '../glossary-marks';
import { TermText } from '../glossary-term';
import { formatScore } from '../format';
import type { PlanOwner } from '../../store/plans-slice';
import { useAppStore } from '../../store/store';
import { messages } from './plan-messages';
import './plan.css';

interface RecommendationProps {
  r: ReportPriority['recommendations'][number];
  onAdd: () => void;
  /** The rubric's glossary terms first used in this recommendation's text. */
  marks: readonly TermMatch[] | undefined;
  glossary: readonly GlossaryEntry[];
}

function Recommendation({ r, onAdd, marks, glossary }: RecommendationProps) {
  return (
    <li className="priority__item">
      <p className="priority__text">
        <TermText text={r.text} marks={marks} glossary={glossary} />
      </p>
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

const NO_TERMS: readonly GlossaryEntry[] = [];

export function Priorities({ owner, priorities, rubric }: { owner: PlanOwner; priorities: ReportPriority[]; rubric: Rubric }) {
  const uid = useId();
  const changePlan = useAppStore((s) => s.changePlan);
  const glossary = rubric.glossary ?? NO_TERMS;
  // Each term marked where it is first used, in the order the recommendations are shown.
  const marks = useMemo(() => firstUses(priorities.flatMap((p) => p.recommendations.map((r) => r.text)), glossary), [priorities, glossary]);
  const subtitles = new Map(rubric.principles.map((p) => [p.id, p.subtitle]));
  let at = 0;
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
        const subtitle = subtitles.get(p.principleId);
        const list =
          p.recommendations.length === 0 ? (
            <p className="muted">{messages.notScoredText}</p>
          ) : (
            <ul className="priority__list">
              {p.recommendations.map((r) => (
                <Recommendation key={r.id} r={r} onAdd={() => add(p.principleId, r.id)} marks={marks[at++]} glossary={glossary} />
              ))}
            </ul>
          );
        if (i === 0) {
          return (
            <section key={p.principleId} className="priority" aria-labelledby={`${uid}-${p.principleId}`}>
              {title}
              {subtitle && <p className="muted small">{subtitle}</p>}
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
            {subtitle && <p className="muted small">{subtitle}</p>}
            {list}
          </details>
        );
      })}
    </section>
  );
}
