// The app shell: header, storage notices, and the route's screen (loaded on demand). The screen
// takes its assessment or workshop from the address, so each tab shows its own.
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo } from 'react';
import { HomePage } from '../features/home/home-page';
import { NotOnDevice, NothingToOpen } from '../components/not-on-device';
import { LanguageSelect } from '../components/language-select';
import { useLanguage } from '../i18n/use-language';
import { hrefFor, isAssessmentRoute, isWorkshopRoute, keepInPageLinksInPage, legacyTarget, redirect, useRoute } from '../components/router';
import type { LegacyRoute, Route } from '../components/router';
import { useAppStore } from '../store/store';
import type { AppState } from '../store/store';
import { messages } from './messages';
import { rememberScreen } from './resume';
import { prefetchAfter, screens } from './screens';

// The offline-ready and update news and the storage notices come just after the first paint: nothing
// in them is needed to draw the first screen (the service worker registers as the page settles).
const UpdatePrompt = lazy(() => import('../components/update-prompt').then((m) => ({ default: m.UpdatePrompt })));
const StorageNotices = lazy(() => import('../components/storage-notices').then((m) => ({ default: m.StorageNotices })));

const { questionnaire, results, report, trend, workshop, newWorkshop, join, ballot, networkMap } = screens;
const QuestionnairePage = questionnaire.Component;
const ResultsPage = results.Component;
const ReportPage = report.Component;
const TrendPage = trend.Component;
const WorkshopPage = workshop.Component;
const NewWorkshopPage = newWorkshop.Component;
const JoinPage = join.Component;
const BallotLinkPage = ballot.Component;
const NetworkMapPage = networkMap.Component;

/** What the screen is about: an assessment or workshop named in the address, and its name if this device has it. */
interface Subject {
  kind: 'assessment' | 'workshop' | 'network';
  id: string;
  /** null when this device does not have it. */
  name: string | null;
}

/** The network name of the assessment or workshop the address names; null when this device does not have it. */
function nameOf(route: Route, state: AppState): string | null {
  const records: Record<string, { networkName: string }> | null = isAssessmentRoute(route)
    ? state.assessments
    : isWorkshopRoute(route)
      ? state.workshops
      : null;
  if (!records || !('id' in route) || !Object.hasOwn(records, route.id)) return null;
  return records[route.id]!.networkName;
}

function useSubject(route: Route): Subject | null {
  const name = useAppStore((s) =>
    route.name === 'network-map' ? (Object.hasOwn(s.networks, route.network) ? s.networks[route.network]!.name : null) : nameOf(route, s),
  );
  // A map screen is about a network: its name heads the page, and an unknown network is the screen's to say.
  if (route.name === 'network-map') return name === null ? null : { kind: 'network', id: route.network, name };
  if (isAssessmentRoute(route)) return { kind: 'assessment', id: route.id, name };
  if (isWorkshopRoute(route)) return { kind: 'workshop', id: route.id, name };
  return null;
}

function screenName(route: Route): string {
  if (route.name === 'workshop') return messages.workshopViews[route.view];
  if (route.name === 'home') return messages.homeTitle;
  return messages.screens[route.name];
}

function pageTitle(route: Route, subject: Subject | null): string {
  if (route.name === 'home') return messages.homeTitle;
  if (subject && subject.name === null) return messages.title(messages.notOnDevice);
  const about = route.name === 'trend-by-name' ? route.network : subject?.name;
  return messages.title(screenName(route), about || undefined);
}

/** The network a trend address names: by id, or, for an old address, by the name rule. */
function networkNameOf(route: Route, state: AppState): string | null {
  if (route.name !== 'network-trend') return null;
  return Object.hasOwn(state.networks, route.networkId) ? state.networks[route.networkId]!.name : null;
}


