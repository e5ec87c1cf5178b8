// A small hash router: the app is static and must work from any folder and offline, so routes live
// in the URL fragment and never reach a server. Each assessment and workshop has its own address
// (#/a/<id>/…, #/w/<id>/…), so a screen can be bookmarked and two tabs can hold two of them; a
// network's screens go by its id (#/n/<id>/trend, #/n/<id>/map/…), and the old #/trend/<name> finds
// it by name.
// Ballot and invitation links carry their data in the fragment too, so it is never sent to any host;
// their form (#/join/…, #/ballot/…) is out in the world and must not change.
import { useMemo, useSyncExternalStore } from 'react';

/** The workshop's screens, in the order its navigation shows them; 'pass' is the hand-round mode. */
export const WORKSHOP_VIEWS = ['overview', 'collect', 'tally', 'picture', 'agree', 'groups', 'present', 'pass'] as const;
export type WorkshopView = (typeof WORKSHOP_VIEWS)[number];

export type AssessmentRoute =
  /** `question`: with one question at a time, which question of the step (counted from 1). */
  | { name: 'step'; id: string; step: string; question?: number }
  | { name: 'results'; id: string }
  | { name: 'report'; id: string };

export type WorkshopRoute =
  /** `indicator` only with the 'agree' view: the item to open and focus. */
  | { name: 'workshop'; id: string; view: WorkshopView; indicator?: string }
  | { name: 'workshop-report'; id: string };

