// The trend view: every assessment of one network (by its id), its principle scores over time (chart
// and table), the actions done between one assessment and the next beside the score changes, and what
// changed question by question.
import { useLayoutEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findRubric } from '../../core/builtin-rubrics';
import { DEFAULT_RUBRIC_REF } from '../../core/default-rubric-ref';
import { actionsDoneBetween, assessmentsOfNetwork, buildTrend } from '../../core/trend';
import type { TrendCell } from '../../core/trend';
import { formatDay, formatScore } from '../../components/format';
import { hrefFor, redirect } from '../../components/router';
import { networkIdForName } from '../../store/networks-slice';
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

/** A network by its id, or (an old address, #/trend/<name>) by its name, which redirects to its id. */
export default function TrendPage(props: { networkId: string } | { byName: string }) {
  const byNameId = useAppStore((s) => ('byName' in props ? networkIdForName(s, props.byName) : null));
  const networkId = 'networkId' in props ? props.networkId : byNameId;
  useLayoutEffect(() => {
    if ('byName' in props && byNameId) redirect({ name: 'network-trend', networkId: byNameId });
  }, [props, byNameId]);
  const all = useAppStore(useShallow((s) => Object.values(s.assessments)));
  const networkName = useAppStore((s) => (networkId !== null && Object.hasOwn(s.networks, networkId) ? s.networks[networkId]!.name : null));
  const rubric = findRubric(DEFAULT_RUBRIC_REF)!;
  const ofNetwork = useMemo(() => (networkId === null ? [] : assessmentsOfNetwork(all, rubric.id, networkId)), [all, rubric.id, networkId]);
  const trend = useMemo(() => buildTrend(rubric, ofNetwork), [rubric, ofNetwork]);
  const between = useMemo(() => actionsDoneBetween(ofNetwork), [ofNetwork]);
  // Two assessments on one day are told apart by who made them and their order.
  const labels = ofNetwork.map((a, i) => `${i + 1}. ${formatDay(a.assessedOn)}`);
  const score = (s: number | null) => (s === null ? messages.notEnough : formatScore(s));
  const anyAbsent = trend.indicators.some((r) => r.cells.some((c) => c.kind === 'absent'));

  return (
    <div className="page page--results">
      <header className="step-header">
        <p className="eyebrow">{messages.eyebrow}</p>
        <h1 tabIndex={-1} className="step-title user-text">
          {networkName ?? ofNetwork.at(-1)?.networkName ?? ''}
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
          {between.length > 0 && (
            <section className="card" aria-labelledby="between-title">
              <h2 id="between-title">{messages.betweenTitle}</h2>
              <ol className="between-list">
                {between.map((b, k) => (
                  <li key={`${b.from}-${k}`}>
                    <h3>{messages.between(formatDay(b.from), formatDay(b.to))}</h3>
                    <p>
                      {trend.overall[k] != null && trend.overall[k + 1] != null
                        ? messages.indexChange(score(trend.overall[k]!), score(trend.overall[k + 1]!))
                        : messages.indexNotComparable}
                    </p>
                    {b.done.length === 0 ? (
                      <p className="muted">{messages.noneDone}</p>
                    ) : (
                      <>
                        <p className="small muted">{messages.doneTitle(b.done.length)}</p>
                        <ul>
                          {b.done.map((a) => (
                            <li key={a.id} className="user-text">
                              {a.text.trim() || messages.untitled}
                              {(a.owner || a.doneOn) && (
                                <span className="small muted"> — {[a.owner, a.doneOn ? messages.doneOn(formatDay(a.doneOn)) : ''].filter(Boolean).join(' · ')}</span>
                              )}
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
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
