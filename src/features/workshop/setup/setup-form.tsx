// The form that sets up a workshop: network, date, facilitator, perspective groups and anonymity.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_NAME_LENGTH } from '../../../core/assessment';
import { findRubric } from '../../../core/builtin-rubrics';
import { coverageChoice } from '../../../core/coverage';
import { DEFAULT_RUBRIC_REF } from '../../../core/default-rubric-ref';
import { MAX_EXPECTED_PARTICIPANTS } from '../../../core/roster';
import { localDate } from '../../../core/workshop';
import { navigate, redirect } from '../../../components/router';
import { TextField } from '../../../components/text-field';
import { useAppStore } from '../../../store/store';
import { ExpectedField, readExpected } from './expected-field';
import { GroupFields } from './group-fields';
import { messages } from '../messages';
import { PrincipleFields } from './principle-fields';
import { sessionMessages } from '../session-messages';


interface Props {
  onCancel?: () => void;
  /** The new workshop takes this address's place in the history (the page was only the form). */
  replaceAddress?: boolean;
}

export function SetupForm({ onCancel, replaceAddress = false }: Props) {
  const start = useAppStore((s) => s.startWorkshop);
  const updateWorkshop = useAppStore((s) => s.updateWorkshop);
  const uid = useId();
  // In the chosen language: the screen is drawn again when it changes.
  const RUBRIC = findRubric(DEFAULT_RUBRIC_REF)!;
  const [networkName, setNetworkName] = useState('');
  const [date, setDate] = useState(() => localDate(new Date()));
  const [facilitator, setFacilitator] = useState('');
  const [groups, setGroups] = useState<string[]>([]);
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [expected, setExpected] = useState('');
  const [expectedError, setExpectedError] = useState<string | null>(null);
  const [principles, setPrinciples] = useState(() => RUBRIC.principles.map((p) => p.id));
  const [principlesError, setPrinciplesError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (networkName.trim() === '') {
      setError(messages.networkNameRequired);
      document.getElementById(`${uid}-network`)?.focus();
      return;
    }
    const expectedParticipants = readExpected(expected);
    if (expectedParticipants === 'invalid') {
      setExpectedError(messages.expectedParticipantsInvalid(MAX_EXPECTED_PARTICIPANTS));
      document.getElementById(`${uid}-expected`)?.focus();
      return;
    }
    if (principles.length === 0) {
      setPrinciplesError(sessionMessages.principlesRequired);
      document.getElementById(`${uid}-principles`)?.querySelector('input')?.focus();
      return;
    }
    const validDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : localDate(new Date());
    const covered = coverageChoice(RUBRIC, principles);
    const details = { networkName: networkName.trim(), facilitator: facilitator.trim(), date: validDate, groups, anonymous };
    const id = start(DEFAULT_RUBRIC_REF, covered ? { ...details, principles: covered } : details);
    // Set apart from createWorkshop, which the first screen carries: it does not need to know.
    if (expectedParticipants !== undefined) updateWorkshop(id, (w) => ({ ...w, expectedParticipants }));
    (replaceAddress ? redirect : navigate)({ name: 'workshop', id, view: 'collect' });
  };

  return (
    <form className="card setup-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.setupTitle}</h2>
      <p className="muted">{messages.setupIntro}</p>
      <div className="field">
        <label htmlFor={`${uid}-network`}>{messages.networkName}</label>
        <input
          id={`${uid}-network`}
          type="text"
          autoComplete="organization"
          maxLength={MAX_NAME_LENGTH}
          value={networkName}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${uid}-error` : undefined}
          onChange={(e) => {
            setNetworkName(e.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={`${uid}-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${uid}-date`}>{messages.date}</label>
        <input id={`${uid}-date`} type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
      </div>
      <TextField
        id={`${uid}-facilitator`}
        label={messages.facilitator}
        hint={messages.facilitatorHint}
        value={facilitator}
        onChange={setFacilitator}
        autoComplete="name"
      />
      <ExpectedField
        id={`${uid}-expected`}
        value={expected}
        error={expectedError}
        onChange={(v) => {
          setExpected(v);
          setExpectedError(null);
        }}
      />
      <PrincipleFields
        id={`${uid}-principles`}
        rubric={RUBRIC}
        chosen={principles}
        error={principlesError}
        onChange={(next) => {
          setPrinciples(next);
          setPrinciplesError(null);
        }}
      />
      <GroupFields groups={groups} onChange={setGroups} />
      <fieldset role="radiogroup" className="anonymity" aria-describedby={`${uid}-anon-hint`}>
        <legend>{messages.anonymityLegend}</legend>
        <p id={`${uid}-anon-hint`} className="field__hint">
          {messages.anonymityHint}
        </p>
        <label className={`choice${!anonymous ? ' choice--checked' : ''}`}>
          <input type="radio" name={`${uid}-anonymous`} checked={!anonymous} onChange={() => setAnonymous(false)} />
          <span className="choice__text">
            <span className="choice__label">{messages.named}</span>
            <span className="choice__description"> {messages.namedHint}</span>
          </span>
        </label>
        <label className={`choice${anonymous ? ' choice--checked' : ''}`}>
          <input type="radio" name={`${uid}-anonymous`} checked={anonymous} onChange={() => setAnonymous(true)} />
          <span className="choice__text">
            <span className="choice__label">{messages.anonymous}</span>
            <span className="choice__description"> {messages.anonymousHint}</span>
          </span>
        </label>
      </fieldset>
      <div className="actions__row">
        <button type="submit" className="button">
          {messages.startWorkshop}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {messages.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
