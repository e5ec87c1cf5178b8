// The start page: what Fivefold is, a new assessment, the library, workshops, files and backups.
import { lazy, Suspense } from 'react';
import { defaultRubricTitle } from '../../core/default-rubric-ref';
import { getLanguage } from '../../i18n/locale';
import { hrefFor } from '../../components/router';
import { ExportReminder } from './export-reminder';
import { messages } from './messages';
import { StartForm } from './start-form';

// The saved list (with its panels), network maps, and the file and backup cards at the foot of the
// page load just after the first screen: the start page draws its heading and start form without
// them (the first screen's budget is 100 kB, scripts/check-budget.mjs); the list's records come from
// IndexedDB after the first paint anyway.
const Library = lazy(() => import('./library').then((m) => ({ default: m.Library })));
const NetworkMapsCard = lazy(() => import('./network-maps-card'));
const OpenFile = lazy(() => import('./open-file').then((m) => ({ default: m.OpenFile })));
const BackupCard = lazy(() => import('./backup-card').then((m) => ({ default: m.BackupCard })));
const OwnRubrics = lazy(() => import('./own-rubrics'));

export function HomePage() {
  return (
    <div className="page page--home">
      <header className="hero">
        <h1 tabIndex={-1}>{messages.tagline}</h1>
        <p className="lead">{messages.intro(defaultRubricTitle(getLanguage()))}</p>
        <p className="muted">{messages.privacy}</p>
      </header>
      <ExportReminder />
      <StartForm />
      <Suspense fallback={null}>
        <Library />
        <NetworkMapsCard />
      </Suspense>
      <section className="card" aria-labelledby="workshop-title">
        <h2 id="workshop-title">{messages.workshopTitle}</h2>
        <p>{messages.workshopText}</p>
        <a className="button button--secondary" href={hrefFor({ name: 'workshop-new' })}>
          {messages.workshopStart}
        </a>
      </section>
      <Suspense fallback={null}>
        <OwnRubrics />
        <OpenFile />
        <BackupCard />
      </Suspense>
    </div>
  );
}
