// Which round a screen shows, once a second round exists.
import type { Round, Workshop } from '../../../core/workshop';
import { messages } from '../messages';

export function hasRoundTwo(workshop: Workshop): boolean {
  return workshop.currentRound === 2 || workshop.ballots.some((b) => b.round === 2) || workshop.tallies.some((t) => t.round === 2);
}

export function RoundSwitch({ round, onChange }: { round: Round; onChange: (round: Round) => void }) {
  return (
    <fieldset role="radiogroup" className="round-switch">
      <legend>{messages.showRound}</legend>
      <div className="segmented">
        {([1, 2] as const).map((r) => (
          <label key={r} className={`segment${round === r ? ' segment--checked' : ''}`}>
            <input type="radio" name="round-switch" checked={round === r} onChange={() => onChange(r)} />
            {messages.roundN(r)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
