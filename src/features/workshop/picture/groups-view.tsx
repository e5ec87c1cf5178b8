// Compare perspectives: principle scores per group side by side. A group of fewer than three people
// is hidden, so nobody can be singled out.
import { useMemo, useState } from 'react';
import { groupComparison, MIN_GROUP_SIZE } from '../../../core/aggregation';
import type { Rubric } from '../../../core/rubric-schema';
import type { Round, Workshop } from '../../../core/workshop';
import { formatScore } from '../../../components/format';
import { GroupBarChart } from './group-bar-chart';
import { messages } from '../messages';
import { hasRoundTwo, RoundSwitch } from './round-switch';
import { useAggregate } from '../use-workshop';

export function GroupsView({ workshop, rubric }: { workshop: Workshop; rubric: Rubric }) {
  const [round, setRound] = useState<Round>(workshop.currentRound);
  const groups = useMemo(() => groupComparison(rubric, workshop, round), [rubric, workshop, round]);
  const everyone = useAggregate(rubric, workshop, round);
  const shown = groups.filter((g) => !g.hidden);
  // Only the principles the session covers: the others have no score for anyone.
  const covered = rubric.principles.flatMap((p, i) => (everyone.score.principles[i]!.covered ? [{ p, i }] : []));
  const cell = (score: number | null) => (score === null ? messages.notEnough : formatScore(score));

  return (
    <>
      <p className="muted">{messages.groupsIntro(MIN_GROUP_SIZE)}</p>
      {hasRoundTwo(workshop) && <RoundSwitch round={round} onChange={setRound} />}
      {groups.length === 0 ? (
        <p className="notice">{messages.noGroupsYet}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="groups-table-title">
            <h2 id="groups-table-title">{messages.groupsTableTitle}</h2>
            <p className="muted small">{messages.everyoneNote}</p>
            <div className="table-scroll" role="region" aria-labelledby="groups-caption" tabIndex={0}>
              <table className="score-table groups-table">
                <caption id="groups-caption">{messages.groupsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{messages.colPrinciple}</th>
                    {groups.map((g) => (
                      <th key={g.group} scope="col">
                        <span className="user-text">{g.group}</span>
                        <span className="small muted groups-table__size">{g.hidden ? messages.hiddenGroup(MIN_GROUP_SIZE) : messages.people(g.size)}</span>
                      </th>
                    ))}
                    <th scope="col">
                      {messages.everyone}
                      <span className="small muted groups-table__size">{messages.people(everyone.participantCount)}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {covered.map(({ p, i }) => (
                    <tr key={p.id}>
                      <th scope="row">{p.shortTitle}</th>
                      {groups.map((g) => (
                        <td key={g.group} className="num">
                          {g.hidden ? <span className="muted">{messages.hiddenShort}</span> : cell(g.score.principles[i]!.score)}
                        </td>
                      ))}
                      <td className="num">{cell(everyone.score.principles[i]!.score)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="card" aria-labelledby="groups-chart-title">
            <h2 id="groups-chart-title">{messages.groupChartTitle}</h2>
            {shown.length === 0 ? (
              <p>{messages.noGroupLargeEnough(MIN_GROUP_SIZE)}</p>
            ) : (
              <GroupBarChart
                principles={covered.map(({ p }) => p.shortTitle)}
                series={shown.map((g) => ({ group: g.group, scores: g.hidden ? [] : covered.map(({ i }) => g.score.principles[i]!.score) }))}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
