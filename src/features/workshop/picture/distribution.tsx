// How the room answered one indicator: a bar per level with its count written out (never colour
// alone), then the median, the spread and, when the room is divided, a "Disagreement" flag.
// A bar is as long as its count's share of the people who answered (core/answer-share).
import type { IndicatorAggregate } from '../../../core/aggregation';
import { shareOfAnswered } from '../../../core/answer-share';
import { LEVELS } from '../../../core/answers';
import type { Indicator } from '../../../core/rubric-schema';
import { formatLevel } from '../../../components/format';
import { dividedMessages as dm } from '../divided-messages';
import { messages } from '../messages';

const percent = (share: number) => `${100 * share}%`;

function Bar({ badge, label, count, share }: { badge: string; label: string; count: number; share: number }) {
  const width = percent(share);
  return (
    <li className="dist__row">
      <span className="dist__label">
        <span className="dist__badge" aria-hidden="true">
          {badge}
        </span>{' '}
        {label}
      </span>
      <span className="dist__track" aria-hidden="true">
        <span className="dist__bar" style={{ width }} />
      </span>
      <span className="dist__count">
        {count}
        <span className="visually-hidden"> {messages.people(count)}</span>
      </span>
    </li>
  );
}

export function DisagreementFlag() {
  return (
    <span className="flag">
      <span aria-hidden="true">{'⚠\u00a0'}</span>
      {messages.disagreement}
    </span>
  );
}

function Column({ badge, label, count, share }: { badge: string; label: string; count: number; share: number }) {
  const height = percent(share);
  return (
    <li className="mini-dist__col">
      <span className="mini-dist__count">
        {count}
        <span className="visually-hidden">
          {' '}
          {messages.people(count)}: {label}
        </span>
      </span>
      <span className="mini-dist__track" aria-hidden="true">
        <span className="mini-dist__bar" style={{ height }} />
      </span>
      <span className="mini-dist__badge" aria-hidden="true" title={label}>
        {badge}
      </span>
    </li>
  );
}

/** The same distribution in little room: a column per level, its count written above it. */
export function CompactDistribution({ indicator, aggregate }: { indicator: Indicator; aggregate: IndicatorAggregate }) {
  const d = aggregate.distribution;
  const share = (n: number) => shareOfAnswered(n, d);
  return (
    <div className="mini-dist">
      <ul className="mini-dist__list" aria-label={messages.distributionOf(indicator.question)}>
        {LEVELS.map((level) => (
          <Column key={level} badge={String(level)} label={`${level} · ${indicator.levels[level]!.label}`} count={d.levels[level]} share={share(d.levels[level])} />
        ))}
        <Column badge={messages.naShort} label={messages.notApplicable} count={d.notApplicable} share={share(d.notApplicable)} />
        <Column badge="?" label={messages.dontKnow} count={d.dontKnow} share={share(d.dontKnow)} />
      </ul>
      <IndicatorStats aggregate={aggregate} />
    </div>
  );
}

export function Distribution({ indicator, aggregate }: { indicator: Indicator; aggregate: IndicatorAggregate }) {
  const d = aggregate.distribution;
  const share = (n: number) => shareOfAnswered(n, d);
  return (
    <div className="dist">
      <ul className="dist__list" aria-label={messages.distributionOf(indicator.question)}>
        {LEVELS.map((level) => (
          <Bar key={level} badge={String(level)} label={indicator.levels[level]!.label} count={d.levels[level]} share={share(d.levels[level])} />
        ))}
        <Bar badge="–" label={messages.notApplicable} count={d.notApplicable} share={share(d.notApplicable)} />
        <Bar badge="?" label={messages.dontKnow} count={d.dontKnow} share={share(d.dontKnow)} />
      </ul>
      <IndicatorStats aggregate={aggregate} />
    </div>
  );
}

export function IndicatorStats({ aggregate }: { aggregate: IndicatorAggregate }) {
  const a = aggregate;
  return (
    <p className="dist__stats">
      <span>
        {dm.median}: <strong>{formatLevel(a.median)}</strong>
      </span>
      <span>
        {dm.spread}: <strong>{a.spread === null ? formatLevel(null) : dm.levels(formatLevel(a.spread), a.spread)}</strong>
        {a.min !== null && a.max !== null && a.spread !== 0 && <> {dm.fromTo(a.min, a.max)}</>}
      </span>
      <span>{messages.levelsGiven(a.n)}</span>
      {a.distribution.blank > 0 && <span>{messages.blanks(a.distribution.blank)}</span>}
      {a.disagreement && <DisagreementFlag />}
    </p>
  );
}
