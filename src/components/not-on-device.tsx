// The calm screens for an address that leads nowhere: an assessment or workshop this device does
// not have (deleted, or made elsewhere), or an old address with nothing to redirect to.
import { hrefFor } from './router';
import { messages } from './route-messages';

function Plain({ title, text }: { title: string; text: string }) {
  return (
    <div className="page">
      <h1 tabIndex={-1} ref={(h) => h?.focus()}>
        {title}
      </h1>
      <p>{text}</p>
      <p>
        <a className="button" href={hrefFor({ name: 'home' })}>
          {messages.toStart}
        </a>
      </p>
    </div>
  );
}

export function NotOnDevice({ kind }: { kind: 'assessment' | 'workshop' }) {
  return <Plain title={kind === 'assessment' ? messages.assessmentNotHere : messages.workshopNotHere} text={messages.notHereHelp} />;
}

export function NothingToOpen({ kind }: { kind: 'assessment' | 'workshop' }) {
  return <Plain title={messages.nothingToOpen} text={kind === 'assessment' ? messages.oldAddressAssessment : messages.oldAddressWorkshop} />;
}
