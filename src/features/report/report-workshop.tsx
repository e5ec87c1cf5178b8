// The print view's workshop parts, in the PDF's words: the group's picture after the summary, and
// the group detail (the round's spread, the rationale, participants' notes) under each question.
import { shareOfAnswered } from '../../core/answer-share';
import type { AnswerCounts } from '../../core/answer-share';
import type { ReportWorkshop, WorkshopIndicatorReport } from '../../core/workshop-report';
import { answerText } from '../../export/report-text';
import {
  changeText,
  formatStat,
  noteAuthor,
  participantsLine,
  roundLine,
  roundStatsText,
  workshopText as wt,
} from '../../export/workshop-text';
import './report.css';

const BAR_WIDTH = 18;

/** A count with a bar for its share of the answers; the bar is an SVG so it prints without background graphics. */
function Count({ count, counts, muted }: { count: number; counts: AnswerCounts; muted: boolean }) {
  const width = count > 0 ? Math.max(1, BAR_WIDTH * shareOfAnswered(count, counts)) : 0;
  return (
    <td className={`report-count${count === 0 ? ' report-count--zero' : ''}`}>
      {count}
      <svg className={`report-bar${muted ? ' report-bar--muted' : ''}`} width={BAR_WIDTH} height="6" aria-hidden="true">
        <rect width={width} height="6" />
      </svg>
    </td>
  );
}

function DistributionTable({ ws }: { ws: ReportWorkshop }) {
  return (
    <table className="score-table report-distribution">
      <caption>{wt.distribution}</caption>
      <thead>
        <tr>
          <th scope="col">{wt.colNumber}</th>
          <th scope="col">{wt.colQuestion}</th>
          {[0, 1, 2, 3, 4].map((level) => (
            <th scope="col" key={level} title={wt.perLevel}>
              {level}
            </th>
          ))}
          <th scope="col">{wt.colNotApplicable}</th>
          <th scope="col">{wt.colDontKnow}</th>
          <th scope="col">{wt.colMedian}</th>
          <th scope="col">{wt.colSpread}</th>
          <th scope="col">{wt.colDisagreement}</th>
        </tr>
      </thead>
      <tbody>
        {ws.perIndicator.map((r) => {
          const d = r.distribution;
          return (
            <tr key={r.id}>
              <th scope="row">{r.number}</th>
              <td>{r.question}</td>
              {[...d.levels, d.notApplicable, d.dontKnow].map((c, i) => (
                <Count key={i} count={c} counts={d} muted={i >= 5} />
              ))}
              <td>
                <strong>{formatStat(r.median)}</strong>
              </td>
              <td>{formatStat(r.spread)}</td>
              <td className="report-disagreement">{r.disagreement ? wt.disagreementMark : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Rationale({ text }: { text: string }) {
  if (text.trim() === '') return <p className="small muted">{wt.noRationale}</p>;
  return (
    <p className="user-text report-note">
      <strong>{wt.rationale}: </strong>
      {text}
    </p>
  );
}

function Agreed({ ws, r }: { ws: ReportWorkshop; r: WorkshopIndicatorReport }) {
  return (
    <div className="report-indicator">
      <h4>
        {r.number} {r.question}
      </h4>
      <p className="report-answer">{answerText(r.consensus!.answer)}</p>
      <p className="small muted">{roundLine(ws, r)}</p>
      <Rationale text={r.consensus!.rationale} />
    </div>
  );
}

export function GroupPicture({ ws }: { ws: ReportWorkshop }) {
  const agreed = ws.perIndicator.filter((r) => r.consensus);
  return (
    <section className="report-section report-section--break">
      <h2>{wt.groupPicture}</h2>
      <p>
        <strong className="user-text">{participantsLine(ws)}</strong>
      </p>
      {ws.groups.length > 0 && <p className="user-text">{`${wt.groups}: ${ws.groups.join(', ')}.`}</p>}
      {ws.anonymous && <p>{wt.anonymous}</p>}
      <p className="small muted">{wt.tableKey(true, ws.disagreementSpread)}</p>
      <div className="report-table-scroll" role="region" aria-label={wt.distribution} tabIndex={0}>
        <DistributionTable ws={ws} />
      </div>
      <h3>{wt.disagreed}</h3>
      {ws.agenda.length === 0 ? (
        <p>{wt.disagreedNone(ws.disagreementSpread)}</p>
      ) : (
        <>
          <p className="small muted">{wt.disagreedIntro(ws.disagreementSpread)}</p>
          <ol className="report-agenda">
            {ws.agenda.map((r) => (
              <li key={r.id}>
                <strong>
                  {r.number} {r.question}
                </strong>
                <br />
                <span className="report-disagreement">{roundLine(ws, r)}</span>
                {r.consensus && <span className="report-answer"> — {answerText(r.consensus.answer)}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>{wt.agreed}</h3>
      {agreed.length === 0 ? (
        <p>{wt.agreedNone}</p>
      ) : (
        <>
          <p className="small muted">{wt.agreedIntro}</p>
          {agreed.map((r) => (
            <Agreed key={r.id} ws={ws} r={r} />
          ))}
        </>
      )}
      {ws.roundComparison && (
        <>
          <h3>{wt.rounds}</h3>
          <p className="small muted">{wt.roundsIntro}</p>
          <table className="score-table">
            <thead>
              <tr>
                {[wt.colNumber, wt.colQuestion, wt.colFirstRound, wt.colSecondRound, wt.colChange].map((h) => (
                  <th scope="col" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ws.roundComparison.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.number}</th>
                  <td>{c.question}</td>
                  <td>{roundStatsText(c.round1)}</td>
                  <td>{roundStatsText(c.round2)}</td>
                  <td>{changeText(c.medianChange)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

export function IndicatorGroup({ ws, indicatorId }: { ws: ReportWorkshop; indicatorId: string }) {
  const r = ws.perIndicator.find((x) => x.id === indicatorId);
  if (!r) return null;
  return (
    <>
      <p className={`small ${r.disagreement ? 'report-disagreement' : 'muted'}`}>{roundLine(ws, r)}</p>
      {r.consensus && <Rationale text={r.consensus.rationale} />}
      {r.notes.length > 0 && (
        <>
          <p className="small">
            <strong>{wt.notes}:</strong>
          </p>
          <ul className="report-notes">
            {r.notes.map((note, i) => (
              <li key={i} className="user-text">
                <strong className="small">{noteAuthor(note)}: </strong>
                {note.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
