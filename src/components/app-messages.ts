// Words of the app-wide notices: storage problems and new versions.
import type { SetAsideReason } from '../core/problems';
import type { SaveProblem } from '../store/notices-slice';

export const messages = {
  newVersion: 'A new version of Fivefold is ready. Reload to use it; your answers are kept.',
  offlineReady: 'Fivefold is ready to work offline on this device.',
  reload: 'Reload',
  later: 'Later',
  dismiss: 'Dismiss',
  notSaved: 'Not saved. ',
  /** The disclosure that keeps technical detail (paths, codes) for support, out of the message. */
  details: 'Details',
  saveProblem: (problem: SaveProblem): string => {
    switch (problem.code) {
      case 'storage-full':
        return 'Your browser’s storage for this app is full, so your latest changes are not saved. Export your work as a file now, then delete assessments you no longer need.';
      case 'save-failed':
        return 'Your latest changes could not be saved in this browser. Export your work as a file now so nothing is lost.';
      case 'load-failed':
        return 'Fivefold could not read what this browser had saved. Anything new you do is kept only until you close the tab: export it as a file.';
    }
  },
  setAsideTitle: 'Some saved data could not be opened. ',
  setAsideKept: 'Fivefold has kept it aside, unchanged, and opened everything else.',
  downloadUnreadable: 'Download the unreadable data',
  /** Each notice's download button by its own name: the record's network name, or its place in the list. */
  downloadUnreadableOf: (reason: SetAsideReason, position: number) =>
    `Download the unreadable data of ${reason.code === 'record' && reason.name !== null ? `“${reason.name}”` : `saved item ${position}`}`,
  deleteAndDismiss: 'Delete it and dismiss',
  keepAndDismiss: 'Keep it and dismiss',
} as const;
