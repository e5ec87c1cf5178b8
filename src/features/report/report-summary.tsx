// The print view's summary: overall index, weakest principle, chart and table, stage, knowledge
// gaps, strengths and gaps — the PDF's summary page, in the same words.
import type { ReportModel } from '../../core/report-model';
import { dontKnowText, formatReportScore, highlightText, notCoveredText, principleCoverageText, principleScoreText, reportText as t } from '../../export/report-text';
import { MIN_RADAR_AXES } from '../../core/coverage';
import { PrincipleRadar } from '../../components/principle-radar';

export function ReportSummary({ model }: { model: ReportModel }) {
  const session = notCoveredText(model);
  // Principles a shorter session left out are no point on the chart, where they would read as zeros.
  const radar = model.principles.filter((p) => p.covered);
  return (
    <section className="report-section">
      <h2>{t.summary}</h2>
      {session && <p className="notice">{session}</p>}
      <div className="two-up">
        <p>
          <span className="eyebrow">{t.overall}</span>
          <br />
          <strong className="report-big">{formatReportScore(model.overall)}</strong>{' '}
          {model.overall !== null && `${t.outOf100} · ${model.overallBand ?? ''}`}
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
        {radar.length >= MIN_RADAR_AXES && <PrincipleRadar items={radar} />}
        <table className="score-table stack-table">
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
                <td data-label={t.colScore}>{principleScoreText(p)}</td>
                <td data-label={t.colBand}>{p.band ?? '–'}</td>
                <td data-label={t.colAnswered}>{principleCoverageText(p)}</td>
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