/** Sends an old address (#/results, #/workshop/…) on to the same screen of what was last opened here. */
function LegacyRedirect({ route }: { route: LegacyRoute }) {
  const assessmentId = useAppStore((s) => s.lastAssessmentId);
  const workshopId = useAppStore((s) => s.lastWorkshopId);
  const target = useMemo(() => legacyTarget(route, { assessmentId, workshopId }), [route, assessmentId, workshopId]);
  useLayoutEffect(() => {
    if (target) redirect(target);
  }, [target]);
  if (target) return null;
  const kind = route.route.name === 'workshop' || route.route.name === 'workshop-report' ? 'workshop' : 'assessment';
  return <NothingToOpen kind={kind} />;
}

function RouteScreen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'step':
      return <QuestionnairePage id={route.id} step={route.step} question={route.question} />;
    case 'results':
      return <ResultsPage id={route.id} />;
    case 'report':
      return <ReportPage assessmentId={route.id} />;
    case 'workshop-new':
      return <NewWorkshopPage />;
    case 'workshop':
      return <WorkshopPage id={route.id} view={route.view} indicator={route.indicator} />;
    case 'workshop-report':
      return <ReportPage workshopId={route.id} />;
    case 'network-trend':
      return <TrendPage networkId={route.networkId} />;
    case 'trend-by-name':
      return <TrendPage byName={route.network} />;
    case 'network-map':
      return <NetworkMapPage networkId={route.network} view={route.view} />;
    case 'join':
      return <JoinPage code={route.code} />;
    case 'ballot':
      return <BallotLinkPage code={route.code} />;
    case 'legacy':
      return <LegacyRedirect route={route} />;
    case 'not-found':
      return (
        <div className="page">
          <h1>{messages.notFound}</h1>
          <a href={hrefFor({ name: 'home' })}>{messages.goHome}</a>
        </div>
      );
  }
}

export function App() {
  // A new language redraws every screen with its words (the catalogues were updated in place).
  const language = useLanguage();
  const route = useRoute();
  const subject = useSubject(route);
  const openAssessment = useAppStore((s) => s.openAssessment);
  const openWorkshop = useAppStore((s) => s.openWorkshop);
  const missing = subject !== null && subject.name === null;
  const networkName = useAppStore((s) => networkNameOf(route, s));
  const title = networkName !== null ? messages.title(screenName(route), networkName || undefined) : pageTitle(route, subject);

  // What is shown is remembered as last opened on this device: old addresses and "resume" lead there.
  const kind = subject?.kind;
  const id = subject?.id;
  useEffect(() => {
    if (id === undefined || missing || kind === 'network') return;
    if (kind === 'assessment') openAssessment(id);
    else openWorkshop(id);
  }, [kind, id, missing, openAssessment, openWorkshop]);

  useEffect(() => {
    document.title = title;
  }, [title]);

  useEffect(() => rememberScreen(route), [route]);

  // While the user reads this screen, the next one arrives; a change of screen stops the old guess.
  useEffect(() => prefetchAfter(route), [route]);

  useEffect(keepInPageLinksInPage, []);

  return (
    <>
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <header className="app-header">
        <a className="app-header__brand" href={hrefFor({ name: 'home' })}>
          <span aria-hidden="true" className="app-header__logo">
            ⬠
          </span>{' '}
          {messages.appName}
        </a>
        {subject?.name && (
          <span className="app-header__context user-text" title={subject.name}>
            {subject.name}
          </span>
        )}
        <LanguageSelect />
      </header>
      <main id="main" tabIndex={-1} key={language}>
        {/* On a participant's ballot the "ready offline" news waits below: it must not push "Start the questions" off a phone's first screen. */}
        <Suspense fallback={null}>
          {route.name !== 'join' && <UpdatePrompt />}
          <StorageNotices />
        </Suspense>
        <Suspense fallback={<p className="page">{messages.loading}</p>}>
          {missing && subject.kind !== 'network' ? <NotOnDevice kind={subject.kind} /> : <RouteScreen route={route} />}
        </Suspense>
        {route.name === 'join' && (
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        )}
      </main>
    </>
  );
}
