// The scores as a table: the same numbers as the chart, for everyone, including screen readers.
import type { Rubric } from '../../core/rubric-schema';
import type { AssessmentScore } from '../../core/scoring';
import { formatPercent, formatScore } from '../../components/format';
import { messages } from './messages';

export function ScoreTable({ rubric, score }: { rubric: Rubric; score: AssessmentScore }) {
  return (
    <table className="score-table">
      <caption>{messages.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{messages.colPrinciple}</th>
          <th scope="col">{messages.colScore}</th>
          <th scope="col" className="wide-only-cell">
            {messages.colBand}
          </th>
          <th scope="col">{messages.colCoverage}</th>
        </tr>
      </thead>
      <tbody>
        {rubric.principles.map((p, i) => {
          const s = score.principles[i]!;
          const weakest = score.weakestPrincipleId === p.id;
          return (
            <tr key={p.id} className={weakest ? 'is-weakest' : undefined}>
              <th scope="row">
                <span className="wide-only">{p.title}</span>
                <span className="narrow-only">{p.shortTitle}</span>
                {weakest && <span className="tag">{messages.weakestTitle}</span>}
              </th>
              <td className="num">
                {s.score === null ? messages.notEnough : formatScore(s.score)}
                {s.band && <span className="narrow-only score-table__band">{s.band.label}</span>}
              </td>
              <td className="wide-only-cell">{s.band?.label ?? '—'}</td>
              <td className="num">
                {formatPercent(s.coverage)} <span className="score-table__count">({s.levelled}/{s.total})</span>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{messages.overallRow}</th>
          <td className="num">
            {score.overall === null ? messages.notEnough : formatScore(score.overall)}
            {score.overallBand && <span className="narrow-only score-table__band">{score.overallBand.label}</span>}
          </td>
          <td className="wide-only-cell">{score.overallBand?.label ?? '—'}</td>
          <td className="num">
            {formatPercent(score.coverage)}{' '}
            <span className="score-table__count">
              ({score.levelled}/{score.total})
            </span>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
