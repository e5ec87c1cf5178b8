// Every screen after the first, loaded on demand — and fetched ahead while the browser is idle,
// guessing from where the user is what they will open next, so a click shows the next screen at once.
import type { ComponentProps } from 'react';
import { preloadable, whenIdle } from '../lib/preloadable';
import type { Route } from '../components/router';

export const screens = {
  questionnaire: preloadable(() => import('../features/questionnaire/questionnaire-page').then((m) => m.default)),
  results: preloadable(() => import('../features/results/results-page').then((m) => m.default)),
  report: preloadable(() => import('../features/report/report-page').then((m) => m.default)),
  trend: preloadable(() => import('../features/trend/trend-page').then((m) => m.default)),
  workshop: preloadable(() => import('../features/workshop/workshop-page').then((m) => m.default)),
  newWorkshop: preloadable(() => import('../features/workshop/workshop-page').then((m) => m.NewWorkshopPage)),
  join: preloadable(() => import('../features/workshop/participant/join-page').then((m) => m.default)),
  ballot: preloadable(() => import('../features/workshop/collect/ballot-link-page').then((m) => m.default)),
  networkMap: preloadable(() => import('../features/network-map/network-map-page').then((m) => m.default)),
};

export type ScreenProps<K extends keyof typeof screens> = ComponentProps<(typeof screens)[K]['Component']>;

/** The screens a user on `route` most likely opens next, nearest first. */
function nextScreens(route: Route): (keyof typeof screens)[] {
  switch (route.name) {
    case 'home':
      return ['questionnaire', 'results', 'workshop'];
    case 'step':
      return ['results', 'report'];
    case 'results':
      return ['report', 'trend', 'questionnaire'];
    case 'workshop':
    case 'workshop-new':
      return ['workshop', 'report'];
    default:
      return [];
  }
}

/** Fetches the likely next screens one at a time when idle; returns a function that stops. */
export function prefetchAfter(route: Route): () => void {
  return whenIdle(nextScreens(route).map((name) => screens[name].preload));
}
