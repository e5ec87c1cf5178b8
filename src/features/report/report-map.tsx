// The network map in the print view: the drawing (laid out in the map's worker), its legend, the
// measures and the top matches, the PDF map page's facts in the same words. Loaded only when the
// network has a map with members.
import { useEffect, useMemo, useState } from 'react';
import { drawMap, kindsPresent } from '../../core/network-drawing';
import type { MapLayout } from '../../core/network-layout';
import type { NetworkMap } from '../../core/network-map';
import { layoutMap } from '../../components/map-layout';
import { DrawingLegend, NetworkDrawing } from '../../components/network-drawing';
import { drawingWords } from '../../components/network-map-words';
import { mapReportFacts } from '../../export/map-report';
import { mapReportText as t } from '../../export/map-report-text';

export default function ReportMap({ map, networkName }: { map: NetworkMap; networkName: string }) {
  const [layout, setLayout] = useState<MapLayout | null>(null);
  useEffect(() => {
    let live = true;
    layoutMap(map).then(
      (l) => live && setLayout(l),
      () => live && setLayout(null),
    );
    return () => {
      live = false;
    };
  }, [map]);
  const facts = useMemo(() => mapReportFacts(map), [map]);
  const drawing = useMemo(() => (layout ? drawMap(map, layout) : null), [map, layout]);
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const tie of map.ties) for (const id of [tie.from, tie.to]) d.set(id, (d.get(id) ?? 0) + 1);
    return d;
  }, [map.ties]);

  return (
    <section className="report-section report-section--break" aria-labelledby="report-map-title">
      <h2 id="report-map-title">{t.title}</h2>
      <p>{facts.summary}</p>
      {drawing && (
        <NetworkDrawing
          className="report-map__drawing"
          drawing={drawing}
          nameOf={facts.nameOf}
          degreeOf={(id) => degree.get(id) ?? 0}
          title={drawingWords.drawingOf(networkName, map.members.length, map.ties.length)}
        />
      )}
      <DrawingLegend kinds={kindsPresent(map)} />
      <h3>{t.measures}</h3>
      <table className="score-table">
        <thead>
          <tr>
            <th scope="col">{t.colMeasure}</th>
            <th scope="col">{t.colValue}</th>
            <th scope="col">{t.colMeaning}</th>
          </tr>
        </thead>
        <tbody>
          {facts.measures.map((row) => (
            <tr key={row.term}>
              <th scope="row">{row.term}</th>
              <td className="user-text">{row.value}</td>
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.matches}</h3>
      {facts.matches.length > 0 && (
        <ul>
          {facts.matches.map((m) => (
            <li key={m} className="user-text">
              {m}
            </li>
          ))}
        </ul>
      )}
      {facts.matchesNote && <p className="small">{facts.matchesNote}</p>}
    </section>
  );
}
