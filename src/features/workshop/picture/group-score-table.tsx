// The group's principle scores as a table, like the solo results: principle, score, band; on a
// narrow screen each row stacks (.stack-table), every cell labelled with its column.
import type { Rubric } from '../../../core/rubric-schema';
import type { AssessmentScore } from '../../../core/scoring';
import { formatScore } from '../../../components/format';
import { messages } from '../messages';
import { sessionMessages } from '../session-messages';

export function GroupScoreTable({ rubric, score, caption }: { rubric: Rubric; score: AssessmentScore; caption: string }) {
  return (
    <table className="score-table stack-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{messages.colPrinciple}</th>
          <th scope="col">{messages.colScore}</th>
          <th scope="col">{messages.colBand}</th>
        </tr>
      </thead>
      <tbody>
        {rubric.principles.map((p, i) => {
          const s = score.principles[i]!;
          return (
            <tr key={p.id}>
              <th scope="row">{p.title}</th>
              <td className="num" data-label={messages.colScore}>
                {!s.covered ? sessionMessages.notCovered : s.score === null ? messages.notEnough : formatScore(s.score)}
              </td>
              <td data-label={messages.colBand}>{s.band?.label ?? '—'}</td>
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
        </tr>
      </tfoot>
    </table>
  );
}
