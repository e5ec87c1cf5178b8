// The perspective groups of a new workshop: a text box per group, added and removed one by one.
import { MIN_GROUP_SIZE } from '../../../core/group-privacy';
import { useId, useRef } from 'react';
import { MAX_GROUP_NAME_LENGTH, MAX_GROUPS } from '../../../core/workshop';
import { messages } from '../messages';

interface Props {
  groups: string[];
  onChange: (groups: string[]) => void;
}

export function GroupFields({ groups, onChange }: Props) {
  const uid = useId();
  const list = useRef<HTMLUListElement>(null);

  const add = () => {
    onChange([...groups, '']);
    // The new box gets focus once it is drawn.
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };
  const remove = (i: number) => {
    onChange(groups.filter((_, j) => j !== i));
    requestAnimationFrame(() => document.getElementById(`${uid}-add`)?.focus());
  };

  return (
    <fieldset className="group-fields">
      <legend>{messages.groupsLegend}</legend>
      <p className="field__hint" id={`${uid}-hint`}>
        {messages.groupsHint(MIN_GROUP_SIZE)}
      </p>
      <ul className="group-fields__list" ref={list}>
        {groups.map((g, i) => (
          <li key={i} className="group-fields__item">
            <label className="visually-hidden" htmlFor={`${uid}-${i}`}>
              {messages.groupLabel(i + 1)}
            </label>
            <input
              id={`${uid}-${i}`}
              type="text"
              maxLength={MAX_GROUP_NAME_LENGTH}
              value={g}
              placeholder={messages.groupPlaceholder}
              onChange={(e) => onChange(groups.map((x, j) => (j === i ? e.target.value : x)))}
            />
            <button type="button" className="button button--secondary" onClick={() => remove(i)} aria-label={messages.removeGroupLabel(g.trim() || messages.groupLabel(i + 1))}>
              {messages.removeGroup}
            </button>
          </li>
        ))}
      </ul>
      {groups.length < MAX_GROUPS ? (
        <button id={`${uid}-add`} type="button" className="button button--secondary" onClick={add} aria-describedby={`${uid}-hint`}>
          {messages.addGroup}
        </button>
      ) : (
        <p className="field__hint">{messages.groupsMax(MAX_GROUPS)}</p>
      )}
    </fieldset>
  );
}
