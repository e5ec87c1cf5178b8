// Tells the user, at the top of every screen, about saved data that could not be read or saved.
import { useAppStore } from '../store/store';
import { downloadFile } from './download';
import { forgetSetAside, readSetAside } from '../store/set-aside';
import { messages } from './app-messages';
import { problemMessages, setAsideName, setAsideWords } from './problem-messages';
import { ProblemText } from './problem-text';
import { useBuiltinRubrics } from './use-builtin-rubrics';

export function StorageNotices() {
  const notices = useAppStore((s) => s.setAsideNotices);
  const saveError = useAppStore((s) => s.saveError);
  const dismiss = useAppStore((s) => s.dismissSetAsideNotice);
  // Questions are named from the rubric, which loads after the first screen: until then, by id.
  const rubrics = useBuiltinRubrics() ?? [];
  if (notices.length === 0 && !saveError) return null;

  return (
    <div className="notices">
      {saveError && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{messages.notSaved}</strong>
            {messages.saveProblem(saveError)}
          </p>
          {'detail' in saveError && (
            <details className="why">
              <summary>{problemMessages.details}</summary>
              <p className="pre-line small">{saveError.detail}</p>
            </details>
          )}
        </div>
      )}
      {notices.map((n, i) => (
        <div key={n.backupKey} className="notice notice--warning" role="alert">
          <p>
            <strong>{messages.setAsideTitle}</strong>
            {messages.setAsideKept}
          </p>
          <ProblemText words={setAsideWords(n.reason, rubrics)} />
          <div className="notice__actions">
            <button
              type="button"
              className="button button--secondary"
              aria-label={messages.downloadUnreadableOf(setAsideName(n.reason, i + 1))}
              onClick={() => {
                const raw = readSetAside(n.backupKey);
                if (raw !== null) downloadFile('fivefold-unreadable-data.json', raw, 'application/json');
              }}
            >
              {messages.downloadUnreadable}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                forgetSetAside(n.backupKey);
                dismiss(n.backupKey);
              }}
            >
              {messages.deleteAndDismiss}
            </button>
            <button type="button" className="link-button" onClick={() => dismiss(n.backupKey)}>
              {messages.keepAndDismiss}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
