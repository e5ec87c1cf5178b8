// The report model as a page that prints cleanly from the browser (no app chrome, the chart kept,
// each principle on a new page), its sections in the report's one order (report-sections.ts); a
// workshop report adds the group's picture after the summary.
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import type { ReportModel } from '../../core/report-model';
import { REPORT_SECTIONS } from '../../core/report-sections';
import type { ReportSection } from '../../core/report-sections';
import {
  answerText,
  assessedByText,
  formatReportDate,
  methodParagraphs,
  reportText as t,
  scoreLine,
} from '../../export/report-text';
import { ReportActionPlan, ReportPriorities } from './report-plan';
import { ReportSummary } from './report-summary';
import { GroupPicture, IndicatorGroup } from './report-workshop';

function Principle({ model, p }: { model: ReportModel; p: ReportModel['principles'][number] }) {
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
          <p className="report-answer">
            {answerText(ind.answer)}
            {ind.highlight && <span className="tag">{ind.highlight === 'strength' ? t.strength : t.gap}</span>}
          </p>
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
    </section>
  );
}

function StageAndOutcomes({ model }: { model: ReportModel }) {
  const { stage } = model;
  return (
    <section className="report-section report-section--break">
      <h2>{t.stageAndOutcomes}</h2>
      <h3>{t.stage}</h3>
      {stage ? (
        <>
          <p>
            <strong>{t.stageOf(stage.number, model.stageCount, stage.title)}</strong>
            <br />
            {stage.description}
          </p>
          {stage.note && <p className="user-text muted pre-line">{stage.note}</p>}
          <p>{stage.next ? `${t.nextStage}: ${stage.next}.` : t.lastStage}</p>
          {stage.nextSteps.length > 0 && (
            <>
              <h4>{`${t.whatGetsThere}${stage.next ? `: ${stage.next}` : ''}`}</h4>
              <ul>
                {stage.nextSteps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>{t.stageNone}</p>
      )}
      <h3>{t.outcomes}</h3>
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
    </section>
  );
}

// The map's drawing and tables load only for a network that has a map.
const ReportMap = lazy(() => import('./report-map'));

function Section({ model, section }: { model: ReportModel; section: ReportSection }) {
  switch (section) {
    case 'summary':
      return <ReportSummary model={model} />;
    case 'group-picture':
      return model.workshop ? <GroupPicture ws={model.workshop} /> : null;
    case 'action-plan':
      return <ReportActionPlan model={model} />;
    case 'priorities':
      return <ReportPriorities model={model} />;
    case 'principles':
      return (
        <>
          {/* A principle the session left out gets no section of its own: the summary names it. */}
          {model.principles
            .filter((p) => p.covered)
            .map((p) => (
              <Principle key={p.id} model={model} p={p} />
            ))}
        </>
      );
    case 'stage-and-outcomes':
      return <StageAndOutcomes model={model} />;
    case 'network-map':
      return model.networkMap && model.networkMap.members.length > 0 ? (
        <Suspense fallback={null}>
          <ReportMap map={model.networkMap} networkName={model.networkName} />
        </Suspense>
      ) : null;
    case 'method':
      return (
        <section className="report-section">
          <h2>{t.method}</h2>
          {methodParagraphs(model).map((para) => (
            <p key={para}>{para}</p>
          ))}
        </section>
      );
  }
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
      {REPORT_SECTIONS.map((section) => (
        <Section key={section} model={model} section={section} />
      ))}
    </>
  );
}
