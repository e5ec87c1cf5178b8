// The "Expected participants" number, at set-up and on Collect: optional, a whole number from 1.
import { MAX_EXPECTED_PARTICIPANTS } from '../../../core/roster';
import { messages } from '../messages';
import '../collect/collect.css';

/** The number typed, undefined when left empty, or 'invalid'. */
export function readExpected(text: string): number | undefined | 'invalid' {
  const t = text.trim();
  if (t === '') return undefined;
  if (!/^\d+$/.test(t)) return 'invalid';
  const n = Number(t);
  return n >= 1 && n <= MAX_EXPECTED_PARTICIPANTS ? n : 'invalid';
}

interface Props {
  id: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}

export function ExpectedField({ id, value, error, onChange }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{messages.expectedParticipants}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_EXPECTED_PARTICIPANTS}
        step={1}
        className="field__number"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {messages.expectedParticipantsHint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
