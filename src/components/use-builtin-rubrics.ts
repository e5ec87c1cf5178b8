// The built-in rubrics, loaded after the first screen has drawn (they are not needed to draw it).
import { useEffect, useState } from 'react';
import type { Rubric } from '../core/rubric-schema';

export function useBuiltinRubrics(): readonly Rubric[] | null {
  const [rubrics, setRubrics] = useState<readonly Rubric[] | null>(null);
  useEffect(() => {
    let live = true;
    void import('../core/builtin-rubrics').then((m) => {
      if (live) setRubrics(m.BUILTIN_RUBRICS);
    });
    return () => {
      live = false;
    };
  }, []);
  return rubrics;
}
