// The print view's summary: overall index and band, weakest principle, the executive summary, the
// change since last time, the chart and table, and what the board is asked to decide — the PDF's
// summary page, in the same words.
import type { ReportModel } from '../../core/report-model';
import { formatReportScore, notCoveredText, principleCoverageText, principleScoreText, reportText as t } from '../../export/report-text';
import { changeLine, overallChangeLine, reportNames, summarySentence, summaryText } from '../../export/summary-text';
import { MIN_RADAR_AXES } from '../../core/coverage';
import { PrincipleRadar } from '../../components/principle-radar';

export function ReportSummary({ model }: { model: ReportModel }) {
  const names = reportNames(model);
  const { change } = model;
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
      <p className="report-sentences">{model.summary.map((s) => summarySentence(s, names)).join(' ')}</p>
      {change && (
        <>
          <h3>{summaryText.changeTitle(change.since)}</h3>
          <ul className="report-change">
            {[overallChangeLine(change.overall), ...change.principles.map((c) => changeLine(c, change.versions))]
              .filter((l): l is string => l !== null)
              .map((line) => (
                <li key={line}>{line}</li>
              ))}
          </ul>
        </>
      )}
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
      {model.boardAsk.trim() !== '' && (
        <>
          <h3>{t.boardAsk}</h3>
          <p className="user-text pre-line">{model.boardAsk}</p>
        </>
      )}
    </section>
  );
}
