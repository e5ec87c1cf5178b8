// The start page: what Fivefold is, a new assessment, the library, workshops, files and backups.
import { lazy, Suspense } from 'react';
import { DEFAULT_RUBRIC_REF } from '../../core/default-rubric-ref';
import { hrefFor } from '../../components/router';
import { BackupCard } from './backup-card';
import { ExportReminder } from './export-reminder';
import { Library } from './library';
import { messages } from './messages';
import { OpenFile } from './open-file';
import { StartForm } from './start-form';

// Below the fold and rarely used: its code loads after the first screen has drawn.
const OwnRubrics = lazy(() => import('./own-rubrics'));

export function HomePage() {
  return (
    <div className="page page--home">
      <header className="hero">
        <h1 tabIndex={-1}>{messages.tagline}</h1>
        <p className="lead">{messages.intro(DEFAULT_RUBRIC_REF.title)}</p>
        <p className="muted">{messages.privacy}</p>
      </header>
      <ExportReminder />
      <StartForm />
      <Library />
      <section className="card" aria-labelledby="workshop-title">
        <h2 id="workshop-title">{messages.workshopTitle}</h2>
        <p>{messages.workshopText}</p>
        <a className="button button--secondary" href={hrefFor({ name: 'workshop-new' })}>
          {messages.workshopStart}
        </a>
      </section>
      <Suspense fallback={null}>
        <OwnRubrics />
      </Suspense>
      <OpenFile />
      <BackupCard />
    </div>
  );
}
