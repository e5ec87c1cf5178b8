// A labelled one-line text field with a hint under it, capped at the length the data allows.
import { MAX_NAME_LENGTH } from '../core/assessment';

interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete?: string;
}

export function TextField({ id, label, hint, value, onChange, autoComplete }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete={autoComplete}
        maxLength={MAX_NAME_LENGTH}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
    </div>
  );
}
