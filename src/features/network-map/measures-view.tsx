// The measures table in plain words with the terms kept, and the counts by sector and by kind.
import { useMemo } from 'react';
import type { NetworkMap } from '../../core/network-map';
import { measureNetwork } from '../../core/network-measures';
import { messages } from './messages';
import { words } from './words';

export function MeasuresView({ map }: { map: NetworkMap }) {
  const measures = useMemo(() => measureNetwork(map), [map]);
  const names = useMemo(() => new Map(map.members.map((m) => [m.id, m.name])), [map.members]);
  const nameOf = (id: string) => names.get(id) ?? '';
  if (map.members.length === 0) return <p className="card muted">{messages.measuresEmpty}</p>;
  const counts = (title: string, rows: { label: string; count: string; share: string }[]) => (
    <div className="table-scroll">
      <table className="score-table map-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{title === messages.bySector ? messages.colSector : messages.colKind}</th>
            <th scope="col" className="num">
              {messages.colCount}
            </th>
            <th scope="col" className="num">
              {messages.colShare}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.count}</td>
              <td className="num">{r.share}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section className="card" aria-labelledby="map-measures-title">
      <h2 id="map-measures-title">{messages.measuresTitle}</h2>
      <p className="small muted">{messages.measuresIntro}</p>
      <div className="table-scroll">
        <table className="score-table map-table measures-table">
          <caption>{messages.measuresCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.colMeasure}</th>
              <th scope="col">{messages.colValue}</th>
              <th scope="col">{messages.colMeaning}</th>
            </tr>
          </thead>
          <tbody>
            {words.measureRows(measures, nameOf).map((row) => (
              <tr key={row.term}>
                <th scope="row">{row.term}</th>
                <td className="measures-table__value">{row.value}</td>
                <td className="small">{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="two-up">
        {counts(messages.bySector, words.sectorCounts(measures))}
        {counts(messages.byKind, words.kindCounts(measures))}
      </div>
    </section>
  );
}
