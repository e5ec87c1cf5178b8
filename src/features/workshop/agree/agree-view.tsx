// Discuss & agree: the most divided questions first (the group picture's list, by the same rule),
// then the others, each with the room's agreed level and why; then a second round of ballots,
// compared with the first. Only the questions the session covers.
import { useEffect, useMemo } from 'react';
import { mostDivided } from '../../../core/agenda';
import { aggregateBallots } from '../../../core/aggregation';
import type { Rubric } from '../../../core/rubric-schema';
import type { Workshop } from '../../../core/workshop';
import { useAppStore } from '../../../store/store';
import { ConsensusItem } from './consensus-item';
import { dividedMessages } from '../divided-messages';
import { entryMap } from '../indicators';
import { messages } from '../messages';
import { RoundComparison } from '../picture/round-comparison';

export function AgreeView({ workshop, rubric, focusId }: { workshop: Workshop; rubric: Rubric; focusId?: string }) {
  const updateWorkshop = useAppStore((s) => s.updateWorkshop);
  const firstRound = useMemo(() => aggregateBallots(rubric, workshop, { round: 1 }), [rubric, workshop]);
  const roundTwo = useMemo(() => aggregateBallots(rubric, workshop, { round: 2 }), [rubric, workshop]);
  const entries = useMemo(() => entryMap(rubric), [rubric]);
  const byId = new Map(firstRound.indicators.map((a) => [a.indicatorId, a]));
  const ranked = mostDivided(firstRound.indicators);
  const divided = ranked.items.map((i) => i.indicatorId);
  const rest = [...entries.keys()].filter((id) => byId.get(id)!.covered && !divided.includes(id));

  // Arriving from the agenda: bring that indicator into view and put focus on its heading.
  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(`agree-${focusId}`);
    const details = el?.closest('details');
    if (details) details.open = true;
    el?.scrollIntoView?.({ block: 'start' });
    el?.querySelector<HTMLElement>('h3')?.focus();
  }, [focusId]);

  const item = (id: string) => {
    const entry = entries.get(id)!;
    return (
      <ConsensusItem
        key={id}
        workshopId={workshop.id}
        indicator={entry.indicator}
        number={entry.number}
        firstRound={byId.get(id)!}
        consensus={Object.hasOwn(workshop.consensus, id) ? workshop.consensus[id]! : null}
      />
    );
  };

  return (
    <>
      <p className="muted">{messages.agreeIntro}</p>
      <section aria-labelledby="divided-title">
        <h2 id="divided-title">{dividedMessages.agreeDividedTitle(divided.length)}</h2>
        {divided.length === 0 ? (
          <p>{messages.dividedNone}</p>
        ) : (
          <p className="agenda__count">
            <strong>{dividedMessages.settledCount(ranked.settled.length, divided.length)}</strong>
          </p>
        )}
        {divided.map(item)}
      </section>
      <details className="card other-indicators" open={rest.some((id) => id === focusId) || undefined}>
        <summary>{dividedMessages.agreeOthers(rest.length)}</summary>
        {rest.map(item)}
      </details>
      <section className="card" aria-labelledby="round-title">
        <h2 id="round-title">{messages.roundTitle}</h2>
        {workshop.currentRound === 1 ? (
          <>
            <p>{messages.roundTwoIntro}</p>
            <button type="button" className="button" onClick={() => updateWorkshop(workshop.id, (w) => ({ ...w, currentRound: 2 }))}>
              {messages.startRoundTwo}
            </button>
          </>
        ) : (
          <>
            <p>{messages.roundTwoUnderWay}</p>
            <button type="button" className="button button--secondary" onClick={() => updateWorkshop(workshop.id, (w) => ({ ...w, currentRound: 1 }))}>
              {messages.backToRoundOne}
            </button>
          </>
        )}
        {roundTwo.participantCount > 0 ? <RoundComparison rubric={rubric} workshop={workshop} /> : workshop.currentRound === 2 && <p className="muted">{messages.roundTwoEmpty}</p>}
      </section>
    </>
  );
}
