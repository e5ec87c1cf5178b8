// The presenter's slides: a principle's summary followed by its indicators, or the most divided
// questions alone (src/core/agenda.ts); either way only what the session covers, and a closing
// summary slide last.
import { mostDivided } from '../../../core/agenda';
import type { Aggregate } from '../../../core/aggregation';
import type { Rubric } from '../../../core/rubric-schema';
import { indicatorEntries } from '../indicators';
import type { IndicatorEntry } from '../indicators';

export type Slide = { kind: 'principle'; principleIndex: number } | { kind: 'indicator'; entry: IndicatorEntry } | { kind: 'summary' };
export type SlideOrder = 'rubric' | 'agenda';

export function buildSlides(rubric: Rubric, aggregate: Aggregate, order: SlideOrder): Slide[] {
  const covered = (principleIndex: number) => aggregate.score.principles[principleIndex]?.covered !== false;
  const entries = indicatorEntries(rubric).filter((e) => covered(e.principleIndex));
  const summary: Slide = { kind: 'summary' };
  if (order === 'agenda') {
    const byId = new Map(entries.map((e) => [e.indicator.id, e]));
    return [
      ...mostDivided(aggregate.indicators).items.map((item): Slide => ({ kind: 'indicator', entry: byId.get(item.indicatorId)! })),
      summary,
    ];
  }
  return [
    ...rubric.principles.flatMap((_, principleIndex) =>
      covered(principleIndex)
        ? [
            { kind: 'principle', principleIndex } as Slide,
            ...entries.filter((e) => e.principleIndex === principleIndex).map((entry) => ({ kind: 'indicator', entry }) as Slide),
          ]
        : [],
    ),
    summary,
  ];
}
