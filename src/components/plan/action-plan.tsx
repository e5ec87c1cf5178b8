// The action plan: a region headed "Action plan" listing each action (action-item.tsx), "Add action"
// for one's own, reordering by drag (pointer: mouse or finger) and by keyboard ("Move up" / "Move
// down"), each move announced in a live region, and a delete that can be undone.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Action } from '../../core/action';
import { editAction, moveAction, newAction, removeAction, restoreAction } from '../../core/action-plan';
import type { ActionFields, Removed } from '../../core/action-plan';
import { localDate } from '../../core/calendar-day';
import type { Rubric } from '../../core/rubric-schema';
import type { PlanOwner } from '../../store/plans-slice';
import { useAppStore } from '../../store/store';
import { ActionItem } from './action-item';
import { messages } from './plan-messages';
import './plan.css';

const UNDO_SECONDS = 15;

interface Drag {
  id: string;
  /** Where the dragged action would land if dropped now. */
  to: number;
}

export function ActionPlan({ owner, actions, rubric }: { owner: PlanOwner; actions: Action[]; rubric: Rubric }) {
  const uid = useId();
  const changePlan = useAppStore((s) => s.changePlan);
  const [announcement, setAnnouncement] = useState('');
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  /** After a move or an add, where focus goes once the list has re-rendered. */
  const focusNext = useRef<{ id: string; what: 'move-up' | 'move-down' | 'text' } | null>(null);
  const name = (a: Action) => a.text.trim() || messages.untitled;

  const change = useCallback((fn: (list: Action[]) => Action[]) => changePlan(owner, fn), [changePlan, owner]);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(target.id)}"]`);
    if (!item) return;
    const up = item.querySelector<HTMLButtonElement>('[data-move="up"]');
    const down = item.querySelector<HTMLButtonElement>('[data-move="down"]');
    const wanted = target.what === 'text' ? item.querySelector('textarea') : target.what === 'move-up' ? up : down;
    // A button that became disabled (the action reached an end) hands focus to its neighbour.
    const usable = wanted && !(wanted as HTMLButtonElement).disabled ? wanted : target.what === 'move-up' ? down : up;
    (usable ?? item.querySelector('textarea'))?.focus();
  }, [actions]);

  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => setRemoved(null), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [removed]);

  const onChange = useCallback((id: string, fields: ActionFields) => change((list) => editAction(list, id, fields, localDate(new Date()))), [change]);

  const move = useCallback(
    (id: string, to: number) => {
      const from = actions.findIndex((a) => a.id === id);
      if (from < 0 || to < 0 || to >= actions.length || to === from) return;
      focusNext.current = { id, what: to < from ? 'move-up' : 'move-down' };
      change((list) => moveAction(list, id, to));
      setAnnouncement(messages.moved(name(actions[from]!), to + 1, actions.length));
    },
    [actions, change],
  );

  const remove = useCallback(
    (id: string) => {
      const result = removeAction(actions, id);
      if (!result.removed) return;
      change((list) => removeAction(list, id).actions);
      // The undo notice below is a status: it announces the delete itself.
      setRemoved(result.removed);
    },
    [actions, change],
  );

  const add = () => {
    const action = newAction();
    focusNext.current = { id: action.id, what: 'text' };
    change((list) => [...list, action]);
  };

  /** Dragging by the handle: the action lands where the pointer is, among the others' midpoints. */
  const onDragStart = useCallback(
    (id: string, event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      event.preventDefault();
      const handle = event.currentTarget;
      handle.setPointerCapture?.(event.pointerId);
      const from = actions.findIndex((a) => a.id === id);
      let to = from;
      setDrag({ id, to });
      const onMoveEvent = (e: PointerEvent) => {
        const items = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-action-id]') ?? [])];
        const others = items.filter((el) => el.dataset.actionId !== id);
        to = others.filter((el) => {
          const box = el.getBoundingClientRect();
          return e.clientY > box.top + box.height / 2;
        }).length;
        setDrag({ id, to });
      };
      const onUp = () => {
        handle.removeEventListener('pointermove', onMoveEvent);
        handle.removeEventListener('pointerup', onUp);
        handle.removeEventListener('pointercancel', onUp);
        setDrag(null);
        move(id, to);
      };
      handle.addEventListener('pointermove', onMoveEvent);
      handle.addEventListener('pointerup', onUp);
      handle.addEventListener('pointercancel', onUp);
    },
    [actions, move],
  );

  // While dragging, the list shows the action where it would land.
  const shown = drag ? moveAction(actions, drag.id, drag.to) : actions;

  return (
    <section className="card plan" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.planTitle}</h2>
      <p className="small muted">{messages.planIntro}</p>
      <div role="status" className="undo-slot">
        {removed && (
          <p className="notice">
            {messages.removed(name(removed.action))}{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                const back = removed;
                setRemoved(null);
                focusNext.current = { id: back.action.id, what: 'text' };
                change((list) => restoreAction(list, back));
              }}
            >
              {messages.undo}
            </button>
          </p>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{messages.planEmpty}</p>
      ) : (
        <ol ref={listRef} className="plan-list">
          {shown.map((a, i) => (
            <ActionItem
              key={a.id}
              action={a}
              index={i}
              total={shown.length}
              rubric={rubric}
              dragging={drag?.id === a.id}
              onChange={onChange}
              onMove={move}
              onRemove={remove}
              onDragStart={onDragStart}
            />
          ))}
        </ol>
      )}
      <button type="button" className="button" onClick={add}>
        {messages.addAction}
      </button>
    </section>
  );
}
