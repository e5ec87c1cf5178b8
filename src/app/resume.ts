// Opening the app with no address inside it takes the user back to the step they were on, in the
// assessment last opened on this device — but only when they left from inside the questions: someone
// who went back to the start page, or on to the results, is not pulled back into the questionnaire.
import { hrefFor } from '../components/router';
import type { Route } from '../components/router';
import type { AppState } from '../store/store';

const LEFT_ON_KEY = 'fivefold:left-on';
type LeftOn = 'questions' | 'elsewhere';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked: resuming is a convenience, never an error
  }
}

/** Remembers whether the screen shown is a question step, so a later bare visit knows where to go. */
export function rememberScreen(route: Route): void {
  const leftOn: LeftOn = route.name === 'step' ? 'questions' : 'elsewhere';
  try {
    storage()?.setItem(LEFT_ON_KEY, leftOn);
  } catch {
    // quota or privacy mode: nothing to do
  }
}

export function leftOnScreen(): LeftOn | null {
  const value = storage()?.getItem(LEFT_ON_KEY);
  return value === 'questions' || value === 'elsewhere' ? value : null;
}

export function resumeHash(
  state: Pick<AppState, 'assessments' | 'lastAssessmentId'>,
  hash: string,
  leftOn: LeftOn | null = leftOnScreen(),
): string | null {
  if (hash !== '' && hash !== '#') return null;
  if (leftOn === 'elsewhere') return null;
  const id = state.lastAssessmentId;
  const last = id !== null && Object.hasOwn(state.assessments, id) ? state.assessments[id] : undefined;
  if (!last?.lastStep) return null;
  return hrefFor({ name: 'step', id: last.id, step: last.lastStep });
}
