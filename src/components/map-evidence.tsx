// "From your network map": the map's facts beside the questions it informs (in the questionnaire) and
// beside the principles they inform (on the results). Loaded only when the network has a map; the
// answer stays the user's choice: the line only informs.
import { useMemo } from 'react';
import { MAP_EVIDENCE, mapEvidence } from '../core/network-evidence';
import { measureNetwork } from '../core/network-measures';
import type { NetworkMeasures } from '../core/network-measures';
import type { NetworkMap } from '../core/network-map';
import type { Rubric } from '../core/rubric-schema';
import { mapWords } from '../export/map-words';
import { mapEvidenceMessages as m } from './map-evidence-messages';
import { hrefFor } from './router';
import { useNetworkMap } from './use-network-map';
import './map-evidence.css';

const words = mapWords();

/** Measures once per map, however many questions ask: the store gives a new map object on every change. */
const measured = new WeakMap<NetworkMap, NetworkMeasures>();
function measuresOf(map: NetworkMap): NetworkMeasures {
  let found = measured.get(map);
  if (!found) measured.set(map, (found = measureNetwork(map)));
  return found;
}

function useEvidence(networkId: string) {
  const map = useNetworkMap(networkId);
  return useMemo(() => {
    if (!map || map.members.length === 0) return null;
    const names = new Map(map.members.map((x) => [x.id, x.name]));
    const nameOf = (id: string) => names.get(id) ?? '';
    const measures = measuresOf(map);
    return (indicatorId: string) => words.evidence(mapEvidence(map, indicatorId, measures), nameOf);
  }, [map]);
}

/** The line under one question, or nothing when the map says nothing about it. */
export default function MapEvidenceNote({ networkId, indicatorId }: { networkId: string; indicatorId: string }) {
  const evidence = useEvidence(networkId);
  const text = evidence?.(indicatorId);
  if (!text) return null;
  return <p className="map-evidence">{text}</p>;
}

/** On the results: each principle the map informs, its questions and their lines. */
export function MapEvidenceCard({ networkId, rubric }: { networkId: string; rubric: Rubric }) {
  const evidence = useEvidence(networkId);
  if (!evidence) return null;
  const principles = rubric.principles
    .map((p) => ({
      principle: p,
      lines: p.indicators.filter((i) => Object.hasOwn(MAP_EVIDENCE, i.id)).map((i) => ({ id: i.id, question: i.question, text: evidence(i.id) })).filter((l) => l.text),
    }))
    .filter((p) => p.lines.length > 0);
  if (principles.length === 0) return null;
  return (
    <section className="card" aria-labelledby="map-evidence-title">
      <h2 id="map-evidence-title">{m.cardTitle}</h2>
      <p className="small muted">{m.cardIntro}</p>
      {principles.map(({ principle, lines }) => (
        <div key={principle.id} className="map-evidence-group">
          <h3>{principle.title}</h3>
          <ul className="map-evidence-list">
            {lines.map((l) => (
              <li key={l.id}>
                <span className="map-evidence-list__question">{l.question}</span>
                <span className="map-evidence">{l.text}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <a className="button button--secondary" href={hrefFor({ name: 'network-map', network: networkId, view: 'members' })}>
        {m.openMap}
      </a>
    </section>
  );
}
