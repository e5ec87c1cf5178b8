// Strengths and gaps: the highest and lowest indicators, each with its level's words.
import type { RankedIndicator } from '../../core/results';
import { messages } from './messages';

function List({ title, items, empty }: { title: string; items: RankedIndicator[]; empty: string }) {
  return (
    <section className="card">
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="highlight-list">
          {items.map((r) => (
            <li key={r.indicator.id}>
              <span className="highlight-list__question">{r.indicator.question}</span>
              <span className="small muted">
                {r.principle.shortTitle} · {messages.levelOf(r.value, r.indicator.levels[r.value]?.label ?? '')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Highlights({ strengths, gaps }: { strengths: RankedIndicator[]; gaps: RankedIndicator[] }) {
  return (
    <div className="two-up">
      <List title={messages.strengthsTitle} items={strengths} empty={messages.strengthsEmpty} />
      <List title={messages.gapsTitle} items={gaps} empty={messages.gapsEmpty} />
    </div>
  );
}
