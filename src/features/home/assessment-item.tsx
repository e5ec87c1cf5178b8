// One assessment in the library: its network, date and overall index, how far it got, when it was
// last exported, and its actions: continue, results, and in "More" rename, duplicate, re-assess,
// merge with another network, export and delete.
import { useId, useState } from 'react';
import type { Assessment } from '../../core/assessment';
import { DEFAULT_RUBRIC_REF } from '../../core/default-rubric-ref';
import { formatDate, formatDateTime, formatDay, formatScore } from '../../components/format';
import { hrefFor, navigate } from '../../components/router';
import type { MergeUndo } from '../../store/networks-slice';
import { useAppStore } from '../../store/store';
import type { CardFigures } from './library-figures';
import { MergeForm } from './merge-form';
import { messages } from './messages';
import { MoreActions } from './more-actions';
import { RenameForm } from './rename-form';

interface Props {
  assessment: Assessment;
  /** Answered questions and the overall index, once the rubric has loaded. */
  figures: CardFigures | null;
  /** How many assessments this network has, for the "compare over time" link. */
  sameNetwork: number;
  onDeleted: (assessment: Assessment) => void;
  onMerged: (undo: MergeUndo) => void;
}

type Open = 'rename' | 'reassess' | 'merge' | null;

export function AssessmentItem({ assessment: a, figures, sameNetwork, onDeleted, onMerged }: Props) {
  const store = useAppStore.getState;
  const [open, setOpen] = useState<Open>(null);
  const uid = useId();
  const title = a.networkName || messages.unnamed;

  const exportFile = async () => {
    const { downloadAssessmentJson } = await import('../../export/json/export-assessment');
    downloadAssessmentJson(a);
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
        <span className="saved-item__facts">
          {messages.assessedOnText(formatDay(a.assessedOn))}
          {figures && ` · ${figures.overall === null ? messages.noIndex : messages.indexText(formatScore(figures.overall))}`}
        </span>
        <span className="small muted saved-item__meta">
          {figures && `${messages.answered(figures.answered, figures.total)} · `}
          {messages.updated(formatDateTime(a.updatedAt))} ·{' '}
          {a.lastExportedAt ? messages.exportedOn(formatDate(a.lastExportedAt)) : messages.notExported}
        </span>
        {sameNetwork > 1 && (
          <a className="small" href={hrefFor({ name: 'network-trend', networkId: a.networkId })} aria-label={messages.trendLabel(title, sameNetwork)}>
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
            { label: messages.reassess, onSelect: () => setOpen('reassess') },
            { label: messages.rename, onSelect: () => setOpen('rename') },
            { label: messages.duplicate, onSelect: () => store().duplicateAssessment(a.id) },
            { label: messages.mergeWith, onSelect: () => setOpen('merge') },
            { label: messages.exportFile, onSelect: () => void exportFile() },
            { label: messages.delete, onSelect: remove, danger: true },
          ]}
        />
      </div>
      {open === 'rename' && (
        <RenameForm
          current={a.networkName}
          onSave={(name) => {
            store().renameAssessment(a.id, name);
            setOpen(null);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'reassess' && (
        <div className="inline-panel" role="group" aria-labelledby={`${uid}-reassess`}>
          <p id={`${uid}-reassess`}>{messages.reassessQuestion(title)}</p>
          <div className="actions__row">
            {/* Focus lands on the first choice, so a keyboard user answers the question just asked. */}
            <button type="button" className="button" autoFocus onClick={() => reassess(false)}>
              {messages.reassessBlank}
            </button>
            <button type="button" className="button button--secondary" onClick={() => reassess(true)}>
              {messages.reassessPrefilled}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(null)}>
              {messages.cancel}
            </button>
          </div>
        </div>
      )}
      {open === 'merge' && (
        <MergeForm
          networkId={a.networkId}
          name={title}
          onMerged={(undo) => {
            setOpen(null);
            onMerged(undo);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
    </li>
  );
}
