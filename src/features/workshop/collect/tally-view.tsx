// Tally in the room: one indicator at a time, and how many hands went up for each level.
import { useId, useMemo, useState } from 'react';
import { DONT_KNOW, LEVELS, NOT_APPLICABLE } from '../../../core/answers';
import type { Rubric } from '../../../core/rubric-schema';
import type { Workshop } from '../../../core/workshop';
import { useAppStore } from '../../../store/store';
import { sessionEntries } from '../indicators';
import { messages } from '../messages';
import { countOf, findTally, setTallyCount } from './tally';
import type { TallyField } from './tally';
import { TallyRow } from './tally-row';

export function TallyView({ workshop, rubric }: { workshop: Workshop; rubric: Rubric }) {
  const updateWorkshop = useAppStore((s) => s.updateWorkshop);
  const uid = useId();
  const entries = useMemo(() => sessionEntries(rubric, workshop.principles), [rubric, workshop.principles]);
  const [index, setIndex] = useState(0);
  const entry = entries[index]!;
  const { indicator } = entry;
  const round = workshop.currentRound;
  const tally = findTally(workshop, indicator.id, round);
  const total = LEVELS.reduce((a: number, l) => a + countOf(tally, l), 0) + countOf(tally, NOT_APPLICABLE) + countOf(tally, DONT_KNOW);
  const ballotsThisRound = workshop.ballots.filter((b) => b.round === round).length;
  const set = (field: TallyField) => (n: number) =>
    updateWorkshop(workshop.id, (w) => setTallyCount(w, indicator.id, round, field, n));

  return (
    <>
      <p className="muted">{messages.tallyIntro}</p>
      {ballotsThisRound > 0 && <p className="notice">{messages.tallyWithBallots(ballotsThisRound)}</p>}
      <section className="card tally" aria-labelledby={`${uid}-q`}>
        <p className="eyebrow" aria-live="polite">
          {messages.indicatorOf(index + 1, entries.length)} · {messages.roundN(round)}
        </p>
        <p className="muted small">{entry.principle.title}</p>
        <h2 id={`${uid}-q`} className="indicator__question">
          <span className="indicator__number" aria-hidden="true">
            {entry.number}
          </span>{' '}
          {indicator.question}
        </h2>
        <fieldset className="tally__counts" aria-describedby={`${uid}-total`}>
          <legend className="visually-hidden">{messages.howManyHands(indicator.question)}</legend>
          <p className="tally__ask" aria-hidden="true">
            {messages.howManyHandsShort}
          </p>
          <ul className="tally-list">
            {LEVELS.map((level) => (
              <TallyRow key={level} badge={String(level)} label={indicator.levels[level]!.label} count={countOf(tally, level)} onCount={set(level)} />
            ))}
            <TallyRow badge="–" label={messages.notApplicable} count={countOf(tally, NOT_APPLICABLE)} onCount={set(NOT_APPLICABLE)} />
            <TallyRow badge="?" label={messages.dontKnow} count={countOf(tally, DONT_KNOW)} onCount={set(DONT_KNOW)} />
          </ul>
          <p id={`${uid}-total`} className="tally__total">
            {messages.handsCounted(total)}
          </p>
        </fieldset>
        <div className="step-footer">
          <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
            {messages.previousIndicator}
          </button>
          <button type="button" className="button" disabled={index === entries.length - 1} onClick={() => setIndex(index + 1)}>
            {messages.nextIndicator}
          </button>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-jump`}>{messages.jumpTo}</label>
          <select id={`${uid}-jump`} value={index} onChange={(e) => setIndex(Number(e.target.value))}>
            {entries.map((e, i) => (
              <option key={e.indicator.id} value={i}>
                {e.number} {e.indicator.question}
              </option>
            ))}
          </select>
        </div>
      </section>
    </>
  );
}
