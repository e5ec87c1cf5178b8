// The print view: the report model as a page that prints cleanly from the browser
// (no app chrome, the chart kept, each principle on a new page).
import { useEffect, useMemo, useRef } from 'react';
import { buildReportModel } from '../../core/report-model';
import type { ReportModel } from '../../core/report-model';
import {
  answerText,
  assessedByText,
  coverageText,
  dontKnowText,
  formatReportDate,
  formatReportScore,
  highlightText,
  methodParagraphs,
  reportText as t,
  scoreLine,
} from '../../export/report-text';
import { PrincipleRadar } from '../../components/principle-radar';
import { hrefFor } from '../../components/router';
import { useActiveAssessment } from '../../store/selectors';
import { rubricOf } from '../../store/rubric-selectors';
import { messages } from './messages';

function Summary({ model }: { model: ReportModel }) {
  return (
    <section className="report-section">
      <h2>{t.summary}</h2>
      <div className="two-up">
        <p>
          <span className="eyebrow">{t.overall}</span>
          <br />
          <strong className="report-big">{formatReportScore(model.overall)}</strong>{' '}
          {model.overall !== null && `out of 100 · ${model.overallBand ?? ''}`}
        </p>
        <p>
          <span className="eyebrow">{t.weakest}</span>
          <br />
          <strong>
            {model.weakest ? `${model.weakest.title} · ${formatReportScore(model.weakest.score)}` : '–'}
          </strong>
          <br />
          <span className="small">{t.weakestWhy}</span>
        </p>
      </div>
      <div className="report-chart">
        <PrincipleRadar items={model.principles} />
        <table className="score-table">
          <caption>{t.scoresTable}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colPrinciple}</th>
              <th scope="col">{t.colScore}</th>
              <th scope="col">{t.colBand}</th>
              <th scope="col">{t.colAnswered}</th>
            </tr>
          </thead>
          <tbody>
            {model.principles.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.title}</th>
                <td>{formatReportScore(p.score)}</td>
                <td>{p.band ?? '–'}</td>
                <td>{coverageText(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t.stage}</h3>
      {model.stage ? (
        <p>
          <strong>{t.stageOf(model.stage.number, model.stageCount, model.stage.title)}</strong>
          {model.stage.note && <span className="user-text muted"> {model.stage.note}</span>}
          <br />
          {model.stage.next ? `${t.nextStage}: ${model.stage.next}.` : t.lastStage}
        </p>
      ) : (
        <p>{t.stageNone}</p>
      )}
      <h3>{t.dontKnow}</h3>
      <p>{dontKnowText(model)}</p>
      <div className="two-up">
        {(
          [
            [t.strengths, model.strengths, t.strengthsNone],
            [t.gaps, model.gaps, t.gapsNone],
          ] as const
        ).map(([title, items, none]) => (
          <div key={title}>
            <h3>{title}</h3>
            {items.length === 0 ? (
              <p className="muted">{none}</p>
            ) : (
              <ul>
                {items.map((h) => (
                  <li key={h.number}>{highlightText(h)}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

function Principle({ p }: { p: ReportModel['principles'][number] }) {
  return (
    <section className="report-section report-section--break">
      <h2>{t.principleHeading(p)}</h2>
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
        </div>
      ))}
      <h3>{t.nextSteps}</h3>
      {p.nextSteps.length === 0 ? <p className="muted">{t.nextStepsNone}</p> : (
        <ul>
          {p.nextSteps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function ReportPage() {
  const assessment = useActiveAssessment();
  const rubric = rubricOf(assessment);
  const model = useMemo(() => (assessment && rubric ? buildReportModel(rubric, assessment) : null), [assessment, rubric]);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  if (!model) {
    return (
      <div className="page">
        <p>{messages.noAssessment}</p>
        <a href={hrefFor({ name: 'home' })}>{messages.goHome}</a>
      </div>
    );
  }

  return (
    <article className="page page--report">
      <div className="report-toolbar no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {messages.print}
        </button>
        <a className="button button--secondary" href={hrefFor({ name: 'results' })}>
          {messages.backToResults}
        </a>
        <p className="small muted">{messages.printHint}</p>
      </div>
      <header className="report-cover">
        <p className="eyebrow">{t.documentTitle}</p>
        <h1 ref={titleRef} tabIndex={-1} className="user-text">
          {model.networkName}
        </h1>
        <dl className="report-facts">
          <dt>{t.assessedBy}</dt>
          <dd className="user-text">{assessedByText(model)}</dd>
          <dt>{t.date}</dt>
          <dd>{formatReportDate(model.assessedAt)}</dd>
          <dt>{t.rubric}</dt>
          <dd>{t.rubricVersion(model.rubric.title, model.rubric.version)}</dd>
        </dl>
      </header>
      <Summary model={model} />
      {model.principles.map((p) => (
        <Principle key={p.id} p={p} />
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
            <ul className="report-appendix">
              {p.indicators.map((ind) => (
                <li key={ind.id}>
                  {ind.number} {ind.question} <strong>{answerText(ind.answer)}</strong>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </article>
  );
}
