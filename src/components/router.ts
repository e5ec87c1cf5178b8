// A small hash router: the app is static and must work from any folder and offline,
// so routes live in the URL fragment and never reach a server.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'step'; step: string }
  | { name: 'results' }
  | { name: 'report' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/results') return { name: 'results' };
  if (path === '/report') return { name: 'report' };
  const step = /^\/assess\/([a-z0-9-]+)$/.exec(path);
  if (step?.[1]) return { name: 'step', step: step[1] };
  return { name: 'not-found', path };
}

export function hrefFor(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'results':
      return '#/results';
    case 'report':
      return '#/report';
    case 'step':
      return `#/assess/${route.step}`;
  }
}

export function navigate(route: Exclude<Route, { name: 'not-found' }>): void {
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
