// The presenter's slides: a principle's summary followed by its indicators, or the discussion
// agenda alone, most divided first.
import type { Aggregate } from '../../core/aggregation';
import type { Rubric } from '../../core/rubric-schema';
import { indicatorEntries } from './indicators';
import type { IndicatorEntry } from './indicators';

export type Slide = { kind: 'principle'; principleIndex: number } | { kind: 'indicator'; entry: IndicatorEntry };
export type SlideOrder = 'rubric' | 'agenda';

export function buildSlides(rubric: Rubric, aggregate: Aggregate, order: SlideOrder): Slide[] {
  const entries = indicatorEntries(rubric);
  if (order === 'agenda') {
    const byId = new Map(entries.map((e) => [e.indicator.id, e]));
    const spread = new Map(aggregate.indicators.map((a) => [a.indicatorId, a.spread ?? 0]));
    return aggregate.discussionAgenda
      .filter((id) => (spread.get(id) ?? 0) >= 1)
      .map((id) => ({ kind: 'indicator', entry: byId.get(id)! }));
  }
  return rubric.principles.flatMap((_, principleIndex) => [
    { kind: 'principle', principleIndex } as Slide,
    ...entries.filter((e) => e.principleIndex === principleIndex).map((entry) => ({ kind: 'indicator', entry }) as Slide),
  ]);
}
