// What an import did: how many ballots were added, how many were already there, and each problem.
// The status region stays on the page so screen readers announce each new result.
import type { ImportOutcome } from './read-ballots';
import { messages } from './messages';

export function ImportSummary({ outcome }: { outcome: ImportOutcome | null }) {
  return (
    <div className="import-summary">
      <div role="status">
        {outcome && (
          <p className="notice">
            <strong>{messages.addedN(outcome.added)}</strong>
            {outcome.duplicates > 0 && <> {messages.duplicatesN(outcome.duplicates)}</>}
          </p>
        )}
      </div>
      {outcome && outcome.problems.length > 0 && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{messages.problemsN(outcome.problems.length)}</strong>
          </p>
          <ul className="problem-list">
            {outcome.problems.map((p, i) => (
              <li key={i}>
                <strong className="user-text">{p.source}</strong>: <span className="pre-line">{p.error}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
