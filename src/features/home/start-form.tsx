// The form that starts a new assessment: the network's name, who is assessing and the day (today,
// unless an earlier assessment, say last year's on paper, is being entered).
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_NAME_LENGTH } from '../../core/assessment';
import { isCalendarDay, localDate } from '../../core/calendar-day';
import { DEFAULT_RUBRIC_REF } from '../../core/default-rubric-ref';
import { navigate } from '../../components/router';
import { TextField } from '../../components/text-field';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

export function StartForm() {
  const start = useAppStore((s) => s.startAssessment);
  const [networkName, setNetworkName] = useState('');
  const [assessors, setAssessors] = useState('');
  const [assessedOn, setAssessedOn] = useState(() => localDate(new Date()));
  const [error, setError] = useState<string | null>(null);
  const uid = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (networkName.trim() === '') {
      setError(messages.networkNameRequired);
      document.getElementById(`${uid}-network`)?.focus();
      return;
    }
    const id = start(DEFAULT_RUBRIC_REF, { networkName, assessors, ...(isCalendarDay(assessedOn) ? { assessedOn } : {}) });
    navigate({ name: 'step', id, step: DEFAULT_RUBRIC_REF.firstStep });
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.startTitle}</h2>
      <div className="field">
        <label htmlFor={`${uid}-network`}>{messages.networkName}</label>
        <input
          id={`${uid}-network`}
          type="text"
          autoComplete="organization"
          maxLength={MAX_NAME_LENGTH}
          value={networkName}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${uid}-error` : `${uid}-network-hint`}
          onChange={(e) => {
            setNetworkName(e.target.value);
            setError(null);
          }}
        />
        {error ? (
          <p id={`${uid}-error`} className="field__error">
            {error}
          </p>
        ) : (
          <p id={`${uid}-network-hint`} className="field__hint">
            {messages.networkNameHint}
          </p>
        )}
      </div>
      <TextField
        id={`${uid}-assessors`}
        label={messages.assessors}
        hint={messages.assessorsHint}
        value={assessors}
        onChange={setAssessors}
        autoComplete="name"
      />
      <div className="field assessed-on">
        <label htmlFor={`${uid}-date`}>{messages.assessedOn}</label>
        <input
          id={`${uid}-date`}
          type="date"
          value={assessedOn}
          aria-describedby={`${uid}-date-hint`}
          onChange={(e) => setAssessedOn(e.target.value)}
        />
        <p id={`${uid}-date-hint`} className="field__hint">
          {messages.assessedOnHint}
        </p>
      </div>
      <button type="submit" className="button">
        {messages.start}
      </button>
    </form>
  );
}
