// One level in a show of hands: its label and the number of hands, typed or stepped with − and +.
import { useId } from 'react';
import { MAX_HANDS } from './tally';
import { messages } from '../messages';

interface Props {
  badge: string;
  label: string;
  count: number;
  onCount: (n: number) => void;
}

export function TallyRow({ badge, label, count, onCount }: Props) {
  const uid = useId();
  return (
    <li className="tally-row">
      <label htmlFor={`${uid}-n`} className="tally-row__label">
        <span className="choice__badge" aria-hidden="true">
          {badge}
        </span>
        <span>{label}</span>
      </label>
      <div className="tally-row__controls">
        <button type="button" className="button button--secondary stepper" aria-label={messages.oneFewer(label)} disabled={count === 0} onClick={() => onCount(count - 1)}>
          −
        </button>
        <input
          id={`${uid}-n`}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_HANDS}
          step={1}
          placeholder="0"
          value={count === 0 ? '' : String(count)}
          onChange={(e) => onCount(e.target.value === '' ? 0 : Number(e.target.value))}
        />
        <button type="button" className="button button--secondary stepper" aria-label={messages.oneMore(label)} onClick={() => onCount(count + 1)}>
          +
        </button>
      </div>
    </li>
  );
}
