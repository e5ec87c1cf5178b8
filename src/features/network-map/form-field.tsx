// One labelled field of the map's forms: its label, a hint, and a problem in words when there is one
// (tied to the input by aria-describedby and aria-invalid, so a screen reader hears both).
import type { ReactNode } from 'react';
import type { FieldProblem } from '../../core/network-map-input';
import { messages } from './messages';

const p = messages.problems;

/** A form's problem with one field, in plain words. */
export function fieldProblemText(problem: FieldProblem): string {
  const params = problem.params ?? {};
  switch (problem.code) {
    case 'required':
      return p.required[problem.field] ?? p.requiredOther;
    case 'too-long':
      return p.tooLong(Number(params.max));
    case 'too-many':
      return p.tooMany(Number(params.max));
    case 'duplicate-name':
      return p.duplicateName(String(params.name));
    case 'not-a-whole-number':
      return p.notWholeNumber;
    case 'out-of-range':
      return p.outOfRange(Number(params.min), Number(params.max));
    case 'same-member':
      return p.sameMember;
    case 'already-tied':
      return p.alreadyTied;
    case 'unknown-member':
    case 'unknown-tie':
      return p.unknownMember;
    case 'too-many-members':
      return p.tooManyMembers(Number(params.max));
    case 'too-many-ties':
      return p.tooManyTies(Number(params.max));
  }
}

/** A number field's text: '' is "not given"; anything not a whole number reaches the checks as NaN. */
export function wholeNumberInput(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f,]/g, '');
  if (compact === '') return undefined;
  return /^\d{1,9}$/.test(compact) ? Number(compact) : Number.NaN;
}

interface Props {
  id: string;
  label: string;
  hint?: string;
  problem?: string;
  className?: string;
  /** The input, given the ids it should point to with aria-describedby. */
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

export function FormField({ id, label, hint, problem, className, children }: Props) {
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(described, Boolean(problem))}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="field__error">
          {problem}
        </p>
      )}
    </div>
  );
}
