// The start page: what Fivefold is, a new assessment, the saved ones, and importing a file.
import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { ImportAssessment } from './import-assessment';
import { messages } from './messages';
import { SavedAssessments } from './saved-assessments';
import { StartForm } from './start-form';

export function HomePage() {
  const close = useAppStore((s) => s.closeAssessment);
  // The start page is outside any assessment: what is opened next is chosen here.
  useEffect(() => {
    close();
  }, [close]);
  return (
    <div className="page page--home">
      <header className="hero">
        <h1 tabIndex={-1}>{messages.tagline}</h1>
        <p className="lead">{messages.intro}</p>
        <p className="muted">{messages.privacy}</p>
      </header>
      <StartForm />
      <SavedAssessments />
      <ImportAssessment />
    </div>
  );
}
