// The app shell: header, storage notices, and the route's screen (results load on demand).
import { lazy, Suspense } from 'react';
import { HomePage } from '../features/home/home-page';
import { StorageNotices } from '../components/storage-notices';
import { UpdatePrompt } from '../components/update-prompt';
import { hrefFor, useRoute } from '../components/router';
import type { Route } from '../components/router';
import { useActiveAssessment } from '../store/selectors';
import { useAppStore } from '../store/store';
import { messages } from './messages';

const QuestionnairePage = lazy(() => import('../features/questionnaire/questionnaire-page'));
const ResultsPage = lazy(() => import('../features/results/results-page'));
const ReportPage = lazy(() => import('../features/report/report-page'));
const TrendPage = lazy(() => import('../features/trend/trend-page'));
const WorkshopPage = lazy(() => import('../features/workshop/workshop-page'));
const JoinPage = lazy(() => import('../features/workshop/join-page'));
const BallotLinkPage = lazy(() => import('../features/workshop/ballot-link-page'));

/** The print view of the workshop open in this tab. */
function WorkshopReport() {
  const id = useAppStore((s) => s.activeWorkshopId);
  return <ReportPage workshopId={id ?? ''} />;
}

function RouteScreen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'step':
      return <QuestionnairePage step={route.step} />;
    case 'results':
      return <ResultsPage />;
    case 'report':
      return <ReportPage />;
    case 'workshop-report':
      return <WorkshopReport />;
    case 'trend':
      return <TrendPage network={route.network} />;
    case 'workshop':
      return <WorkshopPage view={route.view} />;
    case 'join':
      return <JoinPage code={route.code} />;
    case 'ballot':
      return <BallotLinkPage code={route.code} />;
    case 'not-found':
      return (
        <div className="page">
          <h1>{messages.notFound}</h1>
          <a href={hrefFor({ name: 'home' })}>{messages.goHome}</a>
        </div>
      );
  }
}

function Screen() {
  const route = useRoute();
  return (
    <Suspense fallback={<p className="page">{messages.loading}</p>}>
      <RouteScreen route={route} />
    </Suspense>
  );
}

export function App() {
  const assessment = useActiveAssessment();
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
        {assessment && (
          <span className="app-header__context user-text" title={assessment.networkName}>
            {assessment.networkName}
          </span>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <UpdatePrompt />
        <StorageNotices />
        <Screen />
      </main>
    </>
  );
}
