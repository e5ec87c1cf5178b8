// The drawing of the map, laid out in a Web Worker, with pan and zoom (buttons, mouse wheel, a drag
// or two fingers, and the keyboard), its legend, and the same facts as tables.
import { useEffect, useMemo, useState } from 'react';
import { drawMap, kindsPresent } from '../../core/network-drawing';
import type { MapLayout } from '../../core/network-layout';
import type { NetworkMap } from '../../core/network-map';
import { layoutMap } from '../../components/map-layout';
import { DrawingLegend, NetworkDrawing } from '../../components/network-drawing';
import { drawingWords } from '../../components/network-map-words';
import { DrawingTables } from './drawing-tables';
import { messages } from './messages';
import { PanZoom } from './pan-zoom';

type Laid = { map: NetworkMap; layout: MapLayout } | { map: NetworkMap; error: string };

export function DrawingView({ map, networkName }: { map: NetworkMap; networkName: string }) {
  const [laid, setLaid] = useState<Laid | null>(null);
  useEffect(() => {
    let live = true;
    layoutMap(map).then(
      (layout) => live && setLaid({ map, layout }),
      (e: unknown) => live && setLaid({ map, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [map]);
  // The last drawing stays on view while a changed map is laid out again.
  const layout = laid && 'layout' in laid ? laid.layout : null;
  const drawing = useMemo(() => (layout ? drawMap(map, layout) : null), [map, layout]);
  const names = useMemo(() => new Map(map.members.map((m) => [m.id, m.name])), [map.members]);
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const t of map.ties) for (const id of [t.from, t.to]) d.set(id, (d.get(id) ?? 0) + 1);
    return d;
  }, [map.ties]);
  const nameOf = (id: string) => names.get(id) ?? '';
  const degreeOf = (id: string) => degree.get(id) ?? 0;

  if (map.members.length === 0) return <p className="card muted">{messages.drawingEmpty}</p>;
  return (
    <>
      <section className="card" aria-labelledby="map-drawing-title">
        <h2 id="map-drawing-title">{messages.drawingTitle}</h2>
        <p className="small muted">{messages.drawingIntro}</p>
        {laid && 'error' in laid && <p className="notice notice--error">{messages.drawingFailed(laid.error)}</p>}
        {drawing ? (
          <PanZoom width={drawing.width} height={drawing.height}>
            {(viewBox) => (
              <NetworkDrawing
                className="network-drawing"
                drawing={drawing}
                viewBox={viewBox}
                nameOf={nameOf}
                degreeOf={degreeOf}
                title={drawingWords.drawingOf(networkName, map.members.length, map.ties.length)}
              />
            )}
          </PanZoom>
        ) : (
          !(laid && 'error' in laid) && <p role="status" className="small muted">{messages.drawingWorking}</p>
        )}
        <DrawingLegend kinds={kindsPresent(map)} />
      </section>
      <DrawingTables map={map} nameOf={nameOf} degreeOf={degreeOf} />
    </>
  );
}
