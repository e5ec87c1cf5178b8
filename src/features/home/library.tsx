// Everything stored in this browser: assessments (newest change first) and workshops, with undo after
// a delete or a merge of two networks.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Assessment } from '../../core/assessment';
import type { Workshop } from '../../core/workshop';
import type { MergeUndo } from '../../store/networks-slice';
import { selectAssessmentList } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { AssessmentItem } from './assessment-item';
import type * as Figures from './library-figures';
import { WorkshopItem } from './workshop-item';
import { messages } from './messages';

const UNDO_SECONDS = 15;

type Undo = { kind: 'deleted'; record: Assessment | Workshop } | { kind: 'merged'; undo: MergeUndo };

/** The card figures (answered, overall index), loaded after the start page has drawn. */
function useFigures(): typeof Figures.cardFigures | null {
  const [figures, setFigures] = useState<typeof Figures.cardFigures | null>(null);
  useEffect(() => {
    let live = true;
    void import('./library-figures').then((m) => {
      if (live) setFigures(() => m.cardFigures);
    });
    return () => {
      live = false;
    };
  }, []);
  return figures;
}

export function Library() {
  const list = useAppStore(useShallow(selectAssessmentList));
  const workshops = useAppStore(useShallow((s) => Object.values(s.workshops)));
  const restore = useAppStore((s) => s.restoreAssessment);
  const restoreWorkshop = useAppStore((s) => s.restoreWorkshop);
  const undoMerge = useAppStore((s) => s.undoMerge);
  const figuresOf = useFigures();
  const [undo, setUndo] = useState<Undo | null>(null);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [undo]);

  const perNetwork = new Map<string, number>();
  for (const a of list) perNetwork.set(a.networkId, (perNetwork.get(a.networkId) ?? 0) + 1);

  const undoText = (u: Undo) =>
    u.kind === 'deleted'
      ? messages.deleted(u.record.networkName || messages.unnamed)
      : messages.merged(u.undo.network.name || messages.unnamed, u.undo.into.name || messages.unnamed);
  const undoIt = (u: Undo) => {
    if (u.kind === 'merged') undoMerge(u.undo);
    else if (u.record.kind === 'workshop') restoreWorkshop(u.record);
    else restore(u.record);
    setUndo(null);
  };

  if (list.length === 0 && workshops.length === 0 && !undo) return null;
  return (
    <section className="card" aria-labelledby="saved-title">
      <h2 id="saved-title">{messages.savedTitle}</h2>
      <div role="status" className="undo-slot">
        {undo && (
          <p className="notice">
            {undoText(undo)}{' '}
            <button type="button" className="button button--secondary" onClick={() => undoIt(undo)}>
              {messages.undo}
            </button>
          </p>
        )}
      </div>
      <ul className="saved-list">
        {list.map((a) => (
          <AssessmentItem
            key={a.id}
            assessment={a}
            figures={figuresOf ? figuresOf(a) : null}
            sameNetwork={perNetwork.get(a.networkId) ?? 1}
            onDeleted={(record) => setUndo({ kind: 'deleted', record })}
            onMerged={(u) => setUndo({ kind: 'merged', undo: u })}
          />
        ))}
        {workshops.map((w) => (
          <WorkshopItem key={w.id} workshop={w} onDeleted={(record) => setUndo({ kind: 'deleted', record })} />
        ))}
      </ul>
    </section>
  );
}
