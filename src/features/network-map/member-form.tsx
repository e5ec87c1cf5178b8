// Adding a member, or editing one: name, sector (with the user's word for "Other"), kind, size, year
// founded, place, needs and offers. Checked by the same rules as an import (core network-map-input);
// each problem is shown beside its field and the first such field takes the focus.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { MAP_LIMITS, MEMBER_KINDS, SECTORS } from '../../core/network-map';
import type { Member, MemberKind, NetworkMap, Sector } from '../../core/network-map';
import { addMember, updateMember } from '../../core/network-map-edit';
import type { FieldProblem, MemberField, MemberInput } from '../../core/network-map-input';
import { MEMBER_KIND_LABELS, SECTOR_LABELS } from '../../components/network-map-words';
import { ExchangeList } from './exchange-list';
import type { ExchangeRow } from './exchange-list';
import { FormField, fieldProblemText, wholeNumberInput } from './form-field';
import { messages } from './messages';

interface Draft {
  name: string;
  sector: Sector;
  sectorOther: string;
  kind: MemberKind;
  size: string;
  founded: string;
  place: string;
  needs: ExchangeRow[];
  offers: ExchangeRow[];
}

let rowKeys = 0;
const newKey = () => (rowKeys += 1);

function draftOf(member: Member | null): Draft {
  const rows = (list: Member['needs']) => list.map((e) => ({ key: newKey(), category: e.category, text: e.text ?? '' }));
  return {
    name: member?.name ?? '',
    sector: member?.sector ?? SECTORS[0],
    sectorOther: member?.sectorOther ?? '',
    kind: member?.kind ?? MEMBER_KINDS[0],
    size: member?.size === undefined ? '' : String(member.size),
    founded: member?.founded === undefined ? '' : String(member.founded),
    place: member?.place ?? '',
    needs: rows(member?.needs ?? []),
    offers: rows(member?.offers ?? []),
  };
}

function inputOf(d: Draft): MemberInput {
  const input: MemberInput = {
    name: d.name,
    sector: d.sector,
    kind: d.kind,
    needs: d.needs.map((r) => ({ category: r.category, text: r.text })),
    offers: d.offers.map((r) => ({ category: r.category, text: r.text })),
  };
  if (d.sector === 'other') input.sectorOther = d.sectorOther;
  const size = wholeNumberInput(d.size);
  if (size !== undefined) input.size = size;
  const founded = wholeNumberInput(d.founded);
  if (founded !== undefined) input.founded = founded;
  if (d.place.trim()) input.place = d.place;
  return input;
}

const FIELD_ORDER: MemberField[] = ['name', 'sector', 'kind', 'size', 'founded', 'place', 'needs', 'offers'];

interface Props {
  map: NetworkMap;
  /** The member being edited; null to add a new one. */
  editing: Member | null;
  onSaved: (map: NetworkMap, memberId: string, message: string) => void;
  onCancel?: () => void;
}

export function MemberForm({ map, editing, onSaved, onCancel }: Props) {
  const uid = useId();
  const id = (field: string) => `${uid}-${field}`;
  const [draft, setDraft] = useState<Draft>(() => draftOf(editing));
  const [problems, setProblems] = useState<FieldProblem<MemberField>[]>([]);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const problemOf = (field: MemberField) => {
    const found = problems.find((p) => p.field === field);
    return found ? fieldProblemText(found) : undefined;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = inputOf(draft);
    const result = editing ? updateMember(map, editing.id, input) : addMember(map, input);
    if (!result.ok) {
      setProblems(result.problems);
      const first = FIELD_ORDER.find((f) => result.problems.some((p) => p.field === f));
      const field = first === 'sector' && draft.sector === 'other' ? 'sector-other' : (first ?? 'name');
      const target = document.getElementById(id(field));
      // A list of needs or offers: its first control.
      (target?.matches('input, select') ? target : target?.querySelector<HTMLElement>('select, input, button'))?.focus();
      return;
    }
    const name = input.name.trim();
    setProblems([]);
    onSaved(result.map, result.id, editing ? messages.memberSaved(name) : messages.memberAdded(name));
    if (!editing) {
      setDraft(draftOf(null));
      document.getElementById(id('name'))?.focus();
    }
  };

  return (
    <form className="card map-form" onSubmit={submit} noValidate aria-labelledby={id('title')}>
      <h2 id={id('title')}>{editing ? messages.editMemberTitle(editing.name) : messages.addMemberTitle}</h2>
      {problems.length > 0 && (
        <p className="field__error" role="alert">
          {messages.formHasProblems(problems.length)}
        </p>
      )}
      <div className="map-form__grid">
        <FormField id={id('name')} label={messages.name} hint={messages.nameHint} problem={problemOf('name')} className="map-form__wide">
          {(describedBy, invalid) => (
            <input
              id={id('name')}
              type="text"
              autoComplete="off"
              maxLength={MAP_LIMITS.nameLength}
              value={draft.name}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => set({ name: e.target.value })}
            />
          )}
        </FormField>
        <FormField id={id('sector')} label={messages.sector} problem={draft.sector === 'other' ? undefined : problemOf('sector')}>
          {(describedBy) => (
            <select id={id('sector')} value={draft.sector} aria-describedby={describedBy} onChange={(e) => set({ sector: e.target.value as Sector })}>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {SECTOR_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={id('kind')} label={messages.kind} hint={messages.kindHint} problem={problemOf('kind')}>
          {(describedBy) => (
            <select id={id('kind')} value={draft.kind} aria-describedby={describedBy} onChange={(e) => set({ kind: e.target.value as MemberKind })}>
              {MEMBER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {MEMBER_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {draft.sector === 'other' && (
          <FormField id={id('sector-other')} label={messages.sectorOther} hint={messages.sectorOtherHint} problem={problemOf('sector')} className="map-form__wide">
            {(describedBy, invalid) => (
              <input
                id={id('sector-other')}
                type="text"
                maxLength={MAP_LIMITS.sectorOtherLength}
                value={draft.sectorOther}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(e) => set({ sectorOther: e.target.value })}
              />
            )}
          </FormField>
        )}
        {(['size', 'founded'] as const).map((field) => (
          <FormField
            key={field}
            id={id(field)}
            label={field === 'size' ? messages.size : messages.founded}
            hint={field === 'size' ? messages.sizeHint : messages.foundedHint}
            problem={problemOf(field)}
          >
            {(describedBy, invalid) => (
              <input
                id={id(field)}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={draft[field]}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(e) => set({ [field]: e.target.value })}
              />
            )}
          </FormField>
        ))}
        <FormField id={id('place')} label={messages.place} hint={messages.placeHint} problem={problemOf('place')}>
          {(describedBy, invalid) => (
            <input
              id={id('place')}
              type="text"
              maxLength={MAP_LIMITS.placeLength}
              value={draft.place}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => set({ place: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <div id={id('needs')}>
        <ExchangeList id={`${id('needs')}-list`} which="needs" rows={draft.needs} problem={problemOf('needs')} onChange={(needs) => set({ needs })} newKey={newKey} />
      </div>
      <div id={id('offers')}>
        <ExchangeList id={`${id('offers')}-list`} which="offers" rows={draft.offers} problem={problemOf('offers')} onChange={(offers) => set({ offers })} newKey={newKey} />
      </div>
      <div className="actions__row">
        <button type="submit" className="button">
          {editing ? messages.saveMember : messages.addMember}
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
