// One question at a time, or a principle's questions on one page: the person's own choice,
// remembered on this device. Until they choose, a phone-sized screen gets one question at a time
// (a principle's page runs to thousands of pixels there) and a larger screen the principle's page.
import { useCallback, useState } from 'react';

export type QuestionLayout = 'one' | 'page';

const KEY = 'fivefold:question-layout';
/** Narrower than any tablet held upright: where a principle's page is too long to take in. */
export const PHONE_SCREEN = '(max-width: 36rem)';

function stored(): QuestionLayout | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === 'one' || value === 'page' ? value : null;
  } catch {
    return null; // storage blocked: the choice lasts as long as the page
  }
}

function initial(): QuestionLayout {
  return stored() ?? (window.matchMedia?.(PHONE_SCREEN).matches ? 'one' : 'page');
}

export function useQuestionLayout(): [QuestionLayout, (layout: QuestionLayout) => void] {
  const [layout, setLayout] = useState(initial);
  const choose = useCallback((next: QuestionLayout) => {
    setLayout(next);
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Not kept for next time; this page still follows the choice.
    }
  }, []);
  return [layout, choose];
}