/** The map screen's parts, in the order its tabs show them; 'members' is the map's own address. */
export const MAP_VIEWS = ['members', 'ties', 'drawing', 'measures', 'matches'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never;

/** An address of an earlier version, without an id: it meant "the one open on this device". */
export interface LegacyRoute {
  name: 'legacy';
  route: WithoutId<AssessmentRoute | WorkshopRoute>;
}

/** Every address the app itself links to. */
export type AppRoute =
  | { name: 'home' }
  | AssessmentRoute
  | { name: 'workshop-new' }
  | WorkshopRoute
  | { name: 'network-trend'; networkId: string }
  /** `network` is the network's id. */
  | { name: 'network-map'; network: string; view: MapView }
  | { name: 'join'; code: string }
  | { name: 'ballot'; code: string };

/** The trend's address before networks had ids: the network's name, found again by the name rule. */
export interface TrendByName {
  name: 'trend-by-name';
  network: string;
}

export type Route = AppRoute | LegacyRoute | TrendByName | { name: 'not-found'; path: string };

const STEP = /^[a-z0-9-]+$/;
const QUESTION = /^[1-9]\d{0,2}$/;

function decode(part: string | undefined): string | null {
  if (part === undefined || part === '') return null;
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function workshopView(view: string | undefined): WorkshopView | null {
  return WORKSHOP_VIEWS.find((v) => v === view) ?? null;
}

function assessmentRoute(id: string, rest: string[]): AssessmentRoute | null {
  const [screen, step, ...extra] = rest;
  if (screen === 'results' && step === undefined) return { name: 'results', id };
  if (screen === 'report' && step === undefined) return { name: 'report', id };
  if (screen === 'step' && step !== undefined && STEP.test(step)) {
    if (extra.length === 0) return { name: 'step', id, step };
    if (extra.length === 1 && QUESTION.test(extra[0]!)) return { name: 'step', id, step, question: Number(extra[0]) };
  }
  return null;
}

function workshopRoute(id: string, rest: string[]): WorkshopRoute | null {
  const [screen, item, ...extra] = rest;
  if (extra.length > 0) return null;
  if (screen === undefined) return { name: 'workshop', id, view: 'overview' };
  if (screen === 'report' && item === undefined) return { name: 'workshop-report', id };
  const view = workshopView(screen);
  if (!view) return null;
  if (item === undefined) return { name: 'workshop', id, view };
  const indicator = view === 'agree' ? decode(item) : null;
  return indicator === null ? null : { name: 'workshop', id, view, indicator };
}

/** Addresses of the version before each assessment had its own: #/results, #/assess/<step>, … */
function legacyRoute(path: string): LegacyRoute | null {
  const simple: Record<string, LegacyRoute['route']> = {
    '/results': { name: 'results' },
    '/report': { name: 'report' },
    '/workshop-report': { name: 'workshop-report' },
    '/workshop': { name: 'workshop', view: 'overview' },
    '/workshop/setup': { name: 'workshop', view: 'overview' },
  };
  if (Object.hasOwn(simple, path)) return { name: 'legacy', route: simple[path]! };
  const step = /^\/assess\/([a-z0-9-]+)$/.exec(path)?.[1];
  if (step) return { name: 'legacy', route: { name: 'step', step } };
  const old = /^\/workshop\/([a-z0-9-]+)$/.exec(path)?.[1];
  if (!old) return null;
  const indicator = /^agree-(.+)$/.exec(old)?.[1];
  if (indicator) return { name: 'legacy', route: { name: 'workshop', view: 'agree', indicator } };
  const view = workshopView(old);
  return view ? { name: 'legacy', route: { name: 'workshop', view } } : null;
}

/** Reads an address; anything it does not know is 'not-found', never an error. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/w/new') return { name: 'workshop-new' };
  const carried = /^\/(join|ballot|trend)\/([^]+)$/.exec(path);
  if (carried) {
    const [, kind, rest] = carried as unknown as [string, 'join' | 'ballot' | 'trend', string];
    if (kind !== 'trend') return { name: kind, code: rest };
    const network = decode(rest);
    if (network !== null) return { name: 'trend-by-name', network };
  }
  const networkTrend = /^\/n\/([^/]+)\/trend$/.exec(path);
  if (networkTrend) {
    const networkId = decode(networkTrend[1]);
    if (networkId !== null) return { name: 'network-trend', networkId };
  }
  const [empty, kind, rawId, ...rest] = path.split('/');
  const id = decode(rawId);
  if (empty === '' && id !== null && kind === 'n' && rest[0] === 'map' && rest.length <= 2) {
    const view = rest[1] === undefined ? 'members' : MAP_VIEWS.find((v) => v === rest[1] && v !== 'members');
    if (view) return { name: 'network-map', network: id, view };
  }
  if (empty === '' && id !== null && (kind === 'a' || kind === 'w')) {
    const route = kind === 'a' ? assessmentRoute(id, rest) : workshopRoute(id, rest);
    if (route) return route;
  }
  return legacyRoute(path) ?? { name: 'not-found', path };
}

/** Percent-encodes an id; a lone surrogate (possible in an imported file) cannot be, so it becomes U+FFFD. */
function enc(part: string): string {
  return encodeURIComponent(part.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

export function hrefFor(route: AppRoute): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'step':
      return `#/a/${enc(route.id)}/step/${route.step}${route.question === undefined ? '' : `/${route.question}`}`;
    case 'results':
      return `#/a/${enc(route.id)}/results`;
    case 'report':
      return `#/a/${enc(route.id)}/report`;
    case 'workshop-new':
      return '#/w/new';
    case 'workshop':
      return `#/w/${enc(route.id)}/${route.view}${route.indicator === undefined ? '' : `/${enc(route.indicator)}`}`;
    case 'workshop-report':
      return `#/w/${enc(route.id)}/report`;
    case 'network-trend':
      return `#/n/${enc(route.networkId)}/trend`;
    case 'network-map':
      return `#/n/${enc(route.network)}/map${route.view === 'members' ? '' : `/${route.view}`}`;
    case 'join':
      return `#/join/${route.code}`;
    case 'ballot':
      return `#/ballot/${route.code}`;
  }
}

export function isAssessmentRoute(route: Route): route is AssessmentRoute {
  return route.name === 'step' || route.name === 'results' || route.name === 'report';
}

export function isWorkshopRoute(route: Route): route is WorkshopRoute {
  return route.name === 'workshop' || route.name === 'workshop-report';
}

/**
 * Where an old address leads: the same screen of the assessment or workshop last opened on this
 * device; null when there is none. The old workshop set-up page, with no workshop, sets one up.
 */
export function legacyTarget(
  legacy: LegacyRoute,
  last: { assessmentId: string | null; workshopId: string | null },
): AppRoute | null {
  const route = legacy.route;
  if (route.name === 'workshop' || route.name === 'workshop-report') {
    if (last.workshopId !== null) return { ...route, id: last.workshopId };
    return route.name === 'workshop' && route.view === 'overview' ? { name: 'workshop-new' } : null;
  }
  return last.assessmentId === null ? null : { ...route, id: last.assessmentId };
}

/** Goes to another screen: a new entry in the browser's history, so Back returns here. */
export function navigate(route: AppRoute): void {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.hash = href;
}

/** Swaps the current address for another in place (no new history entry): for redirects. */
export function redirect(route: AppRoute): void {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.replace(href);
}

/**
 * Links within a page (the skip link, "#backup-title") would change the route, since the route is
 * the fragment: they move focus to their target instead, and the address stays. Returns the undo.
 */
export function keepInPageLinksInPage(): () => void {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    const href = link?.getAttribute('href') ?? '';
    if (href === '' || href.startsWith('#/')) return;
    const target = document.getElementById(decode(href.slice(1)) ?? '');
    if (!target) return;
    e.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseRoute(hash), [hash]);
}
