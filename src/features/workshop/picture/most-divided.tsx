// "Most divided": the questions that divide the room most (src/core/agenda.ts), each with how the
// room split in plain words and a link to discuss it; a count of how many are settled, and the
// settled ones moved to a list of their own as the room records what it agreed.
import { AGENDA_SIZE, DISAGREEMENT_SPREAD, mostDivided } from '../../../core/agenda';
import type { AgendaItem } from '../../../core/agenda';
import type { Aggregate, IndicatorAggregate } from '../../../core/aggregation';
import type { Indicator, Rubric } from '../../../core/rubric-schema';
import { formatLevel } from '../../../components/format';
import { hrefFor } from '../../../components/router';
import { dividedMessages as m } from '../divided-messages';
import { DisagreementFlag } from './distribution';
import { entryMap } from '../indicators';
import { messages } from '../messages';

/** "Split: 3 chose “No fund”, 4 chose “Governed fund”", in the rubric's level labels. */
export function splitText(item: AgendaItem, indicator: Indicator): string {
  return m.split(item.split.map(({ level, count }) => m.chose(count, indicator.levels[level]!.label)));
}

/** "Group level (median): 2 · How far apart (spread): 4 levels". */
export function statsText(a: Pick<IndicatorAggregate, 'median' | 'spread'>): string {
  const spread = a.spread ?? 0;
  return `${m.median}: ${formatLevel(a.median)} · ${m.spread}: ${m.levels(formatLevel(spread), spread)}`;
}

function agreedText(a: IndicatorAggregate, indicator: Indicator): string {
  const level = a.consensus?.level;
  if (level === undefined) return '';
  return m.agreedAs(level === 'na' ? messages.notApplicable : `${level} · ${indicator.levels[level]!.label}`);
}

interface Props {
  workshopId: string;
  rubric: Rubric;
  aggregate: Aggregate;
}

export function MostDivided({ workshopId, rubric, aggregate }: Props) {
  const entries = entryMap(rubric);
  const byId = new Map(aggregate.indicators.map((a) => [a.indicatorId, a]));
  const { items, open, settled } = mostDivided(aggregate.indicators);
  const row = (item: AgendaItem) => {
    const entry = entries.get(item.indicatorId)!;
    const a = byId.get(item.indicatorId)!;
    return (
      <li key={item.indicatorId} className="agenda__item">
        <a href={hrefFor({ name: 'workshop', id: workshopId, view: 'agree', indicator: item.indicatorId })}>
          <span className="indicator__number">{entry.number}</span> {entry.indicator.question}
        </a>
        <span className="agenda__split">{splitText(item, entry.indicator)}</span>
        <span className="agenda__stats small">
          {statsText(a)}
          {item.settled && <> · {agreedText(a, entry.indicator)}</>}
        </span>
        {item.disagreement && !item.settled && <DisagreementFlag />}
      </li>
    );
  };
  return (
    <section className="card" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{m.title}</h2>
      <p className="muted">{m.intro(AGENDA_SIZE, DISAGREEMENT_SPREAD)}</p>
      {items.length === 0 ? (
        <p>{aggregate.participantCount === 0 ? messages.noAnswersYet : m.noneDivided}</p>
      ) : (
        <>
          <p className="agenda__count">
            <strong>{m.settledCount(settled.length, items.length)}</strong>
          </p>
          {open.length > 0 ? <ol className="agenda">{open.map(row)}</ol> : <p>{m.allSettled}</p>}
          {settled.length > 0 && (
            <details className="agenda__settled">
              <summary>{m.settledTitle(settled.length)}</summary>
              <ol className="agenda">{settled.map(row)}</ol>
            </details>
          )}
        </>
      )}
    </section>
  );
}
