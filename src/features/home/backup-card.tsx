// Backups and this device: export everything, whether the browser will keep the data, and a wipe.
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDateTime } from '../../components/format';
import { persistenceStatus, requestPersistence, wipeDevice } from '../../store/device';
import type { PersistenceStatus } from '../../store/device';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

// A function, not a table: the words are read when drawn, in the language chosen then.
const persistText = (status: PersistenceStatus): string =>
  ({ granted: messages.persistGranted, 'not-granted': messages.persistNotGranted, unsupported: messages.persistUnsupported })[status];

export function BackupCard() {
  const { assessments, workshops } = useAppStore(
    useShallow((s) => ({ assessments: s.assessments, workshops: s.workshops })),
  );
  const markAllExported = useAppStore((s) => s.markAllExported);
  const [status, setStatus] = useState<PersistenceStatus | null>(null);
  const [wiped, setWiped] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const count = Object.keys(assessments).length + Object.keys(workshops).length;
  // A network mapped before any assessment is worth a backup too.
  const maps = useAppStore((s) => Object.keys(s.networkMaps).length);

  useEffect(() => {
    // Ask once there is something worth keeping; the browser decides and we say what it said.
    void (count > 0 ? requestPersistence() : persistenceStatus()).then(setStatus);
  }, [count]);

  const stamps = [...Object.values(assessments), ...Object.values(workshops)]
    .map((r) => r.lastExportedAt)
    .filter((d): d is string => Boolean(d))
    .sort();
  const lastFull = count > 0 && stamps.length === count ? stamps[0] : undefined;

  const exportAll = async () => {
    const [{ serializeBackup }, { downloadFile, fileNameFrom }] = await Promise.all([
      import('../../core/backup-file'),
      import('../../lib/download'),
    ]);
    const now = new Date();
    const { networks, networkMaps, ownRubrics } = useAppStore.getState();
    const text = serializeBackup(
      {
        assessments: Object.values(assessments),
        workshops: Object.values(workshops),
        networks: Object.values(networks),
        networkMaps: Object.values(networkMaps),
        ownRubrics: Object.values(ownRubrics).map((e) => e.rubric),
        ownRubricTranslations: Object.values(ownRubrics).flatMap((e) => Object.values(e.translations ?? {})),
      },
      now,
    );
    downloadFile(fileNameFrom(['fivefold-backup', now.toISOString().slice(0, 10)], 'json'), text, 'application/json');
    markAllExported(now);
  };

  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{messages.backupTitle}</h2>
      <p>{messages.backupText}</p>
      <p className="small muted">{lastFull ? messages.lastBackup(formatDateTime(lastFull)) : messages.noBackup}</p>
      {status && <p className="small">{persistText(status)}</p>}
      <div className="actions__row">
        <button type="button" className="button" onClick={() => void exportAll()} disabled={count + maps === 0}>
          {messages.exportAll}
        </button>
        <button type="button" className="button button--danger" onClick={() => dialog.current?.showModal()}>
          {messages.wipe}
        </button>
      </div>
      <p role="status" className="small">
        {wiped ? messages.wiped : ''}
      </p>
      <dialog ref={dialog} className="dialog" aria-labelledby="wipe-title" aria-describedby="wipe-text">
        <h2 id="wipe-title">{messages.wipeTitle}</h2>
        <p id="wipe-text">{messages.wipeText}</p>
        <form method="dialog" className="actions__row">
          <button type="submit" className="button button--secondary" autoFocus>
            {messages.cancel}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              dialog.current?.close();
              void wipeDevice().then(() => setWiped(true));
            }}
          >
            {messages.wipeConfirm}
          </button>
        </form>
      </dialog>
    </section>
  );
}
