// "What we ask the board to decide": optional words for the board, printed on the report's summary page.
import { useId } from 'react';
import { MAX_BOARD_ASK } from '../../core/action';
import type { PlanOwner } from '../../store/plans-slice';
import { useAppStore } from '../../store/store';
import { formatCount } from '../format';
import { messages } from './plan-messages';

export function BoardAsk({ owner, text }: { owner: PlanOwner; text: string }) {
  const uid = useId();
  const setBoardAsk = useAppStore((s) => s.setBoardAsk);
  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>
        <label htmlFor={`${uid}-text`}>{messages.boardTitle}</label>
      </h2>
      <p id={`${uid}-hint`} className="field__hint">
        {messages.boardHint}
      </p>
      <div className="field">
        <textarea
          id={`${uid}-text`}
          rows={3}
          maxLength={MAX_BOARD_ASK}
          value={text}
          aria-describedby={`${uid}-hint ${uid}-count`}
          onChange={(e) => setBoardAsk(owner, e.target.value)}
        />
        <p id={`${uid}-count`} className="field__hint">
          {messages.charactersLeft(formatCount(MAX_BOARD_ASK - text.length))}
        </p>
      </div>
    </section>
  );
}
