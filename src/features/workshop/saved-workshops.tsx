// The other workshops kept in this browser, newest change first, each one click from being opened.
import { useShallow } from 'zustand/react/shallow';
import { formatDateTime, formatDay } from '../../components/format';
import type { Workshop } from '../../core/workshop';
import type { AppState } from '../../store/store';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

const selectOthers = (s: AppState): Workshop[] =>
  Object.values(s.workshops)
    .filter((w) => w.id !== s.activeWorkshopId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

export function SavedWorkshops() {
  const others = useAppStore(useShallow(selectOthers));
  const open = useAppStore((s) => s.openWorkshop);
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
                <button type="button" className="button button--secondary" aria-label={messages.openWorkshopLabel(name)} onClick={() => open(w.id)}>
                  {messages.openWorkshop}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
