// The app shell: header, storage notices, and the route's screen (results load on demand).
import { lazy, Suspense } from 'react';
import { HomePage } from '../features/home/home-page';
import { StorageNotices } from '../components/storage-notices';
import { UpdatePrompt } from '../components/update-prompt';
import { hrefFor, useRoute } from '../components/router';
import { useActiveAssessment } from '../store/selectors';
import { messages } from './messages';

const QuestionnairePage = lazy(() => import('../features/questionnaire/questionnaire-page'));
const ResultsPage = lazy(() => import('../features/results/results-page'));
const ReportPage = lazy(() => import('../features/report/report-page'));

function Screen() {
  const route = useRoute();
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'step':
      return (
        <Suspense fallback={<p className="page">{messages.loading}</p>}>
          <QuestionnairePage step={route.step} />
        </Suspense>
      );
    case 'results':
      return (
        <Suspense fallback={<p className="page">{messages.loading}</p>}>
          <ResultsPage />
        </Suspense>
      );
    case 'report':
      return (
        <Suspense fallback={<p className="page">{messages.loading}</p>}>
          <ReportPage />
        </Suspense>
      );
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
