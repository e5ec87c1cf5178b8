// On the first screen: when this assessment was made (today by default, editable to enter an earlier
// paper one), and, for a network assessed before, that this is a new assessment of the same network.
import { useId, useState } from 'react';
import type { Assessment } from '../../core/assessment';
import { isCalendarDay } from '../../core/calendar-day';
import { formatDay } from '../../components/format';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

export function AssessmentDate({ assessment, previous }: { assessment: Assessment; previous: Assessment | null }) {
  const updateDetails = useAppStore((s) => s.updateDetails);
  const uid = useId();
  // What is typed, kept apart from what is saved: a half-typed date is not saved, and not lost.
  const [typed, setTyped] = useState(assessment.assessedOn);
  const invalid = typed !== assessment.assessedOn && !isCalendarDay(typed);
  const network = assessment.networkName.trim() || '—';
  return (
    <section className="card assessed-on" aria-labelledby={`${uid}-intro`} data-step-start={previous ? '' : undefined} tabIndex={-1}>
      <p id={`${uid}-intro`} className="lead">
        {previous
          ? messages.newOfSameNetwork(network, formatDay(previous.assessedOn), formatDay(assessment.assessedOn))
          : messages.firstOfNetwork(network, formatDay(assessment.assessedOn))}
      </p>
      <div className="field">
        <label htmlFor={`${uid}-date`}>{messages.assessmentDate}</label>
        <input
          id={`${uid}-date`}
          type="date"
          value={typed}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${uid}-error` : `${uid}-hint`}
          onChange={(e) => {
            setTyped(e.target.value);
            if (isCalendarDay(e.target.value)) updateDetails(assessment.id, { assessedOn: e.target.value });
          }}
        />
        {invalid ? (
          <p id={`${uid}-error`} className="field__error">
            {messages.assessmentDateInvalid}
          </p>
        ) : (
          <p id={`${uid}-hint`} className="field__hint">
            {messages.assessmentDateHint}
          </p>
        )}
      </div>
    </section>
  );
}
