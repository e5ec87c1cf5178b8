// Entry point: resume where the user left off, then render the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { resumeHash } from './app/resume';
import { startLanguage } from './i18n/language';
import { hydrated } from './store/persist-options';
import { useAppStore } from './store/store';
import './app/app.css';

// Saved work is read first (IndexedDB answers in a few milliseconds), so the first screen drawn
// already shows it and can take the user back where they were. A language other than English has
// its words loaded first (from the offline cache after the first visit), so no screen flashes English.
void Promise.all([hydrated, startLanguage()]).then(() => {
  const resume = resumeHash(useAppStore.getState(), window.location.hash);
  if (resume) window.location.replace(resume);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
