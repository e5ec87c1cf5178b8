// The results' first section, "Summary": the overall index and its band, the executive summary's
// sentences and the change since the previous assessment of the same network, principle by principle.
// Worded by src/export/summary-text.ts, so the screen and the report say the same.
import { useId } from 'react';
import type { ReportModel } from '../../core/report-model';
import { changeLine, overallChangeLine, reportNames, summarySentence, summaryText } from '../../export/summary-text';
import { formatScore } from '../format';
import { messages } from './plan-messages';
import './plan.css';

export function SummaryCard({ model }: { model: ReportModel }) {
  const uid = useId();
  const names = reportNames(model);
  const { change } = model;
  const lines = change
    ? [overallChangeLine(change.overall), ...change.principles.map((c) => changeLine(c, change.versions))].filter((l): l is string => l !== null)
    : [];
  return (
    <section className="card summary" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.summaryTitle}</h2>
      <div className="summary__body">
        <p className="score-hero__value summary__index">
          {model.overall === null ? (
            <span>{messages.notEnough}</span>
          ) : (
            <>
              <span className="score-hero__number">{formatScore(model.overall)}</span> <span className="muted">{messages.outOf}</span>
              <br />
              <span className="tag tag--band">{model.overallBand}</span>
            </>
          )}
        </p>
        <div>
          {model.summary.map((s, i) => (
            <p key={i} className="summary__sentence">
              {summarySentence(s, names)}
            </p>
          ))}
        </div>
      </div>
      {change && (
        <section aria-labelledby={`${uid}-change`}>
          <h3 id={`${uid}-change`}>{summaryText.changeTitle(change.since)}</h3>
          <ul className="summary__change">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
