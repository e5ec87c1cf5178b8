// One assessment in the library: what it is, how far it got, when it was last exported, and actions.
import { useState } from 'react';
import type { Assessment } from '../../core/assessment';
import { DEFAULT_RUBRIC_REF } from '../../core/default-rubric-ref';
import { formatDate, formatDateTime } from '../../components/format';
import { hrefFor, navigate } from '../../components/router';
import { networkMapOf } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { messages } from './messages';
import { MoreActions } from './more-actions';
import { RenameForm } from './rename-form';

interface Props {
  assessment: Assessment;
  progress: { answered: number; total: number } | null;
  /** How many assessments this network has, for the "compare over time" link. */
  sameNetwork: number;
  onDeleted: (assessment: Assessment) => void;
}

export function AssessmentItem({ assessment: a, progress, sameNetwork, onDeleted }: Props) {
  const store = useAppStore.getState;
  const [renaming, setRenaming] = useState(false);
  const title = a.networkName || messages.unnamed;

  const exportFile = async () => {
    const { downloadAssessmentJson } = await import('../../export/json/export-assessment');
    downloadAssessmentJson(a, networkMapOf(a.networkId));
    store().markExported(a.id);
  };
  const reassess = (prefill: boolean) => {
    const id = store().reassess(a.id, prefill);
    if (id) navigate({ name: 'step', id, step: DEFAULT_RUBRIC_REF.firstStep });
  };
  const remove = () => {
    const removed = store().deleteAssessment(a.id);
    if (removed) onDeleted(removed);
  };

  return (
    <li className="saved-item">
      <div className="saved-item__text">
        <span className="tag tag--kind">{messages.kindSolo}</span>
        <strong className="saved-item__name user-text">{title}</strong>
        {a.assessors && <span className="user-text"> {messages.assessedBy(a.assessors)}</span>}
        <span className="small muted saved-item__meta">
          {progress && `${messages.answered(progress.answered, progress.total)} · `}
          {messages.created(formatDate(a.createdAt))} · {messages.updated(formatDateTime(a.updatedAt))} ·{' '}
          {a.lastExportedAt ? messages.exportedOn(formatDate(a.lastExportedAt)) : messages.notExported}
        </span>
        {sameNetwork > 1 && (
          <a className="small" href={hrefFor({ name: 'trend', network: a.networkName })} aria-label={messages.trendLabel(title, sameNetwork)}>
            {messages.trend}
          </a>
        )}
      </div>
      <div className="saved-item__actions">
        <a
          className="button button--secondary"
          href={hrefFor({ name: 'step', id: a.id, step: a.lastStep ?? DEFAULT_RUBRIC_REF.firstStep })}
          aria-label={messages.continueLabel(title)}
        >
          {messages.continueText}
        </a>
        <a
          className="button button--secondary"
          href={hrefFor({ name: 'results', id: a.id })}
          aria-label={messages.resultsLabel(title)}
        >
          {messages.resultsText}
        </a>
        <MoreActions
          label={messages.moreActions(title)}
          summary={messages.more}
          actions={[
            { label: messages.rename, onSelect: () => setRenaming(true) },
            { label: messages.duplicate, onSelect: () => store().duplicateAssessment(a.id) },
            { label: messages.reassessBlank, onSelect: () => reassess(false) },
            { label: messages.reassessPrefilled, onSelect: () => reassess(true) },
            { label: messages.exportFile, onSelect: () => void exportFile() },
            { label: messages.delete, onSelect: remove, danger: true },
          ]}
        />
      </div>
      {renaming && (
        <RenameForm
          current={a.networkName}
          onSave={(name) => {
            store().renameAssessment(a.id, name);
            setRenaming(false);
          }}
          onCancel={() => setRenaming(false)}
        />
      )}
    </li>
  );
}
