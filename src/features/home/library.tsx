// Everything stored in this browser: assessments (newest change first) and workshops, with undo after a delete.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Assessment } from '../../core/assessment';
import type { Workshop } from '../../core/workshop';
import { networkKey } from '../../core/network-key';
import { resolveRubric } from '../../core/own-rubrics';
import { overallProgress } from '../../core/progress';
import { useBuiltinRubrics } from '../../components/use-builtin-rubrics';
import { selectAssessmentList } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { AssessmentItem } from './assessment-item';
import { WorkshopItem } from './workshop-item';
import { messages } from './messages';

const UNDO_SECONDS = 15;


export function Library() {
  const list = useAppStore(useShallow(selectAssessmentList));
  const workshops = useAppStore(useShallow((s) => Object.values(s.workshops)));
  const restore = useAppStore((s) => s.restoreAssessment);
  const restoreWorkshop = useAppStore((s) => s.restoreWorkshop);
  const rubrics = useBuiltinRubrics();
  const own = useAppStore(useShallow((s) => Object.values(s.ownRubrics).map((e) => e.rubric)));
  const [deleted, setDeleted] = useState<Assessment | Workshop | null>(null);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [deleted]);

  const perNetwork = new Map<string, number>();
  for (const a of list) perNetwork.set(networkKey(a.networkName), (perNetwork.get(networkKey(a.networkName)) ?? 0) + 1);

  if (list.length === 0 && workshops.length === 0 && !deleted) return null;
  return (
    <section className="card" aria-labelledby="saved-title">
      <h2 id="saved-title">{messages.savedTitle}</h2>
      <div role="status" className="undo-slot">
        {deleted && (
          <p className="notice">
            {messages.deleted(deleted.networkName || messages.unnamed)}{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                if (deleted.kind === 'workshop') restoreWorkshop(deleted);
                else restore(deleted);
                setDeleted(null);
              }}
            >
              {messages.undo}
            </button>
          </p>
        )}
      </div>
      <ul className="saved-list">
        {list.map((a) => {
          const rubric = rubrics ? resolveRubric(a.rubric, rubrics, own) : null;
          return (
            <AssessmentItem
              key={a.id}
              assessment={a}
              progress={rubric ? overallProgress(rubric, a.answers) : null}
              sameNetwork={perNetwork.get(networkKey(a.networkName)) ?? 1}
              onDeleted={setDeleted}
            />
          );
        })}
        {workshops.map((w) => (
          <WorkshopItem key={w.id} workshop={w} onDeleted={setDeleted} />
        ))}
      </ul>
    </section>
  );
}
