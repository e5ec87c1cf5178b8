// One action of the plan, every field labelled (Action, Principle, Owner, Due date, Status, Note),
// with a drag handle for a mouse or a finger and "Move up" / "Move down" for a keyboard.
import { memo, useId } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { ACTION_STATUSES, MAX_ACTION_NOTE, MAX_ACTION_TEXT, MAX_OWNER_LENGTH } from '../../core/action';
import type { Action } from '../../core/action';
import type { ActionFields } from '../../core/action-plan';
import type { Rubric } from '../../core/rubric-schema';
import { messages } from './plan-messages';

interface Props {
  action: Action;
  index: number;
  total: number;
  rubric: Rubric;
  dragging: boolean;
  onChange: (id: string, fields: ActionFields) => void;
  onMove: (id: string, to: number) => void;
  onRemove: (id: string) => void;
  onDragStart: (id: string, event: ReactPointerEvent<HTMLElement>) => void;
}

/** Who typically leads the recommendation this action was copied from, if any. */
function leadOf(rubric: Rubric, action: Action): string | null {
  if (!action.recommendationId) return null;
  for (const p of rubric.principles) {
    for (const tier of ['low', 'middle', 'high'] as const) {
      const rec = p.recommendations[tier].find((r) => r.id === action.recommendationId);
      if (rec) return rec.lead ?? null;
    }
  }
  return null;
}

export const ActionItem = memo(function ActionItem({ action: a, index, total, rubric, dragging, onChange, onMove, onRemove, onDragStart }: Props) {
  const uid = useId();
  const lead = leadOf(rubric, a);
  const n = index + 1;
  return (
    <li className={`plan-item${dragging ? ' plan-item--dragging' : ''}`} data-action-id={a.id}>
      <fieldset className="plan-item__fields">
        <legend className="plan-item__legend">
          {/* The handle is for a mouse or a finger; a keyboard has Move up and Move down. */}
          <span className="plan-item__handle" title={messages.dragHandle} aria-hidden="true" onPointerDown={(e) => onDragStart(a.id, e)}>
            ⠿
          </span>
          {messages.actionGroup(n, total)}
          {a.carriedFrom && <span className="tag">{messages.carried}</span>}
        </legend>
        <div className="field">
          <label htmlFor={`${uid}-text`}>{messages.action}</label>
          <textarea
            id={`${uid}-text`}
            rows={2}
            maxLength={MAX_ACTION_TEXT}
            value={a.text}
            onChange={(e) => onChange(a.id, { text: e.target.value })}
          />
        </div>
        <div className="plan-item__row">
          <div className="field">
            <label htmlFor={`${uid}-owner`}>{messages.owner}</label>
            <input
              id={`${uid}-owner`}
              type="text"
              maxLength={MAX_OWNER_LENGTH}
              value={a.owner}
              aria-describedby={`${uid}-owner-hint`}
              onChange={(e) => onChange(a.id, { owner: e.target.value })}
            />
            <p id={`${uid}-owner-hint`} className="field__hint">
              {lead ? messages.ownerLeadHint(lead) : messages.ownerHint}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${uid}-due`}>{messages.due}</label>
            <input id={`${uid}-due`} type="date" value={a.due} onChange={(e) => onChange(a.id, { due: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-status`}>{messages.status}</label>
            <select id={`${uid}-status`} value={a.status} onChange={(e) => onChange(a.id, { status: e.target.value as Action['status'] })}>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {messages.statuses[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${uid}-principle`}>{messages.principle}</label>
            <select
              id={`${uid}-principle`}
              value={a.principleId ?? ''}
              onChange={(e) => onChange(a.id, { principleId: e.target.value === '' ? undefined : e.target.value, indicatorId: undefined })}
            >
              <option value="">{messages.noPrinciple}</option>
              {rubric.principles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-note`}>{messages.note}</label>
          <textarea id={`${uid}-note`} rows={2} maxLength={MAX_ACTION_NOTE} value={a.note} onChange={(e) => onChange(a.id, { note: e.target.value })} />
        </div>
        <div className="plan-item__controls">
          <button
            type="button"
            className="button button--secondary"
            data-move="up"
            aria-label={messages.moveUpLabel(n)}
            disabled={index === 0}
            onClick={() => onMove(a.id, index - 1)}
          >
            {messages.moveUp}
          </button>
          <button
            type="button"
            className="button button--secondary"
            data-move="down"
            aria-label={messages.moveDownLabel(n)}
            disabled={index === total - 1}
            onClick={() => onMove(a.id, index + 1)}
          >
            {messages.moveDown}
          </button>
          <button type="button" className="link-button link-button--danger" aria-label={messages.removeLabel(n)} onClick={() => onRemove(a.id)}>
            {messages.remove}
          </button>
        </div>
      </fieldset>
    </li>
  );
});
