// Tying two members, or editing a tie: From and To (chosen by name), every kind of tie between them
// (check boxes), whether it is in writing, and since when. Checked by the same rules as an import.
import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { TIE_KINDS } from '../../core/network-map';
import type { NetworkMap, Tie, TieKind } from '../../core/network-map';
import { addTie, updateTie } from '../../core/network-map-edit';
import type { FieldProblem, TieField, TieInput } from '../../core/network-map-input';
import { TIE_KIND_LABELS } from '../../components/network-map-words';
import { FormField, fieldProblemText, wholeNumberInput } from './form-field';
import { messages } from './messages';

interface Draft {
  from: string;
  to: string;
  kinds: TieKind[];
  written: boolean;
  since: string;
}

const draftOf = (tie: Tie | null): Draft => ({
  from: tie?.from ?? '',
  to: tie?.to ?? '',
  kinds: tie ? [...tie.kinds] : [],
  written: tie?.written ?? false,
  since: tie?.since === undefined ? '' : String(tie.since),
});

const FIELD_ORDER: TieField[] = ['from', 'to', 'kinds', 'written', 'since'];

interface Props {
  map: NetworkMap;
  editing: Tie | null;
  onSaved: (map: NetworkMap, message: string) => void;
  onCancel?: () => void;
}

export function TieForm({ map, editing, onSaved, onCancel }: Props) {
  const uid = useId();
  const id = (field: string) => `${uid}-${field}`;
  const [draft, setDraft] = useState<Draft>(() => draftOf(editing));
  const [problems, setProblems] = useState<FieldProblem<TieField>[]>([]);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const problemOf = (field: TieField) => {
    const found = problems.find((p) => p.field === field);
    return found ? fieldProblemText(found) : undefined;
  };
  // Sorted by name for choosing; the list is the map's, so it follows every change.
  const members = useMemo(() => [...map.members].sort((a, b) => a.name.localeCompare(b.name)), [map.members]);
  const nameOf = (memberId: string) => map.members.find((m) => m.id === memberId)?.name ?? '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input: TieInput = { from: draft.from, to: draft.to, kinds: draft.kinds, written: draft.written };
    const since = wholeNumberInput(draft.since);
    if (since !== undefined) input.since = since;
    const result = editing ? updateTie(map, editing.id, input) : addTie(map, input);
    if (!result.ok) {
      setProblems(result.problems);
      const first = FIELD_ORDER.find((f) => result.problems.some((p) => p.field === f)) ?? 'from';
      const target = document.getElementById(id(first));
      (target?.matches('input, select') ? target : target?.querySelector<HTMLElement>('input'))?.focus();
      return;
    }
    setProblems([]);
    const [a, b] = [nameOf(input.from), nameOf(input.to)];
    onSaved(result.map, editing ? messages.tieSaved(a, b) : messages.tieAdded(a, b));
    if (!editing) {
      setDraft(draftOf(null));
      document.getElementById(id('from'))?.focus();
    }
  };

  const memberSelect = (field: 'from' | 'to') => (
    <FormField id={id(field)} label={field === 'from' ? messages.from : messages.to} problem={problemOf(field)}>
      {(describedBy, invalid) => (
        <select
          id={id(field)}
          value={draft[field]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => set({ [field]: e.target.value })}
        >
          <option value="">{messages.choose}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  const kindsProblem = problemOf('kinds');
  return (
    <form className="card map-form" onSubmit={submit} noValidate aria-labelledby={id('title')}>
      <h2 id={id('title')}>{editing ? messages.editTieTitle : messages.addTieTitle}</h2>
      {problems.length > 0 && (
        <p className="field__error" role="alert">
          {messages.formHasProblems(problems.length)}
        </p>
      )}
      <div className="map-form__grid">
        {memberSelect('from')}
        {memberSelect('to')}
      </div>
      <fieldset
        id={id('kinds')}
        className="tie-kinds"
        aria-describedby={`${id('kinds')}-hint${kindsProblem ? ` ${id('kinds')}-problem` : ''}`}
      >
        <legend>{messages.tieKinds}</legend>
        <p id={`${id('kinds')}-hint`} className="field__hint">
          {messages.tieKindsHint}
        </p>
        <div className="tie-kinds__list">
          {TIE_KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                checked={draft.kinds.includes(k)}
                onChange={(e) => set({ kinds: e.target.checked ? [...draft.kinds, k] : draft.kinds.filter((x) => x !== k) })}
              />
              {TIE_KIND_LABELS[k]}
            </label>
          ))}
        </div>
        {kindsProblem && (
          <p id={`${id('kinds')}-problem`} className="field__error">
            {kindsProblem}
          </p>
        )}
      </fieldset>
      <div className="map-form__grid">
        <div className="field">
          <label className="check" htmlFor={id('written')}>
            <input id={id('written')} type="checkbox" checked={draft.written} aria-describedby={`${id('written')}-hint`} onChange={(e) => set({ written: e.target.checked })} />
            {messages.written}
          </label>
          <p id={`${id('written')}-hint`} className="field__hint">
            {messages.writtenHint}
          </p>
        </div>
        <FormField id={id('since')} label={messages.since} hint={messages.sinceHint} problem={problemOf('since')}>
          {(describedBy, invalid) => (
            <input
              id={id('since')}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={draft.since}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => set({ since: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <div className="actions__row">
        <button type="submit" className="button">
          {editing ? messages.saveTie : messages.addTie}
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
