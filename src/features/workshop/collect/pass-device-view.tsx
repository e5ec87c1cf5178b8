// Passing the facilitator's device round: one participant after another, each ballot kept apart.
// Nothing of the workshop's results or earlier ballots is on screen while a participant answers.
import { useMemo } from 'react';
import { createBallot, mergeBallots } from '../../../core/ballot';
import { invitationFor } from '../../../core/workshop';
import type { Workshop } from '../../../core/workshop';
import { hrefFor } from '../../../components/router';
import { useAppStore } from '../../../store/store';
import { BallotFlow } from '../participant/ballot-flow';
import { browserStorage, passDraftKey } from '../participant/ballot-draft';
import { messages } from '../messages';
import { useDraft } from '../participant/use-draft';

export function PassDeviceView({ workshop }: { workshop: Workshop }) {
  const updateWorkshop = useAppStore((s) => s.updateWorkshop);
  const storage = useMemo(() => browserStorage('session'), []);
  const invitation = useMemo(() => invitationFor(workshop), [workshop]);
  const { draft, update, reset } = useDraft(storage, passDraftKey(workshop.id));

  const handIn = () => {
    const ballot = createBallot(invitation, {
      round: workshop.currentRound,
      answers: draft.answers,
      source: 'pass-device',
      participant: draft.participant,
      group: draft.group,
    });
    updateWorkshop(workshop.id, (w) => mergeBallots(w, [ballot]).workshop);
    update({ ...draft, stage: 'done', answers: {}, participant: '', group: '' });
  };

  const inProgress = Object.keys(draft.answers).length;

  if (draft.stage === 'done') {
    return (
      <div className="page page--ballot pass-done">
        <h1 tabIndex={-1} ref={(h) => h?.focus()}>
          {messages.thankYouPass}
        </h1>
        <p className="lead">{messages.thankYouPassText}</p>
        <div className="actions__row">
          <button type="button" className="button" onClick={reset}>
            {messages.nextParticipant}
          </button>
          <a className="button button--secondary" href={hrefFor({ name: 'workshop', id: workshop.id, view: 'collect' })} onClick={reset}>
            {messages.facilitatorBack}
          </a>
        </div>
      </div>
    );
  }

  return (
    <div className="page page--ballot">
      <BallotFlow
        invitation={invitation}
        draft={draft}
        onChange={update}
        onHandIn={handIn}
        title={messages.yourTurn}
        intro={
          <>
            <p className="lead">{messages.yourTurnText(workshop.networkName)}</p>
            {inProgress > 0 && (
              <div className="notice notice--warning">
                <p>{messages.inProgress(inProgress)}</p>
                <button type="button" className="button button--secondary" onClick={reset}>
                  {messages.discardInProgress}
                </button>
              </div>
            )}
          </>
        }
      />
      <p className="pass-exit">
        <a className="small" href={hrefFor({ name: 'workshop', id: workshop.id, view: 'collect' })}>
          {messages.facilitatorBack}
        </a>
      </p>
    </div>
  );
}
