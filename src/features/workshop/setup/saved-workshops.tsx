// The other workshops kept in this browser, newest change first, each one link away (its own address).
import { useShallow } from 'zustand/react/shallow';
import { formatDateTime, formatDay } from '../../../components/format';
import { hrefFor } from '../../../components/router';
import type { Workshop } from '../../../core/workshop';
import type { AppState } from '../../../store/store';
import { useAppStore } from '../../../store/store';
import { messages } from '../messages';

const selectOthers = (exceptId: string | undefined) => (s: AppState): Workshop[] =>
  Object.values(s.workshops)
    .filter((w) => w.id !== exceptId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

/** `exceptId`: the workshop on screen, not listed among the others. */
export function SavedWorkshops({ exceptId }: { exceptId?: string }) {
  const others = useAppStore(useShallow(selectOthers(exceptId)));
  if (others.length === 0) return null;
  return (
    <section className="card" aria-labelledby="saved-workshops-title">
      <h2 id="saved-workshops-title">{messages.savedTitle}</h2>
      <ul className="saved-list">
        {others.map((w) => {
          const name = w.networkName || messages.unnamedWorkshop;
          return (
            <li key={w.id} className="saved-item">
              <div className="saved-item__text">
                <strong className="user-text">{name}</strong> <span>{formatDay(w.date)}</span>
                <span className="small muted saved-item__meta">
                  {messages.ballotCount(w.ballots.length)} · {messages.updated(formatDateTime(w.updatedAt))}
                </span>
              </div>
              <div className="saved-item__actions">
                <a
                  className="button button--secondary"
                  aria-label={messages.openWorkshopLabel(name)}
                  href={hrefFor({ name: 'workshop', id: w.id, view: 'overview' })}
                >
                  {messages.openWorkshop}
                </a>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
