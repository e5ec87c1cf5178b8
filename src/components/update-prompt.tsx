// Registers the service worker (offline after the first visit) and, when a new version has been
// downloaded, says so and lets the user reload when it suits them: no code is swapped under an
// open assessment.
import { useRegisterSW } from 'virtual:pwa-register/react';
import { messages } from './app-messages';

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

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
