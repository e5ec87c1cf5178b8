// One indicator in the discussion: how the room answered in round 1, beside what it agreed and why.
import { useId, useState } from 'react';
import type { IndicatorAggregate } from '../../../core/aggregation';
import { LEVELS, NOT_APPLICABLE } from '../../../core/answers';
import type { Indicator } from '../../../core/rubric-schema';
import type { Consensus } from '../../../core/workshop';
import { MAX_RATIONALE_LENGTH } from '../../../core/workshop';
import { MapEvidenceSlot } from '../../../components/map-evidence-slot';
import { useAppStore } from '../../../store/store';
import { withConsensus } from './consensus';
import type { ConsensusChoice } from './consensus';
import { CompactDistribution } from '../picture/distribution';
import { messages } from '../messages';

interface Props {
  workshopId: string;
  indicator: Indicator;
  number: string;
  firstRound: IndicatorAggregate;
  consensus: Consensus | null;
}

export function ConsensusItem({ workshopId, indicator, number, firstRound, consensus }: Props) {
  const updateWorkshop = useAppStore((s) => s.updateWorkshop);
  const networkId = useAppStore((s) => (Object.hasOwn(s.workshops, workshopId) ? s.workshops[workshopId]!.networkId : null));
  const uid = useId();
  const [rationale, setRationale] = useState(consensus?.rationale ?? '');
  const choice: ConsensusChoice = consensus?.level ?? 'none';

  const save = (next: ConsensusChoice, text: string) =>
    updateWorkshop(workshopId, (w) => withConsensus(w, indicator.id, next, text));

  const options: { value: ConsensusChoice; badge: string; label: string }[] = [
    ...LEVELS.map((l) => ({ value: l, badge: String(l), label: indicator.levels[l]!.label })),
    { value: NOT_APPLICABLE, badge: '–', label: messages.notApplicable },
    { value: 'none', badge: '·', label: messages.noConsensus },
  ];

  return (
    <section className="card consensus-item" id={`agree-${indicator.id}`} aria-labelledby={`${uid}-q`}>
      <h3 id={`${uid}-q`} tabIndex={-1} className="indicator__question">
        <span className="indicator__number">{number}</span> {indicator.question}
      </h3>
      <MapEvidenceSlot networkId={networkId} indicatorId={indicator.id} />
      <div className="two-up">
        <div>
          <h4 className="small eyebrow">{messages.firstRound}</h4>
          <CompactDistribution indicator={indicator} aggregate={firstRound} />
        </div>
        <div>
          <fieldset role="radiogroup" className="consensus-choices" aria-labelledby={`${uid}-legend ${uid}-q`}>
            <legend id={`${uid}-legend`} className="consensus-legend">
              {messages.agreedLevel}
            </legend>
            {options.map((o) => (
              <label key={String(o.value)} className={`choice choice--compact${choice === o.value ? ' choice--checked' : ''}`}>
                <input type="radio" name={`${uid}-level`} checked={choice === o.value} onChange={() => save(o.value, rationale)} />
                <span className="choice__badge" aria-hidden="true">
                  {o.badge}
                </span>
                <span className="choice__label">{o.label}</span>
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${uid}-why`}>{messages.rationale}</label>
            <textarea
              id={`${uid}-why`}
              rows={3}
              maxLength={MAX_RATIONALE_LENGTH}
              value={rationale}
              aria-describedby={`${uid}-why-hint`}
              onChange={(e) => {
                setRationale(e.target.value);
                if (consensus) save(consensus.level, e.target.value);
              }}
            />
            <p id={`${uid}-why-hint`} className="field__hint">
              {consensus ? messages.rationaleSaved(rationale.length, MAX_RATIONALE_LENGTH) : messages.rationaleNeedsLevel}
            </p>
          </div>
        </div>
      </div>
    </section>
  );
}
