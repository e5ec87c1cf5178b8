// The ties part of the map: the form (adding, or editing the tie chosen), the list with edit and
// remove (with an undo), and the spreadsheet import and export.
import { useMemo, useState } from 'react';
import type { NetworkMap, Tie } from '../../core/network-map';
import { nameKey } from '../../core/network-map';
import { removeTie, restoreTie } from '../../core/network-map-edit';
import { hrefFor } from '../../components/router';
import { TIE_KIND_LABELS } from '../../components/network-map-words';
import { CsvPanel } from './csv-panel';
import { FilteredList } from './filtered-list';
import { messages } from './messages';
import { TieForm } from './tie-form';
import { UndoNotice } from './undo-notice';

interface Notice {
  text: string;
  removed?: { tie: Tie; at: number };
}

interface Props {
  map: NetworkMap;
  networkId: string;
  networkName: string;
  save: (map: NetworkMap) => void;
}

export function TiesView({ map, networkId, networkName, save }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const names = useMemo(() => new Map(map.members.map((m) => [m.id, m.name])), [map.members]);
  const nameOf = (id: string) => names.get(id) ?? '';
  const tie = editing === null ? null : (map.ties.find((t) => t.id === editing) ?? null);

  const remove = (t: Tie) => {
    save(removeTie(map, t.id));
    if (editing === t.id) setEditing(null);
    setNotice({ text: messages.tieRemoved(nameOf(t.from), nameOf(t.to)), removed: { tie: t, at: map.ties.indexOf(t) } });
  };

  return (
    <>
      {map.members.length < 2 ? (
        <div className="card">
          <p>{messages.needTwoMembers}</p>
          <a className="button" href={hrefFor({ name: 'network-map', network: networkId, view: 'members' })}>
            {messages.goToMembers}
          </a>
        </div>
      ) : (
        <TieForm
          key={tie?.id ?? 'new'}
          map={map}
          editing={tie}
          onSaved={(next, message) => {
            save(next);
            setNotice({ text: message });
            setEditing(null);
          }}
          onCancel={tie ? () => setEditing(null) : undefined}
        />
      )}
      <UndoNotice notice={notice} onUndo={(r) => save(restoreTie(map, r.tie, r.at))} onDone={() => setNotice(null)} />
      <section className="card" aria-labelledby="map-ties-title">
        <h2 id="map-ties-title">{messages.tiesTitle(map.ties.length)}</h2>
        {map.ties.length === 0 ? (
          <p className="muted">{messages.noTies}</p>
        ) : (
          <FilteredList
            items={map.ties}
            keyOf={(t) => t.id}
            textOf={(t) => `${nameKey(nameOf(t.from))}\n${nameKey(nameOf(t.to))}`}
            render={(t) => {
              const [a, b] = [nameOf(t.from), nameOf(t.to)];
              return (
                <li className="map-item">
                  <div className="map-item__text">
                    <strong className="user-text">{messages.tieBetween(a, b)}</strong>
                    <span className="small muted">
                      {[
                        t.kinds.map((k) => TIE_KIND_LABELS[k]).join(', '),
                        t.written ? messages.inWriting : messages.notInWriting,
                        t.since === undefined ? '' : messages.sinceYear(t.since),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </div>
                  <div className="map-item__actions">
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={messages.editTieLabel(a, b)}
                      onClick={() => {
                        setEditing(t.id);
                        window.scrollTo?.({ top: 0 });
                      }}
                    >
                      {messages.edit}
                    </button>
                    <button type="button" className="button button--secondary" aria-label={messages.removeTieLabel(a, b)} onClick={() => remove(t)}>
                      {messages.remove}
                    </button>
                  </div>
                </li>
              );
            }}
          />
        )}
      </section>
      <CsvPanel what="ties" map={map} networkName={networkName} save={save} />
    </>
  );
}
