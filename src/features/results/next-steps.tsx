// Concrete next steps for each principle, chosen from the rubric by the principle's score.
import type { PrincipleNextSteps } from '../../core/results';
import type { GlossaryEntry } from '../../core/rubric-schema';
import { firstUses } from '../../components/glossary-marks';
import { TermText } from '../../components/glossary-term';
import { formatScore } from '../../components/format';
import { messages } from './messages';

export function NextSteps({ items, glossary = [] }: { items: PrincipleNextSteps[]; glossary?: readonly GlossaryEntry[] }) {
  const marks = firstUses(items.flatMap((i) => i.actions.map((a) => a.text)), glossary);
  let at = 0;
  return (
    <section className="card">
      <h2>{messages.nextStepsTitle}</h2>
      {items.map(({ principle, score, actions }) => (
        <section key={principle.id} className="next-steps">
          <h3>
            {principle.title}{' '}
            <span className="muted small">
              {score.score === null ? messages.notEnough : `${formatScore(score.score)} · ${score.band?.label ?? ''}`}
            </span>
          </h3>
          {principle.subtitle && <p className="muted small">{principle.subtitle}</p>}
          {actions.length === 0 ? (
            <p className="muted">{messages.nextStepsNone}</p>
          ) : (
            <ul>
              {actions.map((a) => (
                <li key={a.id}>
                  <TermText text={a.text} marks={marks[at++]} glossary={glossary} />
                  {a.lead && <span className="action-detail">{messages.actionLead(a.lead)}</span>}
                  {a.firstStep && <span className="action-detail">{messages.actionFirstStep(a.firstStep)}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
