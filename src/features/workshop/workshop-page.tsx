// #/workshop/<view>: the facilitator's screens. Without an open workshop, the set-up form; with one,
// a row of screens to move between. Passing the device and presenting hide everything else.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { hrefFor } from '../../components/router';
import { AgreeView } from './agree-view';
import { CollectView } from './collect-view';
import { formatDay } from '../../components/format';
import { ImportWorkshop } from './import-workshop';
import { messages } from './messages';
import { PassDeviceView } from './pass-device-view';
import { SavedWorkshops } from './saved-workshops';
import { SetupForm } from './setup-form';
import { TallyView } from './tally-view';
import { rubricOfWorkshop, useActiveWorkshop, useAggregate } from './use-workshop';
import { WorkshopNav } from './workshop-nav';
import type { NavView } from './workshop-nav';
import { WorkshopOverview } from './workshop-overview';
import type { Rubric } from '../../core/rubric-schema';
import type { Workshop } from '../../core/workshop';

// The charts (recharts) load only with the screens that draw them.
const PictureView = lazy(() => import('./picture-view').then((m) => ({ default: m.PictureView })));
const GroupsView = lazy(() => import('./groups-view').then((m) => ({ default: m.GroupsView })));
const PresentView = lazy(() => import('./present-view').then((m) => ({ default: m.PresentView })));

function navViewOf(view: string): NavView | null {
  if (view.startsWith('agree-')) return 'agree';
  return (['setup', 'collect', 'tally', 'picture', 'agree', 'groups', 'present'] as const).find((v) => v === view) ?? null;
}

function NoWorkshop() {
  return (
    <div className="page page--workshop">
      <header className="step-header">
        <p className="eyebrow">{messages.eyebrow}</p>
        <h1 tabIndex={-1}>{messages.setupPageTitle}</h1>
        <p className="lead">{messages.setupLead}</p>
      </header>
      <SetupForm />
      <SavedWorkshops />
      <section className="card" aria-labelledby="import-workshop-title">
        <h2 id="import-workshop-title">{messages.importWorkshopTitle}</h2>
        <ImportWorkshop />
      </section>
    </div>
  );
}

function ViewBody({ view, nav, workshop, rubric }: { view: string; nav: NavView; workshop: Workshop; rubric: Rubric }) {
  const aggregate = useAggregate(rubric, workshop);
  switch (nav) {
    case 'setup':
      return <WorkshopOverview workshop={workshop} aggregate={aggregate} />;
    case 'collect':
      return <CollectView workshop={workshop} />;
    case 'tally':
      return <TallyView workshop={workshop} rubric={rubric} />;
    case 'picture':
      return <PictureView workshop={workshop} rubric={rubric} />;
    case 'agree':
      return <AgreeView workshop={workshop} rubric={rubric} focusId={view.startsWith('agree-') ? view.slice('agree-'.length) : undefined} />;
    case 'groups':
      return <GroupsView workshop={workshop} rubric={rubric} />;
    case 'present':
      return <PresentView workshop={workshop} rubric={rubric} />;
  }
}

export default function WorkshopPage({ view }: { view: string }) {
  const workshop = useActiveWorkshop();
  const rubric = rubricOfWorkshop(workshop);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const nav = navViewOf(view);

  useEffect(() => {
    if (view.startsWith('agree-')) return; // the agree screen puts focus on the indicator asked for
    window.scrollTo?.({ top: 0 });
    titleRef.current?.focus();
  }, [view]);

  if (!workshop) {
    if (view === 'setup') return <NoWorkshop />;
    return (
      <div className="page">
        <h1 tabIndex={-1}>{messages.noWorkshop}</h1>
        <a className="button" href={hrefFor({ name: 'workshop', view: 'setup' })}>
          {messages.toSetup}
        </a>
      </div>
    );
  }
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
  if (nav === 'present') {
    return (
      <Suspense fallback={<p className="page">{messages.loading}</p>}>
        <PresentView workshop={workshop} rubric={rubric} />
      </Suspense>
    );
  }
  if (!nav) {
    return (
      <div className="page">
        <h1 tabIndex={-1}>{messages.unknownView}</h1>
        <a href={hrefFor({ name: 'workshop', view: 'setup' })}>{messages.toSetup}</a>
      </div>
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
          {messages.viewTitles[nav]}
        </h1>
      </header>
      <WorkshopNav current={nav} />
      <Suspense fallback={<p>{messages.loading}</p>}>
        <ViewBody view={view} nav={nav} workshop={workshop} rubric={rubric} />
      </Suspense>
    </div>
  );
}
