// Registers the service worker (offline after the first visit) and, when a new version has been
// downloaded, says so and lets the user reload when it suits them: no code is swapped under an
// open assessment.
import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { messages } from './app-messages';

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  // "Ready offline" is good news, said once; it leaves by itself. A new version waits for the user.
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), 8000);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh, setOfflineReady]);

  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="notice update-prompt" role="status">
      <p>{needRefresh ? messages.newVersion : messages.offlineReady}</p>
      <div className="notice__actions">
        {needRefresh && (
          <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
            {messages.reload}
          </button>
        )}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setNeedRefresh(false);
            setOfflineReady(false);
          }}
        >
          {needRefresh ? messages.later : messages.dismiss}
        </button>
      </div>
    </div>
  );
}
