// One assessment in the library: its network, date and overall index, how far it got, when it was
// last exported, and its actions: continue, results, and in "More" rename, duplicate, re-assess,
// merge with another network, export and delete.
import { lazy, Suspense, useState } from 'react';
import type { Assessment } from '../../core/assessment';
import { formatDate, formatDateTime, formatDay, formatScore } from '../../components/format';
import { hrefFor } from '../../components/router';
import type { MergeUndo } from '../../store/networks-slice';
import { networkMapOf, ownRubricOf } from '../../store/selectors';
import { firstStepOf } from '../../store/first-step';
import { useAppStore } from '../../store/store';
import type { CardFigures } from './library-figures';
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

// Loaded when chosen, so the start page does not pay for them.
const MergeForm = lazy(() => import('./item-panels').then((m) => ({ default: m.MergeForm })));
const ReassessPanel = lazy(() => import('./item-panels').then((m) => ({ default: m.ReassessPanel })));

export function AssessmentItem({ assessment: a, figures, sameNetwork, onDeleted, onMerged }: Props) {
  const store = useAppStore.getState;
  const [open, setOpen] = useState<Open>(null);
  const title = a.networkName || messages.unnamed;

  const exportFile = async () => {
    const { downloadAssessmentJson } = await import('../../export/json/export-assessment');
    downloadAssessmentJson(a, networkMapOf(a.networkId), ownRubricOf(a.rubric));
    store().markExported(a.id);
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
          href={hrefFor({ name: 'step', id: a.id, step: a.lastStep ?? firstStepOf(a.rubric) })}
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
        <Suspense fallback={null}>
          <ReassessPanel assessmentId={a.id} name={title} onCancel={() => setOpen(null)} />
        </Suspense>
      )}
      {open === 'merge' && (
        <Suspense fallback={null}>
          <MergeForm
          networkId={a.networkId}
          name={title}
          onMerged={(undo) => {
            setOpen(null);
            onMerged(undo);
          }}
          onCancel={() => setOpen(null)}
          />
        </Suspense>
      )}
    </li>
  );
}
