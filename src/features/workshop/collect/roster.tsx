// Who has handed in: "7 of 12 handed in" and the names (or "Participant 3" where a ballot has
// none), from every way of collecting. The number expected can be changed here as people arrive.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { findRubric } from '../../../core/builtin-rubrics';
import { MAX_EXPECTED_PARTICIPANTS, rosterFor } from '../../../core/roster';
import type { Workshop } from '../../../core/workshop';
import { useAppStore } from '../../../store/store';
import { ExpectedField, readExpected } from '../setup/expected-field';
import { messages } from '../messages';
import './collect.css';

function ChangeExpected({ workshop }: { workshop: Workshop }) {
  const updateWorkshop = useAppStore((s) => s.updateWorkshop);
  const uid = useId();
  const [value, setValue] = useState(workshop.expectedParticipants?.toString() ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const read = readExpected(value);
    if (read === 'invalid') {
      setError(messages.expectedParticipantsInvalid(MAX_EXPECTED_PARTICIPANTS));
      return;
    }
    updateWorkshop(workshop.id, (w) => {
      if (w.expectedParticipants === read) return w;
      const { expectedParticipants: _old, ...rest } = w;
      return read === undefined ? rest : { ...rest, expectedParticipants: read };
    });
  };
  return (
    <details className="roster__change">
      <summary>{messages.changeExpected}</summary>
      <form onSubmit={save} noValidate>
        <ExpectedField id={`${uid}-expected`} value={value} error={error} onChange={(v) => { setValue(v); setError(null); }} />
        <button type="submit" className="button button--secondary">
          {messages.saveExpected}
        </button>
      </form>
    </details>
  );
}

export function Roster({ workshop }: { workshop: Workshop }) {
  const uid = useId();
  const rubric = findRubric(workshop.rubric);
  if (!rubric) return null;
  const roster = rosterFor(rubric, workshop);
  return (
    <section className="card roster" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.rosterTitle}</h2>
      <p className="participant-count">
        <span className="participant-count__number">{roster.count}</span> {messages.handedInOf(roster.expected, workshop.currentRound)}
      </p>
      {roster.ballots.length === 0 && roster.tallied === 0 ? (
        <p className="muted">{messages.rosterEmpty}</p>
      ) : (
        <ul className="roster__names" aria-label={messages.rosterNamesLabel}>
          {roster.ballots.map((b) => (
            <li key={b.ballotId} className={b.name ? 'user-text' : undefined}>
              {b.name ?? messages.participantN(b.number)}
            </li>
          ))}
          {roster.tallied > 0 && <li>{messages.rosterTallied(roster.tallied)}</li>}
        </ul>
      )}
      <ChangeExpected workshop={workshop} />
    </section>
  );
}
