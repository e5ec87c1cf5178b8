// #/join/<code>: a participant opens the facilitator's invitation, answers on their own device
// (offline too) and hands in a ballot as a link, a QR code or a file. The ballot in progress is kept
// in this browser under the workshop's id, so a reload loses nothing.
import { useMemo } from 'react';
import { decodeInvitationLink } from '../../../core/ballot-link';
import { createBallot } from '../../../core/ballot';
import type { Invitation, Round } from '../../../core/workshop';
import { BUILTIN_RUBRICS } from '../../../core/builtin-rubrics';
import { readProblemWords } from '../../../components/problem-messages';
import { ProblemText } from '../../../components/problem-text';
import { hrefFor } from '../../../components/router';
import { BallotFlow } from './ballot-flow';
import { browserStorage, joinDraftKey } from './ballot-draft';
import { formatDay } from '../../../components/format';
import { HandedIn } from './handed-in';
import { messages } from '../messages';
import { useDraft } from './use-draft';
import '../workshop.css';

function JoinFlow({ invitation, round }: { invitation: Invitation; round: Round }) {
  const storage = useMemo(() => browserStorage('local'), []);
  const { draft, saved, update, reset } = useDraft(storage, joinDraftKey(invitation.workshopId, round), invitation);

  if (draft.stage === 'done' && draft.ballot) {
    return <HandedIn ballot={draft.ballot} invitation={invitation} onStartAgain={reset} />;
  }

  const handIn = () => {
    const ballot = createBallot(invitation, {
      round,
      answers: draft.answers,
      source: 'device',
      participant: draft.participant,
      group: draft.group,
    });
    update({ ...draft, stage: 'done', ballot, invitation });
  };

  // Short words above the form, so "Start the questions" stays on a phone's first screen.
  const intro = (
    <>
      {round === 2 && <p className="notice">{messages.roundTwoInvitation}</p>}
      {!saved && <p className="notice notice--warning">{messages.draftNotSaved}</p>}
    </>
  );
  const after = (
    <>
      <p>{messages.joinIntro}</p>
      <p className="muted">{messages.joinPrivacy}</p>
    </>
  );

  return (
    <div className="page page--ballot">
      <BallotFlow
        invitation={invitation}
        draft={draft}
        onChange={update}
        onHandIn={handIn}
        title={messages.invited(invitation.networkName, formatDay(invitation.date), invitation.facilitator)}
        intro={intro}
        after={after}
      />
      {draft.stage !== 'details' && !saved && <p className="notice notice--warning">{messages.draftNotSaved}</p>}
    </div>
  );
}

export default function JoinPage({ code }: { code: string }) {
  const decoded = useMemo(() => decodeInvitationLink(code), [code]);
  if (!decoded.ok) {
    return (
      <div className="page">
        <h1 tabIndex={-1}>{messages.badInvitationTitle}</h1>
        <div className="notice notice--error" role="alert">
          <ProblemText words={readProblemWords(decoded.problem, { rubrics: BUILTIN_RUBRICS, source: 'link' })} />
        </div>
        <p>{messages.badInvitationHelp}</p>
        <a href={hrefFor({ name: 'home' })}>{messages.goHome}</a>
      </div>
    );
  }
  const round = decoded.value.round ?? 1;
  // Keyed by workshop and round: another invitation starts its own ballot.
  return <JoinFlow key={`${decoded.value.workshopId}:${round}`} invitation={decoded.value} round={round} />;
}
