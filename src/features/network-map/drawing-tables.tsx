// What the drawing shows, as two tables a screen reader (or a printer) can read: each member with its
// kind, sector, size and number of ties; each tie with its kinds, whether in writing, and since when.
// On a large map they open on request, so the drawing's screen stays quick.
import { useState } from 'react';
import type { NetworkMap } from '../../core/network-map';
import { LABEL_LIMIT } from '../../core/network-drawing';
import { formatCount } from '../../components/format';
import { MEMBER_KIND_LABELS, TIE_KIND_LABELS, sectorOf } from '../../components/network-map-words';
import { messages } from './messages';

interface Props {
  map: NetworkMap;
  nameOf: (id: string) => string;
  degreeOf: (id: string) => number;
}

export function DrawingTables({ map, nameOf, degreeOf }: Props) {
  const small = map.members.length <= LABEL_LIMIT;
  const [open, setOpen] = useState(small);
  return (
    <details className="card" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 className="summary-heading">{messages.tablesTitle}</h2>
      </summary>
      {open && (
        <>
          <div className="table-scroll">
            <table className="score-table map-table map-table--stack">
              <caption>{messages.membersTable}</caption>
              <thead>
                <tr>
                  <th scope="col">{messages.colName}</th>
                  <th scope="col">{messages.colKind}</th>
                  <th scope="col">{messages.colSector}</th>
                  <th scope="col" className="num">
                    {messages.colSize}
                  </th>
                  <th scope="col" className="num">
                    {messages.colTies}
                  </th>
                </tr>
              </thead>
              <tbody>
                {map.members.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      {m.name}
                    </th>
                    <td data-label={messages.colKind}>{MEMBER_KIND_LABELS[m.kind]}</td>
                    <td data-label={messages.colSector}>{sectorOf(m)}</td>
                    <td data-label={messages.colSize} className="num">
                      {m.size === undefined ? '—' : formatCount(m.size)}
                    </td>
                    <td data-label={messages.colTies} className="num">
                      {formatCount(degreeOf(m.id))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {map.ties.length > 0 && (
            <div className="table-scroll">
              <table className="score-table map-table map-table--stack">
                <caption>{messages.tiesTable}</caption>
                <thead>
                  <tr>
                    <th scope="col">{messages.colPair}</th>
                    <th scope="col">{messages.colKinds}</th>
                    <th scope="col">{messages.colWritten}</th>
                    <th scope="col" className="num">
                      {messages.colSince}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {map.ties.map((t) => (
                    <tr key={t.id}>
                      <th scope="row">
                        {messages.tieBetween(nameOf(t.from), nameOf(t.to))}
                      </th>
                      <td data-label={messages.colKinds}>{t.kinds.map((k) => TIE_KIND_LABELS[k]).join(', ')}</td>
                      <td data-label={messages.colWritten}>{t.written ? messages.yes : messages.no}</td>
                      <td data-label={messages.colSince} className="num">
                        {t.since ?? '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </details>
  );
}
