// The network map route (#/n/<network id>/map/…): the network's name and size, a row of tab-like
// links to its parts — members, ties, drawing, measures, matches — and the part on view. One part per
// screen keeps a phone calm; every change is saved as it is made.
import { useEffect, useMemo, useRef } from 'react';
import { createNetworkMap } from '../../core/network-map';
import type { NetworkMap } from '../../core/network-map';
import { hrefFor, MAP_VIEWS } from '../../components/router';
import type { MapView } from '../../components/router';
import { useMapReady, useNetworkMap } from '../../components/use-network-map';
import { useAppStore } from '../../store/store';
import { DrawingView } from './drawing-view';
import { MatchesView } from './matches-view';
import { MeasuresView } from './measures-view';
import { MembersView } from './members-view';
import { messages } from './messages';
import { TiesView } from './ties-view';
import './network-map.css';

function MapNav({ networkId, current }: { networkId: string; current: MapView }) {
  return (
    <nav className="map-nav" aria-label={messages.navLabel}>
      <ul>
        {MAP_VIEWS.map((view) => (
          <li key={view}>
            <a href={hrefFor({ name: 'network-map', network: networkId, view })} aria-current={view === current ? 'page' : undefined}>
              {messages.views[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default function NetworkMapPage({ networkId, view }: { networkId: string; view: MapView }) {
  const network = useAppStore((s) => (Object.hasOwn(s.networks, networkId) ? s.networks[networkId]! : null));
  const stored = useNetworkMap(networkId);
  const ready = useMapReady(networkId);
  const saveNetworkMap = useAppStore((s) => s.saveNetworkMap);
  // A network without a map yet shows an empty one; it is saved with the first change.
  const empty = useMemo(() => createNetworkMap(networkId), [networkId]);
  const map = stored ?? empty;
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    window.scrollTo?.({ top: 0 });
    titleRef.current?.focus();
  }, [networkId, view]);

  if (!ready) return <p className="page">{messages.loading}</p>;
  if (!network && !stored) {
    return (
      <div className="page">
        <h1 tabIndex={-1}>{messages.notOnDevice}</h1>
        <p>{messages.notOnDeviceText}</p>
        <a className="button" href={hrefFor({ name: 'home' })}>
          {messages.goHome}
        </a>
      </div>
    );
  }
  const name = network?.name ?? '';
  const save = (next: NetworkMap) => saveNetworkMap(next);

  return (
    <div className="page page--map">
      <header className="step-header">
        <p className="eyebrow">{messages.eyebrow}</p>
        <h1 ref={titleRef} tabIndex={-1} className="step-title user-text">
          {name || messages.unnamed}
        </h1>
        <p className="lead">{messages.lead}</p>
        <p className="small">{messages.summary(map.members.length, map.ties.length)}</p>
      </header>
      <MapNav networkId={networkId} current={view} />
      {view === 'members' && <MembersView map={map} networkName={name} save={save} />}
      {view === 'ties' && <TiesView map={map} networkId={networkId} networkName={name} save={save} />}
      {view === 'drawing' && <DrawingView map={map} networkName={name} />}
      {view === 'measures' && <MeasuresView map={map} />}
      {view === 'matches' && <MatchesView map={map} networkId={networkId} />}
    </div>
  );
}
