// The rubric's indicators in one flat list, each with its principle and its number ("2.3"),
// for the screens that walk through indicators one at a time.
import { coversPrinciple } from '../../core/coverage';
import type { Indicator, Principle, Rubric } from '../../core/rubric-schema';

export interface IndicatorEntry {
  indicator: Indicator;
  principle: Principle;
  principleIndex: number;
  /** "principle.indicator", both counted from 1. */
  number: string;
}

export function indicatorEntries(rubric: Rubric): IndicatorEntry[] {
  return rubric.principles.flatMap((principle, principleIndex) =>
    principle.indicators.map((indicator, i) => ({
      indicator,
      principle,
      principleIndex,
      number: `${principleIndex + 1}.${i + 1}`,
    })),
  );
}

export function entryMap(rubric: Rubric): Map<string, IndicatorEntry> {
  return new Map(indicatorEntries(rubric).map((e) => [e.indicator.id, e]));
}

/** The entries of the principles a session covers (all of them when `covered` is absent). */
export function sessionEntries(rubric: Rubric, covered: readonly string[] | undefined): IndicatorEntry[] {
  const covers = coversPrinciple(rubric, covered);
  return indicatorEntries(rubric).filter((e) => covers(e.principle.id));
}
