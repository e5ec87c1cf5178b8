// After "Hand in my answers" on a participant's own device: the ballot as a large QR code for the
// facilitator's camera, a link and a file. Nothing has been sent anywhere; the participant chooses
// how to give it to the facilitator. Notes are not in the code: the screen says so when there are some.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { fileNameFrom, downloadFile } from '../../../lib/download';
import { encodeBallotCode } from '../../../core/ballot-code';
import { findRubric } from '../../../core/builtin-rubrics';
import { carriedRubric } from '../../../core/own-rubrics';
import type { Ballot, Invitation } from '../../../core/workshop';
import { serializeBallot } from '../../../core/workshop-file';
import { CopyLink } from '../copy-link';
import { ballotUrl } from '../links';
import { messages } from '../messages';
import './hand-in.css';
import { QrCode } from '../qr-code';

interface Props {
  ballot: Ballot;
  invitation: Invitation;
  onStartAgain: () => void;
}

export function HandedIn({ ballot, invitation, onStartAgain }: Props) {
  const uid = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const link = ballotUrl(ballot);
  const code = useMemo(() => {
    // A workshop on a federation's own rubric: the invitation carried it.
    const rubric = findRubric(ballot.rubric) ?? carriedRubric(ballot.rubric, invitation.rubricData);
    return rubric ? encodeBallotCode(ballot, invitation, rubric) : null;
  }, [ballot, invitation]);
  const facilitator = invitation.facilitator.trim() || messages.theFacilitator;

  useEffect(() => {
    window.scrollTo?.({ top: 0 });
    titleRef.current?.focus();
  }, []);

  const download = () =>
    downloadFile(
      fileNameFrom(['ballot', invitation.networkName, ballot.participant ?? '', ballot.id.slice(0, 8)], 'json'),
      serializeBallot(ballot),
      'application/json',
    );

  return (
    <div className="page">
      <header className="step-header">
        <p className="eyebrow user-text">{invitation.networkName}</p>
        <h1 ref={titleRef} tabIndex={-1}>
          {messages.handedInTitle}
        </h1>
        <p className="lead">
          {code
            ? code.notesLeftOut
              ? messages.handedInLeadQrNotes(facilitator)
              : messages.handedInLeadQr(facilitator)
            : messages.handedInLead(facilitator)}
        </p>
      </header>
      {code && (
        <section className="card hand-in-qr" aria-labelledby={`${uid}-qr`}>
          <h2 id={`${uid}-qr`}>{messages.byQrTitle}</h2>
          {/* The code first, so it is on screen without scrolling on a phone; how to show it below. */}
          <QrCode text={code.text} label={messages.ballotQrLabel(ballot.participant)} kind="ballot" />
          <p>{messages.byQrText(facilitator)}</p>
          {code.notesLeftOut && <p className="notice notice--warning">{messages.notesNotInQr}</p>}
        </section>
      )}
      <section className="card" aria-labelledby={`${uid}-link`}>
        <h2 id={`${uid}-link`}>{code ? messages.orByLinkTitle : messages.byLinkTitle}</h2>
        <CopyLink link={link} label={messages.ballotLinkLabel} hint={messages.ballotLinkHint} />
      </section>
      <section className="card" aria-labelledby={`${uid}-file`}>
        <h2 id={`${uid}-file`}>{messages.byFileTitle}</h2>
        <p>{messages.byFileText}</p>
        <button type="button" className="button" onClick={download}>
          {messages.downloadBallot}
        </button>
      </section>
      <section className="card" aria-labelledby={`${uid}-again`}>
        <h2 id={`${uid}-again`}>{messages.anotherPersonTitle}</h2>
        {confirming ? (
          <>
            <p role="alert">{messages.anotherPersonWarning}</p>
            <div className="actions__row">
              <button type="button" className="button" onClick={onStartAgain}>
                {messages.anotherPersonConfirm}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                {messages.cancel}
              </button>
            </div>
          </>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {messages.anotherPerson}
          </button>
        )}
      </section>
    </div>
  );
}
