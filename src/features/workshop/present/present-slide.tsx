// One slide of the presenter view, in very large type; the numbers stay hidden until revealed.
// Its two parts (the question, then the answers) sit side by side on a wide screen (present.css).
import type { Aggregate } from '../../../core/aggregation';
import type { Rubric } from '../../../core/rubric-schema';
import { formatScore, formatLevel } from '../../../components/format';
import { Distribution } from '../picture/distribution';
import { messages } from '../messages';
import { PresentSummary } from './present-summary';
import type { Slide } from './slides';

interface Props {
  slide: Slide;
  rubric: Rubric;
  aggregate: Aggregate;
  revealed: boolean;
}

export function PresentSlide({ slide, rubric, aggregate, revealed }: Props) {
  if (slide.kind === 'summary') return <PresentSummary rubric={rubric} aggregate={aggregate} />;
  if (slide.kind === 'principle') {
    const p = rubric.principles[slide.principleIndex]!;
    const s = aggregate.score.principles[slide.principleIndex]!;
    const ids = new Set(p.indicators.map((i) => i.id));
    const divided = aggregate.indicators.filter((a) => ids.has(a.indicatorId) && a.disagreement).length;
    return (
      <div className="slide">
        <div className="slide__head">
          <p className="slide__eyebrow">{messages.principleOf(slide.principleIndex + 1, rubric.principles.length)}</p>
          <h1 className="slide__title">{p.title}</h1>
          <p className="slide__lead">{p.definition}</p>
        </div>
        {revealed ? (
          <div className="slide__result">
            {s.score === null ? (
              <p className="slide__band">{messages.notEnough}</p>
            ) : (
              <p className="slide__score">
                {formatScore(s.score)}
                <span className="slide__out-of"> {messages.outOf100}</span>
              </p>
            )}
            {s.band && <p className="slide__band">{s.band.label}</p>}
            <p>{messages.dividedCount(divided, p.indicators.length)}</p>
          </div>
        ) : (
          <p className="slide__hidden">{messages.hiddenUntilReveal}</p>
        )}
      </div>
    );
  }
  const { entry } = slide;
  const a = aggregate.indicators.find((x) => x.indicatorId === entry.indicator.id)!;
  return (
    <div className="slide">
      <div className="slide__head">
        <p className="slide__eyebrow">
          {entry.number} · {entry.principle.title}
        </p>
        <h1 className="slide__title slide__title--question">{entry.indicator.question}</h1>
      </div>
      {revealed ? (
        <div className="slide__result">
          <Distribution indicator={entry.indicator} aggregate={a} />
          {a.consensus && (
            <p className="agreed">
              {messages.agreedLevel}: <strong>{a.consensus.level === 'na' ? messages.notApplicable : formatLevel(a.consensus.level)}</strong>
            </p>
          )}
        </div>
      ) : (
        <p className="slide__hidden">{messages.hiddenUntilReveal}</p>
      )}
    </div>
  );
}
