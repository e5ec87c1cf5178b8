// The words for problems (src/components/problem-messages.ts), loaded when a screen first has a
// problem to tell: the first screen does not carry them.
import { useEffect, useState } from 'react';
import type * as ProblemWords from './problem-messages';

export function useProblemWords(): typeof ProblemWords | null {
  const [words, setWords] = useState<typeof ProblemWords | null>(null);
  useEffect(() => {
    let live = true;
    void import('./problem-messages').then((m) => {
      if (live) setWords(m);
    });
    return () => {
      live = false;
    };
  }, []);
  return words;
}
