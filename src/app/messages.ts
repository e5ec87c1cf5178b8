// Words of the app shell.
export const messages = {
  appName: 'Fivefold',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  notFound: 'This page does not exist.',
  goHome: 'Go to the start page',
} as const;
