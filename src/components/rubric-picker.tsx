// The picker labelled "Rubric": the built-in rubric or one of the library's own rubrics. Shown only
// when the library holds one, so a new user's form stays as short as before.
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RubricRef } from '../core/assessment';
import { DEFAULT_RUBRIC_REF, defaultRubricTitle } from '../core/default-rubric-ref';
import { getLanguage } from '../i18n/locale';
import { ownRubricKey } from '../core/own-rubrics';
import { useAppStore } from '../store/store';
import { rubricMessages as m } from './rubric-messages';

/** What the form needs of the chosen rubric: its reference and the first principle's id. */
export interface PickedRubric {
  ref: RubricRef;
  firstStep: string;
}

export const DEFAULT_PICK: PickedRubric = { ref: { id: DEFAULT_RUBRIC_REF.id, version: DEFAULT_RUBRIC_REF.version }, firstStep: DEFAULT_RUBRIC_REF.firstStep };

interface Props {
  value: PickedRubric;
  onChange: (picked: PickedRubric) => void;
}

export function RubricPicker({ value, onChange }: Props) {
  const uid = useId();
  const own = useAppStore(useShallow((s) => Object.values(s.ownRubrics).map((e) => e.rubric)));
  if (own.length === 0) return null;
  const options = [
    { key: 'builtin', label: m.builtinOption(defaultRubricTitle(getLanguage()), DEFAULT_RUBRIC_REF.version), pick: DEFAULT_PICK },
    ...own
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((r) => ({
        key: ownRubricKey(r),
        label: m.option(r.title, r.version),
        pick: { ref: { id: r.id, version: r.version }, firstStep: r.principles[0]!.id },
      })),
  ];
  const selected = options.find((o) => o.pick.ref.id === value.ref.id && o.pick.ref.version === value.ref.version)?.key ?? 'builtin';
  return (
    <div className="field">
      <label htmlFor={`${uid}-rubric`}>{m.picker}</label>
      <select
        id={`${uid}-rubric`}
        value={selected}
        aria-describedby={`${uid}-rubric-hint`}
        onChange={(e) => onChange(options.find((o) => o.key === e.target.value)?.pick ?? DEFAULT_PICK)}
      >
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
      <p id={`${uid}-rubric-hint`} className="field__hint">
        {m.pickerHint}
      </p>
    </div>
  );
}
