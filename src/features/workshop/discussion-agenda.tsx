// The discussion agenda: indicators where people chose different levels, most divided first,
// each linking to its item on the "Discuss & agree" screen.
import type { Aggregate } from '../../core/aggregation';
import type { Rubric } from '../../core/rubric-schema';
import { hrefFor } from '../../components/router';
import { DisagreementFlag } from './distribution';
import { formatLevel } from '../../components/format';
import { entryMap } from './indicators';
import { messages } from './messages';

export function agendaItems(aggregate: Aggregate) {
  const byId = new Map(aggregate.indicators.map((a) => [a.indicatorId, a]));
  return aggregate.discussionAgenda.map((id) => byId.get(id)!).filter((a) => (a.spread ?? 0) >= 1);
}

interface Props {
  workshopId: string;
  rubric: Rubric;
  aggregate: Aggregate;
}

export function DiscussionAgenda({ workshopId, rubric, aggregate }: Props) {
  const entries = entryMap(rubric);
  const items = agendaItems(aggregate);
  return (
    <section className="card" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{messages.agendaTitle}</h2>
      <p className="muted">{messages.agendaIntro}</p>
      {items.length === 0 ? (
        <p>{aggregate.participantCount === 0 ? messages.noAnswersYet : messages.agendaEmpty}</p>
      ) : (
        <ol className="agenda">
          {items.map((a) => {
            const entry = entries.get(a.indicatorId)!;
            return (
              <li key={a.indicatorId} className="agenda__item">
                <a href={hrefFor({ name: 'workshop', id: workshopId, view: 'agree', indicator: a.indicatorId })}>
                  <span className="indicator__number">{entry.number}</span> {entry.indicator.question}
                </a>
                <span className="agenda__stats small">
                  {messages.spread}: {formatLevel(a.spread)} · {messages.median}: {formatLevel(a.median)}
                  {a.consensus && <> · {messages.agreedShort}</>}
                </span>
                {a.disagreement && <DisagreementFlag />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
