// Renaming an assessment or a workshop in place: the new network name, Save or Cancel.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_NAME_LENGTH } from '../../core/assessment';
import { messages } from './messages';

export function RenameForm({ current, onSave, onCancel }: { current: string; onSave: (name: string) => void; onCancel: () => void }) {
  const [name, setName] = useState(current);
  const uid = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(name);
  };
  return (
    <form className="rename-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${uid}-name`}>{messages.renameLabel}</label>
        <input
          id={`${uid}-name`}
          type="text"
          maxLength={MAX_NAME_LENGTH}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
        />
      </div>
      <div className="actions__row">
        <button type="submit" className="button">
          {messages.save}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </form>
  );
}
