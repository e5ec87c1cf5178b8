// One workshop in the library: its network and date, and open, rename, export or delete.
import { useState } from 'react';
import type { Workshop } from '../../core/workshop';
import { formatDate, formatDateTime, formatDay } from '../../components/format';
import { hrefFor } from '../../components/router';
import { networkMapOf, ownRubricOf } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { messages } from './messages';
import { MoreActions } from './more-actions';
import { RenameForm } from './rename-form';

async function exportWorkshop(workshop: Workshop) {
  const [{ serializeWorkshop }, { downloadFile, fileNameFrom }] = await Promise.all([
    import('../../core/workshop-file'),
    import('../../lib/download'),
  ]);
  const now = new Date();
  downloadFile(
    fileNameFrom(['fivefold-workshop', workshop.networkName, workshop.date], 'json'),
    serializeWorkshop(workshop, now, networkMapOf(workshop.networkId), ownRubricOf(workshop.rubric)),
    'application/json',
  );
  useAppStore.getState().updateWorkshop(workshop.id, (w) => ({ ...w, lastExportedAt: now.toISOString() }));
}

export function WorkshopItem({ workshop: w, onDeleted }: { workshop: Workshop; onDeleted: (w: Workshop) => void }) {
  const store = useAppStore.getState;
  const [renaming, setRenaming] = useState(false);
  const title = w.networkName || messages.unnamed;
  return (
    <li className="saved-item">
      <div className="saved-item__text">
        <span className="tag tag--kind">{messages.kindWorkshop}</span>
        <strong className="saved-item__name user-text">{title}</strong>
        <span className="small muted saved-item__meta">
          {formatDay(w.date)} · {messages.updated(formatDateTime(w.updatedAt))} ·{' '}
          {w.lastExportedAt ? messages.exportedOn(formatDate(w.lastExportedAt)) : messages.notExported}
        </span>
      </div>
      <div className="saved-item__actions">
        <a
          className="button button--secondary"
          href={hrefFor({ name: 'workshop', id: w.id, view: 'overview' })}
          aria-label={messages.openWorkshopLabel(title)}
        >
          {messages.openWorkshop}
        </a>
        <MoreActions
          label={messages.moreActions(title)}
          summary={messages.more}
          actions={[
            { label: messages.rename, onSelect: () => setRenaming(true) },
            { label: messages.exportFile, onSelect: () => void exportWorkshop(w) },
            {
              label: messages.delete,
              danger: true,
              onSelect: () => {
                const removed = store().deleteWorkshop(w.id);
                if (removed) onDeleted(removed);
              },
            },
          ]}
        />
      </div>
      {renaming && (
        <RenameForm
          current={w.networkName}
          onSave={(networkName) => {
            store().updateWorkshop(w.id, (x) => (x.networkName === networkName ? x : { ...x, networkName }));
            setRenaming(false);
          }}
          onCancel={() => setRenaming(false)}
        />
      )}
    </li>
  );
}
