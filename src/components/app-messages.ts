// Words of the app-wide notices: storage problems and new versions.
export const messages = {
  newVersion: 'A new version of Fivefold is ready. Reload to use it; your answers are kept.',
  offlineReady: 'Fivefold is ready to work offline on this device.',
  reload: 'Reload',
  later: 'Later',
  dismiss: 'Dismiss',
  notSaved: 'Not saved. ',
  setAsideTitle: 'Some saved data could not be opened. ',
  setAsideBody: (reason: string) =>
    `Fivefold has kept it aside, unchanged, and opened everything else. Reason: ${reason}.`,
  downloadUnreadable: 'Download the unreadable data',
  deleteAndDismiss: 'Delete it and dismiss',
  keepAndDismiss: 'Keep it and dismiss',
} as const;
