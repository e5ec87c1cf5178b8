// Opening the app with no address inside it takes the user back to the step they were on, in the
// assessment last opened on this device.
import { hrefFor } from '../components/router';
import type { AppState } from '../store/store';

export function resumeHash(state: Pick<AppState, 'assessments' | 'lastAssessmentId'>, hash: string): string | null {
  if (hash !== '' && hash !== '#') return null;
  const id = state.lastAssessmentId;
  const last = id !== null && Object.hasOwn(state.assessments, id) ? state.assessments[id] : undefined;
  if (!last?.lastStep) return null;
  return hrefFor({ name: 'step', id: last.id, step: last.lastStep });
}
