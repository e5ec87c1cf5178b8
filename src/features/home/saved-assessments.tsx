// The assessments kept in this browser, newest change first, each one a click from where it was left.
import { useShallow } from 'zustand/react/shallow';
import { overallProgress } from '../../core/progress';
import { useBuiltinRubrics } from '../../components/use-builtin-rubrics';
import { DEFAULT_RUBRIC_REF } from '../../core/default-rubric-ref';
import { formatDateTime } from '../../components/format';
import { hrefFor } from '../../components/router';
import { selectAssessmentList } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

export function SavedAssessments() {
  const list = useAppStore(useShallow(selectAssessmentList));
  const open = useAppStore((s) => s.openAssessment);
  const rubrics = useBuiltinRubrics();
  if (list.length === 0) return null;

  return (
    <section className="card" aria-labelledby="saved-title">
      <h2 id="saved-title">{messages.savedTitle}</h2>
      <ul className="saved-list">
        {list.map((a) => {
          const rubric = rubrics?.find((r) => r.id === a.rubric.id) ?? null;
          const progress = rubric ? overallProgress(rubric, a.answers) : null;
          const name = a.networkName || messages.unnamed;
          return (
            <li key={a.id} className="saved-item">
              <div className="saved-item__text">
                <strong className="saved-item__name">{name}</strong>
                {a.assessors && <span> {messages.assessedBy(a.assessors)}</span>}
                <span className="small muted saved-item__meta">
                  {progress && messages.answered(progress.answered, progress.total)} ·{' '}
                  {messages.updated(formatDateTime(a.updatedAt))}
                </span>
              </div>
              <div className="saved-item__actions">
                <a
                  className="button button--secondary"
                  href={hrefFor({ name: 'step', step: a.lastStep ?? DEFAULT_RUBRIC_REF.firstStep })}
                  aria-label={messages.continueLabel(name)}
                  onClick={() => open(a.id)}
                >
                  {messages.continueText}
                </a>
                <a
                  className="button button--secondary"
                  href={hrefFor({ name: 'results' })}
                  aria-label={messages.resultsLabel(name)}
                  onClick={() => open(a.id)}
                >
                  {messages.resultsText}
                </a>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
