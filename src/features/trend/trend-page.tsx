// The trend view: every assessment of one network, its principle scores over time (chart and table)
// and what changed question by question.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findRubric } from '../../core/builtin-rubrics';
import { DEFAULT_RUBRIC_REF } from '../../core/default-rubric-ref';
import { assessmentsOfNetwork, buildTrend } from '../../core/trend';
import type { TrendCell } from '../../core/trend';
import { formatDate, formatScore } from '../../components/format';
import { hrefFor } from '../../components/router';
import { useAppStore } from '../../store/store';
import { messages } from './messages';
import { TrendChart } from './trend-chart';

function cellText(cell: TrendCell): string {
  switch (cell.kind) {
    case 'level': {
      if (cell.change === null || cell.change === 0) return `${cell.level}${cell.change === 0 ? ` (${messages.same})` : ''}`;
      return `${cell.level} ${cell.change > 0 ? '↑' : '↓'} (${cell.change > 0 ? messages.up(cell.change) : messages.down(-cell.change)})`;
    }
    case 'not-applicable':
      return messages.na;
    case 'dont-know':
      return messages.dk;
    case 'blank':
      return messages.blank;
    case 'absent':
      return messages.absent;
  }
}

export default function TrendPage({ network }: { network: string }) {
  const all = useAppStore(useShallow((s) => Object.values(s.assessments)));
  const rubric = findRubric(DEFAULT_RUBRIC_REF)!;
  const ofNetwork = useMemo(() => assessmentsOfNetwork(all, rubric.id, network), [all, rubric.id, network]);
  const trend = useMemo(() => buildTrend(rubric, ofNetwork), [rubric, ofNetwork]);
  // Two assessments on one day are told apart by who made them and their order.
  const labels = ofNetwork.map((a, i) => `${i + 1}. ${formatDate(a.createdAt)}`);
  const score = (s: number | null) => (s === null ? messages.notEnough : formatScore(s));
  const anyAbsent = trend.indicators.some((r) => r.cells.some((c) => c.kind === 'absent'));

  return (
    <div className="page page--results">
      <header className="step-header">
        <p className="eyebrow">{messages.eyebrow}</p>
        <h1 tabIndex={-1} className="step-title user-text">
          {ofNetwork[0]?.networkName ?? network}
        </h1>
        <p>{ofNetwork.length === 0 ? messages.none : ofNetwork.length === 1 ? messages.tooFew : messages.intro(ofNetwork.length)}</p>
      </header>
      {ofNetwork.length > 0 && (
        <>
          <section className="card">
            <TrendChart trend={trend} labels={labels} />
            <div className="table-scroll" role="region" aria-label={messages.tableCaption} tabIndex={0}>
              <table className="score-table">
                <caption>{messages.tableCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{messages.colPrinciple}</th>
                    {ofNetwork.map((a, i) => (
                      <th scope="col" key={a.id}>
                        {labels[i]}
                        {a.assessors && <span className="small muted user-text"> {messages.assessedBy(a.assessors)}</span>}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {trend.principles.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{p.title}</th>
                      {p.scores.map((s, i) => (
                        <td key={ofNetwork[i]!.id} className="num">
                          {score(s)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{messages.overall}</th>
                    {trend.overall.map((s, i) => (
                      <td key={ofNetwork[i]!.id} className="num">
                        {score(s)}
                      </td>
                    ))}
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>
          <section className="card">
            <h2>{messages.changesTitle}</h2>
            <div className="table-scroll" role="region" aria-label={messages.changesCaption} tabIndex={0}>
              <table className="score-table">
                <caption className="small muted">{messages.changesCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{messages.colQuestion}</th>
                    {labels.map((l, i) => (
                      <th scope="col" key={ofNetwork[i]!.id}>
                        {l}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {trend.indicators.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">
                        {row.number} {row.question}
                      </th>
                      {row.cells.map((c, i) => (
                        <td key={ofNetwork[i]!.id}>{cellText(c)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {anyAbsent && <p className="small muted">{messages.absentNote}</p>}
          </section>
        </>
      )}
      <a className="button button--secondary" href={hrefFor({ name: 'home' })}>
        {messages.back}
      </a>
    </div>
  );
}
