// #/ballot/<code>: a ballot carried in a link. In the facilitator's browser it can be added to its
// workshop; anywhere else the page says whom to send it to. A damaged link changes nothing.
import { useMemo, useState } from 'react';
import { decodeBallotLink } from '../../../core/ballot-link';
import { mergeBallots } from '../../../core/ballot';
import type { MergeResult } from '../../../core/ballot';
import type { Ballot, Workshop } from '../../../core/workshop';
import { BUILTIN_RUBRICS } from '../../../core/builtin-rubrics';
import type { ReadProblem } from '../../../core/problems';
import { readProblemWords } from '../../../components/problem-messages';
import { ProblemText } from '../../../components/problem-text';
import { hrefFor } from '../../../components/router';
import { useAppStore } from '../../../store/store';
import { browserStorage, invitationFromDrafts } from '../participant/ballot-draft';
import { formatDay } from '../../../components/format';
import { messages } from '../messages';
import '../workshop.css';

type Outcome = Pick<MergeResult, 'added' | 'duplicates' | 'completed' | 'refused'>;

const wordsOf = (problem: ReadProblem) => readProblemWords(problem, { rubrics: BUILTIN_RUBRICS, source: 'link' });

function AddBallot({ ballot, workshop }: { ballot: Ballot; workshop: Workshop }) {
  const updateWorkshop = useAppStore((s) => s.updateWorkshop);
  const openWorkshop = useAppStore((s) => s.openWorkshop);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const name = workshop.networkName || messages.unnamedWorkshop;

  const add = () => {
    let result: Outcome = { added: [], duplicates: [], completed: [], refused: [] };
    updateWorkshop(workshop.id, (w) => {
      const merged = mergeBallots(w, [ballot]);
      result = merged;
      return merged.added.length > 0 || merged.completed.length > 0 ? merged.workshop : w;
    });
    openWorkshop(workshop.id);
    setOutcome(result);
  };

  return (
    <>
      <p className="lead">{messages.ballotFor(name, formatDay(workshop.date))}</p>
      <dl className="facts">
        <div>
          <dt>{messages.round}</dt>
          <dd>{ballot.round}</dd>
        </div>
        {ballot.group && (
          <div>
            <dt>{messages.group}</dt>
            <dd className="user-text">{ballot.group}</dd>
          </div>
        )}
        {ballot.participant && !workshop.anonymous && (
          <div>
            <dt>{messages.participant}</dt>
            <dd className="user-text">{ballot.participant}</dd>
          </div>
        )}
      </dl>
      {outcome === null && (
        <button type="button" className="button" onClick={add}>
          {messages.addBallotTo(name)}
        </button>
      )}
      {outcome && outcome.added.length > 0 && (
        <div className="notice" role="status">
          <p>{messages.ballotAdded(workshop.ballots.length)}</p>
        </div>
      )}
      {outcome && outcome.completed.length > 0 && (
        <div className="notice" role="status">
          <p>{messages.ballotCompleted}</p>
        </div>
      )}
      {outcome && outcome.duplicates.length > 0 && (
        <div className="notice" role="status">
          <p>{messages.ballotAlreadyThere}</p>
        </div>
      )}
      {outcome?.refused.map((r) => (
        <div key={r.ballotId} className="notice notice--error" role="alert">
          <ProblemText words={wordsOf(r.reason)} />
        </div>
      ))}
      {outcome && (
        <div className="actions__row">
          <a className="button button--secondary" href={hrefFor({ name: 'workshop', id: workshop.id, view: 'collect' })}>
            {messages.toCollect}
          </a>
          <a className="button button--secondary" href={hrefFor({ name: 'workshop', id: workshop.id, view: 'picture' })}>
            {messages.toPicture}
          </a>
        </div>
      )}
    </>
  );
}

function NotHere({ ballot }: { ballot: Ballot }) {
  const invitation = useMemo(() => invitationFromDrafts(browserStorage('local'), ballot.workshopId), [ballot.workshopId]);
  return (
    <>
      <p className="lead">
        {invitation
          ? messages.ballotNotHereNamed(invitation.networkName, formatDay(invitation.date), invitation.facilitator)
          : messages.ballotNotHere}
      </p>
      <p>{messages.ballotNotHereHelp}</p>
    </>
  );
}

export default function BallotLinkPage({ code }: { code: string }) {
  const decoded = useMemo(() => decodeBallotLink(code), [code]);
  const workshop = useAppStore((s) => (decoded.ok ? (s.workshops[decoded.value.workshopId] ?? null) : null));

  return (
    <div className="page">
      <h1 tabIndex={-1}>{decoded.ok ? messages.ballotLinkTitle : messages.badBallotTitle}</h1>
      {!decoded.ok ? (
        <>
          <div className="notice notice--error" role="alert">
            <ProblemText words={wordsOf(decoded.problem)} />
          </div>
          <p>{messages.badBallotHelp}</p>
        </>
      ) : workshop ? (
        <AddBallot ballot={decoded.value} workshop={workshop} />
      ) : (
        <NotHere ballot={decoded.value} />
      )}
      <p>
        <a href={hrefFor({ name: 'home' })}>{messages.goHome}</a>
      </p>
    </div>
  );
}
