// Which principles a new workshop's session covers: a check box per principle, all ticked at first,
// and what the choice means for each participant (how many questions, about how long).
import { useId } from 'react';
import { sessionMinutes, sessionQuestions } from '../../../core/coverage';
import type { Rubric } from '../../../core/rubric-schema';
import { sessionMessages as m } from '../session-messages';

interface Props {
  /** The fieldset's id: the form puts focus in it when nothing is ticked. */
  id: string;
  rubric: Rubric;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  /** Shown when nothing is ticked and the form was sent. */
  error: string | null;
}

export function PrincipleFields({ id, rubric, chosen, onChange, error }: Props) {
  const uid = useId();
  const questions = sessionQuestions(rubric, chosen.length > 0 ? chosen : undefined).length;
  const toggle = (id: string, on: boolean) => onChange(rubric.principles.map((p) => p.id).filter((p) => (p === id ? on : chosen.includes(p))));
  return (
    <fieldset id={id} className="principle-fields" aria-describedby={`${uid}-hint${error ? ` ${uid}-error` : ''}`} aria-invalid={error ? true : undefined}>
      <legend>{m.principlesLegend}</legend>
      <p className="field__hint" id={`${uid}-hint`}>
        {m.principlesHint}
      </p>
      <ul className="principle-fields__list">
        {rubric.principles.map((p) => (
          <li key={p.id}>
            <label className="principle-fields__item">
              <input type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
              <span>{m.principleChoice(p.title, p.indicators.length)}</span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field__error" id={`${uid}-error`}>
          {error}
        </p>
      ) : (
        <p className="small" aria-live="polite">
          {m.thisSession(questions, sessionMinutes(questions))}
        </p>
      )}
    </fieldset>
  );
}
