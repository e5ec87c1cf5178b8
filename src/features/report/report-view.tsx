// The report model as a page that prints cleanly from the browser (no app chrome, the chart kept,
// each principle on a new page); a workshop report adds the group's picture after the summary.
import type { ReactNode } from 'react';
import type { ReportModel } from '../../core/report-model';
import {
  actionDetails,
  actionsOf,
  answerText,
  assessedByText,
  formatReportDate,
  methodParagraphs,
  reportText as t,
  scoreLine,
} from '../../export/report-text';
import { ReportSummary } from './report-summary';
import { GroupPicture, IndicatorGroup } from './report-workshop';

function Principle({ model, p }: { model: ReportModel; p: ReportModel['principles'][number] }) {
  return (
    <section className="report-section report-section--break">
      <h2>{t.principleHeading(p)}</h2>
      {p.subtitle && <p className="report-subtitle">{p.subtitle}</p>}
      <p>{p.definition}</p>
      <p>
        <strong>{scoreLine(p)}</strong>
      </p>
      {p.indicators.map((ind) => (
        <div key={ind.id} className="report-indicator">
          <h3>
            {ind.number} {ind.question}
          </h3>
          <p className="report-answer">{answerText(ind.answer)}</p>
          {ind.answer.kind === 'level' && <p className="small muted">{ind.answer.anchor}</p>}
          {ind.note && (
            <p className="user-text report-note">
              <strong>{t.note}: </strong>
              {ind.note}
            </p>
          )}
          {model.workshop && <IndicatorGroup ws={model.workshop} indicatorId={ind.id} />}
        </div>
      ))}
      <h3>{t.nextSteps}</h3>
      {p.nextSteps.length === 0 ? <p className="muted">{t.nextStepsNone}</p> : (
        <ul>
          {actionsOf(p).map((a) => (
            <li key={a.text}>
              {a.text}
              {actionDetails(a).map((line) => (
                <span key={line} className="small muted report-action-detail">
                  {line}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `title` is the network's name as the page's heading, so the page can focus it on arrival. */
export function ReportView({ model, title }: { model: ReportModel; title: ReactNode }) {
  return (
    <>
      <header className="report-cover">
        <p className="eyebrow">{t.documentTitle}</p>
        {title}
        <dl className="report-facts">
          <dt>{t.assessedBy}</dt>
          <dd className="user-text">{assessedByText(model)}</dd>
          <dt>{t.date}</dt>
          <dd>{formatReportDate(model.assessedAt)}</dd>
          <dt>{t.rubric}</dt>
          <dd>{t.rubricVersion(model.rubric.title, model.rubric.version)}</dd>
        </dl>
      </header>
      <ReportSummary model={model} />
      {model.workshop && <GroupPicture ws={model.workshop} />}
      {/* A principle the session left out gets no section of its own: the summary names it. */}
      {model.principles
        .filter((p) => p.covered)
        .map((p) => (
          <Principle key={p.id} model={model} p={p} />
        ))}
      <section className="report-section report-section--break">
        <h2>{t.outcomes}</h2>
        <table className="score-table">
          <tbody>
            {model.outcomes.map((o) => (
              <tr key={o.title}>
                <th scope="row">{o.title}</th>
                <td>{o.rating ?? t.notRated}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t.method}</h2>
        {methodParagraphs(model).map((para) => (
          <p key={para}>{para}</p>
        ))}
      </section>
      <section className="report-section report-section--break">
        <h2>{t.appendix}</h2>
        {model.principles.map((p) => (
          <div key={p.id}>
            <h3>{t.principleHeading(p)}</h3>
            {!p.covered && <p className="muted">{t.notCoveredSteps}</p>}
            <ul className="report-appendix">
              {(p.covered ? p.indicators : []).map((ind) => (
                <li key={ind.id}>
                  {ind.number} {ind.question} <strong>{answerText(ind.answer)}</strong>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}
