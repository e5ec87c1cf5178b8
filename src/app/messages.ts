// Words of the app shell, and the browser tab's title for each screen.
export const messages = {
  appName: 'Fivefold',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  notFound: 'This page does not exist.',
  goHome: 'Go to the start page',
  /** The start page's title: what the app is, for a bookmark or a list of tabs. */
  homeTitle: 'Fivefold — co-operative network self-assessment',
  screens: {
    step: 'Questions',
    results: 'Results',
    report: 'Print view',
    'workshop-report': 'Workshop print view',
    'workshop-new': 'Set up a workshop',
    'network-trend': 'Over time',
    'trend-by-name': 'Over time',
    'network-map': 'Network map',
    join: 'Workshop invitation',
    ballot: 'Workshop ballot',
    'not-found': 'Page not found',
    legacy: 'Loading…',
  },
  workshopViews: {
    overview: 'Workshop',
    collect: 'Collect',
    tally: 'Tally',
    picture: 'Group picture',
    agree: 'Discuss & agree',
    groups: 'Compare groups',
    present: 'Present',
    pass: 'Pass the device',
  },
  notOnDevice: 'Not on this device',
  /** e.g. "Results — Halifax Co-op Network · Fivefold"; the screen first, as tabs cut titles short. */
  title: (screen: string, subject?: string) => (subject ? `${screen} — ${subject} · Fivefold` : `${screen} · Fivefold`),
} as const;
