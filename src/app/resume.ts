// Opening the app with no address inside it takes the user back to the step they were on.
import type { AppState } from '../store/store';

export function resumeHash(state: Pick<AppState, 'assessments' | 'activeId'>, hash: string): string | null {
  if (hash !== '' && hash !== '#') return null;
  const active = state.activeId ? state.assessments[state.activeId] : undefined;
  if (!active?.lastStep) return null;
  return `#/assess/${active.lastStep}`;
}
