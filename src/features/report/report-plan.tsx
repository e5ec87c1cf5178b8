// The print view's plan: the action plan as a table that stacks on a phone, and the priorities,
// weakest principle first — the PDF's words and order.
import type { ReportModel } from '../../core/report-model';
import { formatDueDate, formatReportScore, lastPlanLine, principleScoreText, reportText as t } from '../../export/report-text';

export function ReportActionPlan({ model }: { model: ReportModel }) {
  return (
    <section className="report-section report-section--break">
      <h2>{t.actionPlan}</h2>
      <p className="small muted">{t.actionPlanIntro}</p>
      {model.actions.length === 0 ? (
        <p>{t.actionPlanNone}</p>
      ) : (
        <table className="score-table stack-table report-actions">
          <caption className="visually-hidden">{t.actionPlan}</caption>
          <thead>
            <tr>
              {[t.colNumber, t.colAction, t.colPrinciple, t.colOwner, t.colDue, t.colStatus].map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.actions.map((a) => (
              <tr key={a.number}>
                <th scope="row">{a.number}</th>
                <td data-label={t.colAction} className="user-text">
                  {a.text}
                  {a.carried && <span className="small muted"> ({t.carried})</span>}
                  {a.note && <span className="small muted pre-line report-action-note">{a.note}</span>}
                </td>
                <td data-label={t.colPrinciple}>{a.principle ?? '—'}</td>
                <td data-label={t.colOwner} className="user-text">
                  {a.owner || t.noOwner}
                </td>
                <td data-label={t.colDue}>{a.due ? formatDueDate(a.due) : t.noDue}</td>
                <td data-label={t.colStatus}>{t.status[a.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {model.lastPlan && <LastPlan last={model.lastPlan} />}
    </section>
  );
}

/** What became of last time's plan: done, dropped, still open. */
function LastPlan({ last }: { last: NonNullable<ReportModel['lastPlan']> }) {
  return (
    <>
      <h3>{t.lastPlan(formatDueDate(last.since))}</h3>
      <p className="small muted">{t.lastPlanIntro}</p>
      {last.done.length === 0 ? <p>{t.lastPlanNoneDone}</p> : <LastPlanList label={t.lastPlanDone} items={last.done} />}
      {last.dropped.length > 0 && <LastPlanList label={t.lastPlanDropped} items={last.dropped} />}
      {last.open > 0 && <p>{t.lastPlanOpen(last.open)}</p>}
    </>
  );
}

function LastPlanList({ label, items }: { label: string; items: Parameters<typeof lastPlanLine>[0][] }) {
  return (
    <>
      <p className="report-list-label">{label}</p>
      <ul className="user-text">
        {items.map((a, i) => (
          <li key={i}>{lastPlanLine(a)}</li>
        ))}
      </ul>
    </>
  );
}

export function ReportPriorities({ model }: { model: ReportModel }) {
  return (
    <section className="report-section">
      <h2>{t.priorities}</h2>
      <p className="small muted">{t.prioritiesIntro}</p>
      {model.priorities.map((p) => (
        <div key={p.principleId}>
          <h3>
            {p.number}. {p.title} · {p.score === null ? formatReportScore(null) : `${formatReportScore(p.score)}${p.band ? ` · ${p.band}` : ''}`}
          </h3>
          {p.recommendations.length === 0 ? (
            <p className="muted">{t.nextStepsNone}</p>
          ) : (
            <ul>
              {p.recommendations.map((r) => (
                <li key={r.id}>
                  {r.text}
                  {r.lead && <span className="small muted report-detail">{t.labelled(t.lead, r.lead)}</span>}
                  {r.firstStep && <span className="small muted report-detail">{t.labelled(t.firstStep, r.firstStep)}</span>}
                  {r.inPlan && <strong className="small report-detail">{t.inPlan}</strong>}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {model.principles
        .filter((p) => !p.covered)
        .map((p) => (
          <div key={p.id}>
            <h3>{`${p.title} · ${principleScoreText(p)}`}</h3>
            <p className="muted">{t.notCoveredSteps}</p>
          </div>
        ))}
    </section>
  );
}
