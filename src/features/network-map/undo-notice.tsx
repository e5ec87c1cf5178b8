// What the last change did, announced politely, with an Undo for a removal that lasts a few seconds.
import { useEffect, useEffectEvent } from 'react';
import { messages } from './messages';

const UNDO_SECONDS = 15;

interface Props<R> {
  notice: { text: string; removed?: R } | null;
  onUndo: (removed: R) => void;
  onDone: () => void;
}

export function UndoNotice<R>({ notice, onUndo, onDone }: Props<R>) {
  const removed = notice?.removed;
  const expire = useEffectEvent(onDone);
  useEffect(() => {
    if (removed === undefined) return;
    const timer = setTimeout(() => expire(), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [removed]);
  return (
    <div role="status" className="undo-slot">
      {notice && (
        <p className="notice">
          {notice.text}{' '}
          {removed !== undefined && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onUndo(removed);
                onDone();
              }}
            >
              {messages.undo}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
