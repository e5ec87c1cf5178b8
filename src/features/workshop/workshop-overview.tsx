// The open workshop at a glance: who and when, how many have answered, the file actions, and the
// plan built on the group's agreed levels (priorities, action plan, what the board is asked).
import { useId, useMemo, useState } from 'react';
import type { Aggregate } from '../../core/aggregation';
import type { Workshop } from '../../core/workshop';
import { serializeWorkshop } from '../../core/workshop-file';
import { downloadFile, fileNameFrom } from '../../lib/download';
import { hrefFor } from '../../components/router';
import { ActionPlan } from '../../components/plan/action-plan';
import { BoardAsk } from '../../components/plan/board-ask';
import { Priorities } from '../../components/plan/priorities';
import { networkMapOf, ownRubricOf, usePreviousWorkshop, withMap } from '../../store/selectors';
import { ReportDownloads } from '../../components/report-downloads';
import { defaultRubric } from '../../core/builtin-rubrics';
import { findAnyRubric } from '../../store/rubric-selectors';
import { buildWorkshopReportModel } from '../../core/workshop-report';
import { formatDay } from '../../components/format';
import { useAfterPaint } from '../../lib/use-after-paint';
import { ImportWorkshop } from './setup/import-workshop';
import { messages } from './messages';
import { SavedWorkshops } from './setup/saved-workshops';
import { sessionMessages } from './session-messages';
import { sessionSummary } from './session-summary';
import { SetupForm } from './setup/setup-form';

export function WorkshopOverview({ workshop, aggregate }: { workshop: Workshop; aggregate: Aggregate }) {
  const uid = useId();
  const [creating, setCreating] = useState(false);
  const exportFile = () =>
    downloadFile(fileNameFrom([workshop.networkName, workshop.date, 'workshop'], 'json'), serializeWorkshop(workshop, new Date(), networkMapOf(workshop.networkId), ownRubricOf(workshop.rubric)), 'application/json');
  const tallied = aggregate.participantCount - aggregate.ballotCount;
  const previous = usePreviousWorkshop(workshop);
  const rubric = findAnyRubric(workshop.rubric) ?? defaultRubric();
  const owner = useMemo(() => ({ kind: 'workshop' as const, id: workshop.id }), [workshop.id]);
  // The plan and the downloads, below the first two cards, follow the first paint: building the
  // report model of a 500-ballot workshop is a task of its own, not part of the click that opens it.
  const drawPlan = useAfterPaint();
  const model = useMemo(
    () => (drawPlan ? buildWorkshopReportModel(rubric, workshop, new Date(), previous) : null),
    [drawPlan, rubric, workshop, previous],
  );
  const session = sessionSummary(rubric, workshop.principles);

  if (creating) return <SetupForm onCancel={() => setCreating(false)} />;

  return (
    <>
      <section className="card" aria-labelledby={`${uid}-facts`}>
        <h2 id={`${uid}-facts`}>{messages.aboutWorkshop}</h2>
        <p className="participant-count" aria-live="polite">
          <span className="participant-count__number">{aggregate.participantCount}</span>{' '}
          {messages.participantsInRound(aggregate.participantCount, workshop.currentRound)}
        </p>
        {tallied > 0 && <p className="small muted">{messages.ballotsAndHands(aggregate.ballotCount, tallied)}</p>}
        <dl className="facts">
          <div>
            <dt>{messages.date}</dt>
            <dd>{formatDay(workshop.date)}</dd>
          </div>
          <div>
            <dt>{messages.facilitator}</dt>
            <dd className="user-text">{workshop.facilitator || '—'}</dd>
          </div>
          <div>
            <dt>{messages.groupsLegend}</dt>
            <dd className="user-text">{workshop.groups.length > 0 ? workshop.groups.join(', ') : messages.noGroups}</dd>
          </div>
          <div>
            <dt>{messages.anonymityLegend}</dt>
            <dd>{workshop.anonymous ? messages.anonymous : messages.named}</dd>
          </div>
          <div>
            <dt>{sessionMessages.coveredFact}</dt>
            <dd>
              {session.principles}
              <br />
              <span className="small muted">{session.length}</span>
            </dd>
          </div>
        </dl>
        <p>
          <a className="button" href={hrefFor({ name: 'workshop', id: workshop.id, view: 'collect' })}>
            {messages.nextCollect}
          </a>
        </p>
      </section>
      <section className="card" aria-labelledby={`${uid}-files`}>
        <h2 id={`${uid}-files`}>{messages.filesTitle}</h2>
        <p className="muted">{messages.filesIntro}</p>
        <div className="actions__row">
          <button type="button" className="button button--secondary" onClick={exportFile}>
            {messages.exportWorkshop}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setCreating(true)}>
            {messages.newWorkshop}
          </button>
        </div>
        <ImportWorkshop />
      </section>
      {model && (
        <>
          <Priorities owner={owner} priorities={model.priorities} rubric={rubric} />
          <ActionPlan owner={owner} actions={workshop.actions} rubric={rubric} />
          <BoardAsk owner={owner} text={workshop.boardAsk ?? ''} />
          <ReportDownloads
            buildModel={() => withMap(buildWorkshopReportModel(rubric, workshop, new Date(), previous), workshop.networkId)}
            printHref={hrefFor({ name: 'workshop-report', id: workshop.id })}
          />
          <SavedWorkshops exceptId={workshop.id} />
        </>
      )}
    </>
  );
}
