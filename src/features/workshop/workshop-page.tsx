// #/w/<id>/<view>: one workshop's screens, a row of them to move between. Passing the device and
// presenting hide everything else.
import { Suspense, useEffect, useRef } from 'react';
import { preloadable, whenIdle } from '../../lib/preloadable';
import { NotOnDevice } from '../../components/not-on-device';
import type { WorkshopView } from '../../components/router';
import { AgreeView } from './agree/agree-view';
import { CollectView } from './collect/collect-view';
import { formatDay } from '../../components/format';
import { useWorkshop } from '../../store/selectors';
import { messages } from './messages';
import './workshop.css';
import { PassDeviceView } from './collect/pass-device-view';
import { TallyView } from './collect/tally-view';
import { rubricOfWorkshop, useAggregate } from './use-workshop';
import { WorkshopNav } from './workshop-nav';
import type { NavView } from './workshop-nav';
import { WorkshopOverview } from './workshop-overview';

// The set-up page shares most of its code with the workshop's screens: one chunk for both.
export { NewWorkshopPage } from './setup/new-workshop-page';
import type { Rubric } from '../../core/rubric-schema';
import type { Workshop } from '../../core/workshop';

// The charts (recharts) load only with the screens that draw them.
// The group picture is fetched ahead while the facilitator collects, so it opens at once.
const picture = preloadable(() => import('./picture/picture-view').then((m) => m.PictureView));
const groups = preloadable(() => import('./picture/groups-view').then((m) => m.GroupsView));
const present = preloadable(() => import('./present/present-view').then((m) => m.PresentView));
const PictureView = picture.Component;
const GroupsView = groups.Component;
const PresentView = present.Component;

interface BodyProps {
  nav: NavView;
  indicator: string | undefined;
  workshop: Workshop;
  rubric: Rubric;
}

/** The overview's counts; the other screens work out the group values they need themselves. */
function Overview({ workshop, rubric }: { workshop: Workshop; rubric: Rubric }) {
  const aggregate = useAggregate(rubric, workshop);
  return <WorkshopOverview workshop={workshop} aggregate={aggregate} />;
}

function ViewBody({ nav, indicator, workshop, rubric }: BodyProps) {
  switch (nav) {
    case 'overview':
      return <Overview workshop={workshop} rubric={rubric} />;
    case 'collect':
      return <CollectView workshop={workshop} />;
    case 'tally':
      return <TallyView workshop={workshop} rubric={rubric} />;
    case 'picture':
      return <PictureView workshop={workshop} rubric={rubric} />;
    case 'agree':
      return <AgreeView workshop={workshop} rubric={rubric} focusId={indicator} />;
    case 'groups':
      return <GroupsView workshop={workshop} rubric={rubric} />;
    case 'present':
      return <PresentView workshop={workshop} rubric={rubric} />;
  }
}

interface Props {
  id: string;
  view: WorkshopView;
  /** With the 'agree' view: the indicator to open and focus. */
  indicator?: string;
}

export default function WorkshopPage({ id, view, indicator }: Props) {
  const workshop = useWorkshop(id);
  const rubric = rubricOfWorkshop(workshop);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (indicator !== undefined) return; // the agree screen puts focus on the indicator asked for
    window.scrollTo?.({ top: 0 });
    titleRef.current?.focus();
  }, [id, view, indicator]);

  useEffect(() => whenIdle([picture.preload, present.preload, groups.preload]), []);

  if (!workshop) return <NotOnDevice kind="workshop" />;
  if (!rubric) {
    return (
      <div className="page">
        <p className="notice notice--error" role="alert">
          {messages.unknownRubric(workshop.rubric.id)}
        </p>
      </div>
    );
  }
  if (view === 'pass') return <PassDeviceView workshop={workshop} />;
  if (view === 'present') {
    return (
      <Suspense fallback={<p className="page">{messages.loading}</p>}>
        <PresentView workshop={workshop} rubric={rubric} />
      </Suspense>
    );
  }
  return (
    <div className="page page--workshop">
      <header className="workshop-header">
        <p className="eyebrow">
          {messages.eyebrow} · <span className="user-text">{workshop.networkName || messages.unnamedWorkshop}</span> · {formatDay(workshop.date)} ·{' '}
          {messages.roundN(workshop.currentRound)}
        </p>
        <h1 ref={titleRef} tabIndex={-1}>
          {messages.viewTitles[view]}
        </h1>
      </header>
      <WorkshopNav workshopId={id} current={view} />
      <Suspense fallback={<p>{messages.loading}</p>}>
        <ViewBody nav={view} indicator={indicator} workshop={workshop} rubric={rubric} />
      </Suspense>
    </div>
  );
}
