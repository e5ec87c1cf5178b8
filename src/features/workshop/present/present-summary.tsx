// The presenter's closing slide: the group's score for each principle the session covered, the most
// divided questions and which of them the room has settled ("4 of 5 settled"). Shown at once, like
// a closing word: there is nothing left to hide.
import { mostDivided } from '../../../core/agenda';
import type { Aggregate } from '../../../core/aggregation';
import type { Rubric } from '../../../core/rubric-schema';
import { formatScore } from '../../../components/format';
import { dividedMessages as m } from '../divided-messages';
import { entryMap } from '../indicators';
import { messages } from '../messages';

export function PresentSummary({ rubric, aggregate }: { rubric: Rubric; aggregate: Aggregate }) {
  const { items, settled } = mostDivided(aggregate.indicators);
  const entries = entryMap(rubric);
  const { score } = aggregate;
  return (
    <div className="slide slide--summary">
      <div className="slide__head">
        <p className="slide__eyebrow">{m.summaryEyebrow}</p>
        <h1 className="slide__title">{m.summaryTitle}</h1>
        <h2 className="slide__subtitle">{m.summaryScores}</h2>
        <table className="summary-scores">
          <tbody>
            {rubric.principles.map((p, i) => {
              const s = score.principles[i]!;
              if (!s.covered) return null;
              return (
                <tr key={p.id}>
                  <th scope="row">{p.shortTitle}</th>
                  <td className="num">{s.score === null ? messages.notEnough : formatScore(s.score)}</td>
                  <td>{s.band?.label ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{messages.overallRow}</th>
              <td className="num">{score.overall === null ? messages.notEnough : formatScore(score.overall)}</td>
              <td>{score.overallBand?.label ?? ''}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="slide__result">
        <h2 className="slide__subtitle">{m.summaryDivided}</h2>
        {items.length === 0 ? (
          <p>{m.summaryNoneDivided}</p>
        ) : (
          <>
            <p className="slide__band">{m.settledCount(settled.length, items.length)}</p>
            <ol className="summary-divided">
              {items.map((item) => {
                const entry = entries.get(item.indicatorId)!;
                return (
                  <li key={item.indicatorId} className={item.settled ? 'summary-divided__item--settled' : undefined}>
                    <span className="summary-divided__mark">
                      <span aria-hidden="true">{item.settled ? '✓ ' : '○ '}</span>
                      {item.settled ? m.settledMark : m.openMark}
                    </span>{' '}
                    <span className="indicator__number">{entry.number}</span> {entry.indicator.question}
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
