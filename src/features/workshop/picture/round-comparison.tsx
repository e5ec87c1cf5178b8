// Round 1 against round 2, per indicator: median and spread before and after discussion.
import { compareRounds } from '../../../core/aggregation';
import type { Rubric } from '../../../core/rubric-schema';
import type { Workshop } from '../../../core/workshop';
import { formatLevel } from '../../../components/format';
import { entryMap } from '../indicators';
import { messages } from '../messages';

function change(value: number | null): string {
  if (value === null) return '—';
  if (value === 0) return messages.noChange;
  return `${value > 0 ? '+' : '−'}${formatLevel(Math.abs(value))}`;
}

export function RoundComparison({ rubric, workshop }: { rubric: Rubric; workshop: Workshop }) {
  const rows = compareRounds(rubric, workshop);
  const entries = entryMap(rubric);
  return (
    <div className="table-scroll" role="region" aria-labelledby="round-compare-caption" tabIndex={0}>
      <table className="score-table round-table">
        <caption id="round-compare-caption">{messages.roundCompareCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.colIndicator}</th>
            <th scope="col">{messages.medianRound(1)}</th>
            <th scope="col">{messages.spreadRound(1)}</th>
            <th scope="col">{messages.medianRound(2)}</th>
            <th scope="col">{messages.spreadRound(2)}</th>
            <th scope="col">{messages.colChange}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const entry = entries.get(r.indicatorId)!;
            return (
              <tr key={r.indicatorId}>
                <th scope="row">
                  <span className="indicator__number">{entry.number}</span> {entry.indicator.question}
                </th>
                <td className="num">{formatLevel(r.round1.median)}</td>
                <td className="num">{formatLevel(r.round1.spread)}</td>
                <td className="num">{formatLevel(r.round2.median)}</td>
                <td className="num">{formatLevel(r.round2.spread)}</td>
                <td className="num">{change(r.medianChange)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
