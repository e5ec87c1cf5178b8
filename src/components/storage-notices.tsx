// Tells the user, at the top of every screen, about saved data that could not be read or saved:
// what, in plain words, and what to do. The words of a problem load only when there is one to tell.
import type { SetAsideNotice } from '../store/notices-slice';
import { useAppStore } from '../store/store';
import { downloadFile } from '../lib/download';
import { forgetSetAside, readSetAside } from '../store/set-aside';
import { messages } from './app-messages';
import { ProblemText } from './problem-text';
import { useBuiltinRubrics } from './use-builtin-rubrics';
import { useProblemWords } from './use-problem-words';

export function StorageNotices() {
  const shown = useAppStore((s) => s.setAsideNotices.length > 0 || s.saveError !== null);
  return shown ? <Notices /> : null;
}

function Notices() {
  const notices = useAppStore((s) => s.setAsideNotices);
  const saveError = useAppStore((s) => s.saveError);
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
              <summary>{messages.details}</summary>
              <p className="pre-line small">{saveError.detail}</p>
            </details>
          )}
        </div>
      )}
      {notices.map((n, i) => (
        <SetAside key={n.backupKey} notice={n} position={i + 1} />
      ))}
    </div>
  );
}

function SetAside({ notice, position }: { notice: SetAsideNotice; position: number }) {
  const dismiss = useAppStore((s) => s.dismissSetAsideNotice);
  const words = useProblemWords();
  // Questions are named from the rubric, which loads after the first screen: until then, by id.
  const rubrics = useBuiltinRubrics() ?? [];
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>{messages.setAsideTitle}</strong>
        {messages.setAsideKept}
      </p>
      {words && <ProblemText words={words.setAsideWords(notice.reason, rubrics)} />}
      <div className="notice__actions">
        <button
          type="button"
          className="button button--secondary"
          aria-label={messages.downloadUnreadableOf(notice.reason, position)}
          onClick={() => {
            const raw = readSetAside(notice.backupKey);
            if (raw !== null) downloadFile('fivefold-unreadable-data.json', raw, 'application/json');
          }}
        >
          {messages.downloadUnreadable}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            forgetSetAside(notice.backupKey);
            dismiss(notice.backupKey);
          }}
        >
          {messages.deleteAndDismiss}
        </button>
        <button type="button" className="link-button" onClick={() => dismiss(notice.backupKey)}>
          {messages.keepAndDismiss}
        </button>
      </div>
    </div>
  );
}
