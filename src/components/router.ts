// A small hash router: the app is static and must work from any folder and offline,
// so routes live in the URL fragment and never reach a server. Ballot and invitation links carry
// their data in the fragment too, so it is never sent to any host.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'step'; step: string }
  | { name: 'results' }
  | { name: 'report' }
  | { name: 'workshop-report' }
  | { name: 'trend'; network: string }
  | { name: 'workshop'; view: string }
  | { name: 'join'; code: string }
  | { name: 'ballot'; code: string }
  | { name: 'not-found'; path: string };

export type KnownRoute = Exclude<Route, { name: 'not-found' }>;

const SIMPLE: Record<string, KnownRoute> = {
  '/': { name: 'home' },
  '/results': { name: 'results' },
  '/report': { name: 'report' },
  '/workshop-report': { name: 'workshop-report' },
  '/workshop': { name: 'workshop', view: 'setup' },
};

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const simple = SIMPLE[path];
  if (simple) return simple;
  const match = /^\/(assess|workshop|join|ballot|trend)\/(.+)$/.exec(path);
  const [, kind, rest] = match ?? [];
  if (kind && rest) {
    if (kind === 'assess' && /^[a-z0-9-]+$/.test(rest)) return { name: 'step', step: rest };
    if (kind === 'workshop' && /^[a-z0-9-]+$/.test(rest)) return { name: 'workshop', view: rest };
    if (kind === 'join') return { name: 'join', code: rest };
    if (kind === 'ballot') return { name: 'ballot', code: rest };
    const network = kind === 'trend' ? decode(rest) : null;
    if (network !== null) return { name: 'trend', network };
  }
  return { name: 'not-found', path };
}

export function hrefFor(route: KnownRoute): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'results':
      return '#/results';
    case 'report':
      return '#/report';
    case 'workshop-report':
      return '#/workshop-report';
    case 'step':
      return `#/assess/${route.step}`;
    case 'trend':
      return `#/trend/${encodeURIComponent(route.network)}`;
    case 'workshop':
      return `#/workshop/${route.view}`;
    case 'join':
      return `#/join/${route.code}`;
    case 'ballot':
      return `#/ballot/${route.code}`;
  }
}

export function navigate(route: KnownRoute): void {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.hash = href;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
