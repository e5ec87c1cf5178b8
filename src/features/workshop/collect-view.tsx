// Collecting ballots, in any mix: invite people to answer on their own devices, bring their ballots
// in, or pass this device round.
import { useId } from 'react';
import type { Workshop } from '../../core/workshop';
import { hrefFor } from '../../components/router';
import { BallotImport } from './ballot-import';
import { InvitationCard } from './invitation-card';
import { messages } from './messages';

export function CollectView({ workshop }: { workshop: Workshop }) {
  const uid = useId();
  const ballots = workshop.ballots.filter((b) => b.round === workshop.currentRound).length;
  return (
    <>
      <p className="participant-count" aria-live="polite">
        <span className="participant-count__number">{ballots}</span> {messages.ballotsSoFar(ballots, workshop.currentRound)}
      </p>
      <InvitationCard workshop={workshop} />
      <BallotImport workshopId={workshop.id} />
      <section className="card" aria-labelledby={`${uid}-pass`}>
        <h2 id={`${uid}-pass`}>{messages.passTitle}</h2>
        <p>{messages.passIntro}</p>
        <a className="button" href={hrefFor({ name: 'workshop', id: workshop.id, view: 'pass' })}>
          {messages.nextParticipant}
        </a>
      </section>
      <section className="card" aria-labelledby={`${uid}-tally`}>
        <h2 id={`${uid}-tally`}>{messages.tallyCardTitle}</h2>
        <p>{messages.tallyCardIntro}</p>
        <a className="button button--secondary" href={hrefFor({ name: 'workshop', id: workshop.id, view: 'tally' })}>
          {messages.toTally}
        </a>
      </section>
    </>
  );
}
