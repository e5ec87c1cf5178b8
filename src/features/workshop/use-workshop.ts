// A workshop's rubric and its group values.
import { useMemo } from 'react';
import { aggregateBallots } from '../../core/aggregation';
import type { Aggregate } from '../../core/aggregation';
import { findAnyRubric } from '../../store/rubric-selectors';
import type { Rubric } from '../../core/rubric-schema';
import type { Round, Workshop } from '../../core/workshop';

export function rubricOfWorkshop(workshop: Pick<Workshop, 'rubric'> | null): Rubric | null {
  return workshop ? findAnyRubric(workshop.rubric) : null;
}

/** Group values are derived on read, never stored. */
export function useAggregate(rubric: Rubric, workshop: Workshop, round?: Round): Aggregate {
  return useMemo(() => aggregateBallots(rubric, workshop, round === undefined ? {} : { round }), [rubric, workshop, round]);
}
