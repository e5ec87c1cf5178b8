// Entry point: resume where the user left off, then render the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { resumeHash } from './app/resume';
import { useAppStore } from './store/store';
import './app/app.css';

const resume = resumeHash(useAppStore.getState(), window.location.hash);
if (resume) window.location.replace(resume);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
