// A long list made easy to use: a box to narrow it by name, and a page at a time with "Show more",
// so a map of hundreds of members opens at once and stays usable by keyboard.
import { useDeferredValue, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { messages } from './messages';

const PAGE = 50;

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** The text a search looks in (names), compared without case. */
  textOf: (item: T) => string;
  render: (item: T) => ReactNode;
}

export function FilteredList<T>({ items, keyOf, textOf, render }: Props<T>) {
  const uid = useId();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(query.trim().toLowerCase());
  const matching = deferred ? items.filter((item) => textOf(item).toLowerCase().includes(deferred)) : items;
  const visible = matching.slice(0, shown);
  return (
    <>
      {items.length > PAGE / 5 && (
        <div className="field">
          <label htmlFor={`${uid}-find`}>{messages.find}</label>
          <input
            id={`${uid}-find`}
            type="search"
            autoComplete="off"
            value={query}
            aria-describedby={`${uid}-find-hint`}
            onChange={(e) => {
              setQuery(e.target.value);
              setShown(PAGE);
            }}
          />
          <p id={`${uid}-find-hint`} className="field__hint">
            {messages.findHint}
          </p>
        </div>
      )}
      {matching.length === 0 ? (
        <p className="muted">{messages.noneFound}</p>
      ) : (
        <ul className="map-list">
          {visible.map((item) => (
            <Keyed key={keyOf(item)}>{render(item)}</Keyed>
          ))}
        </ul>
      )}
      {matching.length > visible.length && (
        <p className="map-list__more">
          <span className="small muted">{messages.showing(visible.length, matching.length)}</span>{' '}
          <button type="button" className="button button--secondary" onClick={() => setShown((n) => n + PAGE)}>
            {messages.showMore}
          </button>
        </p>
      )}
    </>
  );
}

function Keyed({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
