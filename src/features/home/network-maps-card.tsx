// The start page's way into network maps: each network on this device with its map's size and a
// "Network map" link, and a name field to map a network before (or without) assessing it. Loaded
// after the first screen.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MAX_NAME_LENGTH } from '../../core/assessment';
import { createNetworkMap } from '../../core/network-map';
import { hrefFor, navigate } from '../../components/router';
import { useAppStore } from '../../store/store';
import { mapCardMessages as m } from './network-maps-messages';

export default function NetworkMapsCard() {
  const uid = useId();
  const networks = useAppStore(useShallow((s) => Object.values(s.networks)));
  const maps = useAppStore((s) => s.networkMaps);
  const start = useAppStore((s) => s.startNetworkMap);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sorted = [...networks].sort((a, b) => a.name.localeCompare(b.name));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') {
      setError(m.nameRequired);
      document.getElementById(`${uid}-name`)?.focus();
      return;
    }
    const networkId = start(name, createNetworkMap);
    navigate({ name: 'network-map', network: networkId, view: 'members' });
  };

  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{m.title}</h2>
      <p>{m.text}</p>
      {sorted.length > 0 && (
        <ul className="saved-list">
          {sorted.map((n) => {
            const map = Object.hasOwn(maps, n.id) ? maps[n.id] : undefined;
            return (
              <li key={n.id} className="saved-item">
                <div>
                  <strong id={`${uid}-${n.id}`} className="user-text">
                    {n.name || m.unnamed}
                  </strong>
                  <span className="small muted saved-item__meta">{map ? m.size(map.members.length, map.ties.length) : m.notMapped}</span>
                </div>
                <a className="button button--secondary" href={hrefFor({ name: 'network-map', network: n.id, view: 'members' })} aria-describedby={`${uid}-${n.id}`}>
                  {m.open}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={submit} noValidate aria-labelledby={`${uid}-new`}>
        <h3 id={`${uid}-new`}>{m.newTitle}</h3>
        <div className="field">
          <label htmlFor={`${uid}-name`}>{m.nameLabel}</label>
          <input
            id={`${uid}-name`}
            type="text"
            autoComplete="organization"
            maxLength={MAX_NAME_LENGTH}
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${uid}-error` : `${uid}-hint`}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
          {error ? (
            <p id={`${uid}-error`} className="field__error">
              {error}
            </p>
          ) : (
            <p id={`${uid}-hint`} className="field__hint">
              {m.nameHint}
            </p>
          )}
        </div>
        <button type="submit" className="button button--secondary">
          {m.start}
        </button>
      </form>
    </section>
  );
}
