// The group's picture: principle scores (table and radar), the discussion agenda, and for every
// indicator how the room answered. Group values are the consensus where one was recorded, else the median.
// The scores come first, in the click's own frame; the agenda and the 25 questions follow straight
// after it (useAfterPaint), below everything already drawn, so nothing moves under the pointer.
import { useState } from 'react';
import type { Rubric } from '../../../core/rubric-schema';
import type { Round, Workshop } from '../../../core/workshop';
import type { Aggregate } from '../../../core/aggregation';
import { formatScore, formatLevel } from '../../../components/format';
import { MIN_RADAR_AXES } from '../../../core/coverage';
import { PrincipleRadar } from '../../../components/principle-radar';
import { dividedMessages } from '../divided-messages';
import { CompactDistribution } from './distribution';
import { GroupScoreTable } from './group-score-table';
import { messages } from '../messages';
import { MostDivided } from './most-divided';
import { hasRoundTwo, RoundSwitch } from './round-switch';
import { sessionMessages } from '../session-messages';
import { useAggregate } from '../use-workshop';
import { useAfterPaint } from '../../../lib/use-after-paint';

export function PictureView({ workshop, rubric }: { workshop: Workshop; rubric: Rubric }) {
  const [round, setRound] = useState<Round>(workshop.currentRound);
  const aggregate = useAggregate(rubric, workshop, round);
  const drawRest = useAfterPaint();
  const { score } = aggregate;
  // A principle the session left out is no point on the chart: at the centre it would read as a zero.
  const radar = rubric.principles.flatMap((p, i) =>
    score.principles[i]?.covered === false ? [] : [{ title: p.title, shortTitle: p.shortTitle, score: score.principles[i]?.score ?? null }],
  );

  return (
    <>
      {hasRoundTwo(workshop) && <RoundSwitch round={round} onChange={setRound} />}
      <p className="participant-count">
        <span className="participant-count__number">{aggregate.participantCount}</span>{' '}
        {messages.participantsInRound(aggregate.participantCount, round)}
      </p>
      {aggregate.participantCount === 0 && <p className="notice">{messages.noAnswersYet}</p>}
      <section className="card" aria-labelledby="scores-title">
        <h2 id="scores-title">{messages.scoresTitle}</h2>
        <p className="muted small">{messages.scoresIntro}</p>
        <div className="picture-scores">
          {radar.length >= MIN_RADAR_AXES && <PrincipleRadar items={radar} />}
          <GroupScoreTable rubric={rubric} score={score} caption={messages.groupScoresCaption} />
        </div>
      </section>
      {drawRest && (
        <>
          <MostDivided workshopId={workshop.id} rubric={rubric} aggregate={aggregate} />
          <p className="muted small">{messages.levelsKey}</p>
          <PrincipleSections rubric={rubric} aggregate={aggregate} />
        </>
      )}
    </>
  );
}

/** For every principle the session covers, how the room answered each of its questions. */
function PrincipleSections({ rubric, aggregate }: { rubric: Rubric; aggregate: Aggregate }) {
  const byId = new Map(aggregate.indicators.map((a) => [a.indicatorId, a]));
  const { score } = aggregate;
  return (
    <>
      {rubric.principles.map((p, pi) => {
        const s = score.principles[pi]!;
        // A principle the session left out: its name and no questions, so nobody reads its blanks as zeros.
        if (!s.covered) {
          return (
            <p key={p.id} className="card muted">
              <strong>{p.title}</strong> · {sessionMessages.notCovered}
            </p>
          );
        }
        return (
          <section key={p.id} className="card" aria-labelledby={`picture-${p.id}`}>
            <h2 id={`picture-${p.id}`}>
              {p.title}{' '}
              <span className="muted small">
                {s.score === null ? messages.notEnough : messages.scoreOutOf(formatScore(s.score))}
              </span>
            </h2>
            {p.indicators.map((ind, ii) => {
              const a = byId.get(ind.id)!;
              return (
                <article key={ind.id} className="picture-indicator" aria-labelledby={`picture-q-${ind.id}`}>
                  <h3 id={`picture-q-${ind.id}`}>
                    <span className="indicator__number">
                      {pi + 1}.{ii + 1}
                    </span>{' '}
                    {ind.question}
                  </h3>
                  <CompactDistribution indicator={ind} aggregate={a} />
                  {a.consensus && (
                    <p className="agreed">
                      {messages.agreedLevel}:{' '}
                      <strong>{a.consensus.level === 'na' ? messages.notApplicable : `${a.consensus.level} · ${ind.levels[a.consensus.level]!.label}`}</strong>
                      {a.median !== null && <span className="muted"> ({dividedMessages.medianShort(formatLevel(a.median))})</span>}
                    </p>
                  )}
                </article>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
