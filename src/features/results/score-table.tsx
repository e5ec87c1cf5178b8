// The scores as a table: the same numbers as the chart, for everyone, including screen readers.
// On a narrow screen each row stacks (see .stack-table): every cell is labelled with its column.
import type { Rubric } from '../../core/rubric-schema';
import type { AssessmentScore } from '../../core/scoring';
import { formatPercent, formatScore } from '../../components/format';
import { messages } from './messages';

export function ScoreTable({ rubric, score }: { rubric: Rubric; score: AssessmentScore }) {
  return (
    <table className="score-table stack-table">
      <caption>{messages.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{messages.colPrinciple}</th>
          <th scope="col">{messages.colScore}</th>
          <th scope="col">{messages.colBand}</th>
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
                {p.title}
                {p.subtitle && <span className="score-table__subtitle">{p.subtitle}</span>}
                {weakest && <span className="tag">{messages.weakestTitle}</span>}
              </th>
              <td className="num" data-label={messages.colScore}>
                {s.score === null ? messages.notEnough : formatScore(s.score)}
              </td>
              <td data-label={messages.colBand}>{s.band?.label ?? '—'}</td>
              <td className="num" data-label={messages.colCoverage}>
                {formatPercent(s.coverage)} ({s.levelled}/{s.total})
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{messages.overallRow}</th>
          <td className="num" data-label={messages.colScore}>
            {score.overall === null ? messages.notEnough : formatScore(score.overall)}
          </td>
          <td data-label={messages.colBand}>{score.overallBand?.label ?? '—'}</td>
          <td className="num" data-label={messages.colCoverage}>
            {formatPercent(score.coverage)} ({score.levelled}/{score.total})
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
