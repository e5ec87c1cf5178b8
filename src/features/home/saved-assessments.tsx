// The assessments kept in this browser, newest change first, each one a click from where it was left.
import { useShallow } from 'zustand/react/shallow';
import { findRubric } from '../../core/builtin-rubrics';
import { overallProgress } from '../../core/progress';
import { formatDateTime } from '../../components/format';
import { hrefFor } from '../../components/router';
import { selectAssessmentList } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

export function SavedAssessments() {
  const list = useAppStore(useShallow(selectAssessmentList));
  const open = useAppStore((s) => s.openAssessment);
  if (list.length === 0) return null;

  return (
    <section className="card" aria-labelledby="saved-title">
      <h2 id="saved-title">{messages.savedTitle}</h2>
      <ul className="saved-list">
        {list.map((a) => {
          const rubric = findRubric(a.rubric);
          const progress = rubric ? overallProgress(rubric, a.answers) : null;
          const name = a.networkName || messages.unnamed;
          const firstStep = rubric?.principles[0]?.id ?? '';
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
                  href={hrefFor({ name: 'step', step: a.lastStep ?? firstStep })}
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
