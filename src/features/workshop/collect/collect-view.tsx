// Collecting ballots, in any mix: invite people to answer on their own devices, scan the codes on
// their screens, bring their ballots in, or pass this device round. Who has handed in sits on top.
import { useId } from 'react';
import type { Workshop } from '../../../core/workshop';
import { hrefFor } from '../../../components/router';
import { BallotImport } from './ballot-import';
import { InvitationCard } from './invitation-card';
import { messages } from '../messages';
import { Roster } from './roster';
import { ScanCard } from './scan/scan-card';

export function CollectView({ workshop }: { workshop: Workshop }) {
  const uid = useId();
  return (
    <>
      <Roster workshop={workshop} />
      <InvitationCard workshop={workshop} />
      <ScanCard workshop={workshop} />
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
