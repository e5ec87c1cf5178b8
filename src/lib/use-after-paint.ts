// True from the second render on: heavy parts of a screen (charts) draw in a low-priority update
// after the screen's text and controls have painted, so a click is answered at once.
import { startTransition, useEffect, useState } from 'react';

export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    startTransition(() => setPainted(true));
  }, []);
  return painted;
}
