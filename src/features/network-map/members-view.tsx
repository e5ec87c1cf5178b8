// The members part of the map: the form (adding, or editing the member chosen), the list with edit
// and remove (with an undo), and the spreadsheet import and export.
import { useMemo, useState } from 'react';
import type { NetworkMap } from '../../core/network-map';
import { nameKey } from '../../core/network-map';
import { removeMember, removedMember, restoreMember } from '../../core/network-map-edit';
import type { RemovedMember } from '../../core/network-map-edit';
import { formatCount } from '../../components/format';
import { CATEGORY_LABELS, MEMBER_KIND_LABELS, sectorOf } from '../../components/network-map-words';
import { CsvPanel } from './csv-panel';
import { MemberForm } from './member-form';
import { messages } from './messages';
import { FilteredList } from './filtered-list';
import { UndoNotice } from './undo-notice';

interface Notice {
  text: string;
  removed?: RemovedMember;
}

interface Props {
  map: NetworkMap;
  networkName: string;
  save: (map: NetworkMap) => void;
}

export function MembersView({ map, networkName, save }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const t of map.ties) for (const id of [t.from, t.to]) d.set(id, (d.get(id) ?? 0) + 1);
    return d;
  }, [map.ties]);
  const member = editing === null ? null : (map.members.find((m) => m.id === editing) ?? null);

  const remove = (id: string) => {
    const gone = removedMember(map, id);
    if (!gone) return;
    save(removeMember(map, id));
    if (editing === id) setEditing(null);
    setNotice({ text: messages.memberRemoved(gone.member.name, gone.ties.length), removed: gone });
  };

  return (
    <>
      <MemberForm
        key={member?.id ?? 'new'}
        map={map}
        editing={member}
        onSaved={(next, _id, message) => {
          save(next);
          setNotice({ text: message });
          setEditing(null);
        }}
        onCancel={member ? () => setEditing(null) : undefined}
      />
      <UndoNotice notice={notice} onUndo={(gone) => save(restoreMember(map, gone))} onDone={() => setNotice(null)} />
      <section className="card" aria-labelledby="map-members-title">
        <h2 id="map-members-title">{messages.membersTitle(map.members.length)}</h2>
        {map.members.length === 0 ? (
          <p className="muted">{messages.noMembers}</p>
        ) : (
          <FilteredList
            items={map.members}
            keyOf={(m) => m.id}
            textOf={(m) => nameKey(m.name)}
            render={(m) => (
              <li className="map-item">
                <div className="map-item__text">
                  <strong className="user-text">{m.name}</strong>
                  <span className="small muted">
                    {[
                      MEMBER_KIND_LABELS[m.kind],
                      sectorOf(m),
                      m.place,
                      m.size === undefined ? '' : messages.sizeShort(formatCount(m.size)),
                      m.founded === undefined ? '' : messages.foundedShort(m.founded),
                      messages.tiesCount(degree.get(m.id) ?? 0),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  {m.needs.length > 0 && (
                    <span className="small">
                      <strong>{messages.needsShort}:</strong> {m.needs.map((e) => (e.text ? `${CATEGORY_LABELS[e.category]} (${e.text})` : CATEGORY_LABELS[e.category])).join('; ')}
                    </span>
                  )}
                  {m.offers.length > 0 && (
                    <span className="small">
                      <strong>{messages.offersShort}:</strong> {m.offers.map((e) => (e.text ? `${CATEGORY_LABELS[e.category]} (${e.text})` : CATEGORY_LABELS[e.category])).join('; ')}
                    </span>
                  )}
                </div>
                <div className="map-item__actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={messages.editLabel(m.name)}
                    onClick={() => {
                      setEditing(m.id);
                      window.scrollTo?.({ top: 0 });
                    }}
                  >
                    {messages.edit}
                  </button>
                  <button type="button" className="button button--secondary" aria-label={messages.removeMemberLabel(m.name)} onClick={() => remove(m.id)}>
                    {messages.remove}
                  </button>
                </div>
              </li>
            )}
          />
        )}
      </section>
      <CsvPanel what="members" map={map} networkName={networkName} save={save} />
    </>
  );
}
