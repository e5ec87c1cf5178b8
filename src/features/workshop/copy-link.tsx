// A link to pass on: shown in full in a read-only box, with a Copy button. Where the browser does not
// allow copying, the link is selected in the box so the person can copy it themselves.
import { useId, useRef, useState } from 'react';
import { messages } from './messages';

interface Props {
  link: string;
  label: string;
  hint?: string;
}

export function CopyLink({ link, label, hint }: Props) {
  const uid = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<{ link: string; result: 'copied' | 'select' } | null>(null);
  const result = state?.link === link ? state.result : null;

  const selectAll = () => {
    box.current?.focus();
    box.current?.select();
  };

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setState({ link, result: 'copied' });
    } catch {
      selectAll();
      setState({ link, result: 'select' });
    }
  };

  return (
    <div className="copy-link">
      <div className="field">
        <label htmlFor={`${uid}-link`}>{label}</label>
        <textarea
          id={`${uid}-link`}
          ref={box}
          readOnly
          rows={3}
          value={link}
          className="copy-link__box"
          aria-describedby={hint ? `${uid}-hint` : undefined}
          onFocus={(e) => e.currentTarget.select()}
        />
        {hint && (
          <p id={`${uid}-hint`} className="field__hint">
            {hint}
          </p>
        )}
      </div>
      <div className="actions__row">
        <button type="button" className="button" onClick={() => void copy()}>
          {messages.copy}
        </button>
      </div>
      <p role="status" className="copy-link__status">
        {result === 'copied' && messages.copied}
        {result === 'select' && messages.copyBlocked}
      </p>
    </div>
  );
}
