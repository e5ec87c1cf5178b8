// A member's needs (or offers): rows of a category and the member's own words, added and removed by
// button, each row a group named "Need 1", "Need 2"…
import { EXCHANGE_CATEGORIES, MAP_LIMITS } from '../../core/network-map';
import type { ExchangeCategory } from '../../core/network-map';
import { CATEGORY_LABELS } from '../../components/network-map-words';
import { messages } from './messages';

export interface ExchangeRow {
  key: number;
  category: ExchangeCategory;
  text: string;
}

interface Props {
  id: string;
  which: 'needs' | 'offers';
  rows: ExchangeRow[];
  problem?: string;
  onChange: (rows: ExchangeRow[]) => void;
  newKey: () => number;
}

export function ExchangeList({ id, which, rows, problem, onChange, newKey }: Props) {
  const needs = which === 'needs';
  const rowName = needs ? messages.needN : messages.offerN;
  const set = (key: number, change: Partial<ExchangeRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <fieldset className="exchange-list" aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}>
      <legend>{needs ? messages.needs : messages.offers}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {needs ? messages.needsHint : messages.offersHint}
      </p>
      {rows.map((row, i) => (
        <div key={row.key} role="group" aria-label={rowName(i + 1)} className="exchange-row">
          <div className="field exchange-row__category">
            <label htmlFor={`${id}-${row.key}-category`}>{messages.category}</label>
            <select id={`${id}-${row.key}-category`} value={row.category} onChange={(e) => set(row.key, { category: e.target.value as ExchangeCategory })}>
              {EXCHANGE_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="field exchange-row__text">
            <label htmlFor={`${id}-${row.key}-text`}>{messages.words}</label>
            <input
              id={`${id}-${row.key}-text`}
              type="text"
              maxLength={MAP_LIMITS.exchangeTextLength}
              value={row.text}
              onChange={(e) => set(row.key, { text: e.target.value })}
            />
          </div>
          <button
            type="button"
            className="link-button exchange-row__remove"
            aria-label={(needs ? messages.removeNeed : messages.removeOffer)(i + 1)}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            {messages.remove}
          </button>
        </div>
      ))}
      {problem && (
        <p id={`${id}-problem`} className="field__error">
          {problem}
        </p>
      )}
      {rows.length < MAP_LIMITS.exchanges && (
        <button type="button" className="button button--secondary" onClick={() => onChange([...rows, { key: newKey(), category: EXCHANGE_CATEGORIES[0], text: '' }])}>
          {needs ? messages.addNeed : messages.addOffer}
        </button>
      )}
    </fieldset>
  );
}
