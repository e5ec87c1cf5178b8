// The invitation: a link that opens the questionnaire with this workshop filled in, and its QR code,
// large enough to scan from a projector screen.
import { useEffect, useId, useState } from 'react';
import { defaultRubric } from '../../../core/builtin-rubrics';
import { findAnyRubric } from '../../../store/rubric-selectors';
import type { Workshop } from '../../../core/workshop';
import { CopyLink } from '../copy-link';
import { invitationUrl } from '../links';
import { messages } from '../messages';
import { QrCode } from '../qr-code';
import { useInvitationBase } from './room-address';
import { sessionMessages } from '../session-messages';
import { sessionSummary } from '../session-summary';

export function InvitationCard({ workshop }: { workshop: Workshop }) {
  const uid = useId();
  const [large, setLarge] = useState(false);
  const { loopback, room } = useInvitationBase();
  const link = invitationUrl(workshop, room ?? undefined);
  const rubric = findAnyRubric(workshop.rubric) ?? defaultRubric();
  const session = sessionSummary(rubric, workshop.principles);
  const shorter = workshop.principles !== undefined;

  // The enlarged code covers the screen; Escape puts it back, like closing a dialog.
  useEffect(() => {
    if (!large) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setLarge(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [large]);
  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.inviteTitle}</h2>
      <p>{messages.inviteIntro}</p>
      {workshop.currentRound === 2 && <p className="notice">{messages.inviteRoundTwo}</p>}
      {loopback && room && <p className="notice">{messages.inviteRoomAddress(room)}</p>}
      {loopback && !room && (
        <div className="notice notice--warning">
          <p>
            <strong>{messages.inviteLoopback(window.location.host)}</strong>
          </p>
          <p>
            {messages.inviteLoopbackFix} <code>npm run serve:room</code>
            {messages.inviteLoopbackFixAfter}
          </p>
        </div>
      )}
      <p className="small">
        {sessionMessages.inviteSession(session.length)}
        {shorter && <> {sessionMessages.coveredFact}: {session.principles}.</>}
      </p>
      <div className="invitation">
        <div className="invitation__qr">
          <QrCode text={link} label={messages.invitationQrLabel} large={large} />
          <button type="button" className="button button--secondary" aria-pressed={large} onClick={() => setLarge(!large)}>
            {large ? messages.qrSmallerEsc : messages.qrLarger}
          </button>
        </div>
        <div className="invitation__link">
          <CopyLink link={link} label={messages.invitationLinkLabel} hint={messages.invitationLinkHint} />
        </div>
      </div>
    </section>
  );
}
