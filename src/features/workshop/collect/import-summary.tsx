// What an import did: how many ballots were added, how many were already there, and each problem.
// The status region stays on the page so screen readers announce each new result.
import { BUILTIN_RUBRICS } from '../../../core/builtin-rubrics';
import { readProblemWords } from '../../../components/problem-messages';
import { ProblemText } from '../../../components/problem-text';
import type { ImportOutcome, ImportProblem } from './read-ballots';
import { messages } from '../messages';

function Problem({ problem }: { problem: ImportProblem }) {
  if ('message' in problem) return <p>{problem.message}</p>;
  return <ProblemText words={readProblemWords(problem.problem, { rubrics: BUILTIN_RUBRICS, source: problem.from })} />;
}

export function ImportSummary({ outcome }: { outcome: ImportOutcome | null }) {
  return (
    <div className="import-summary">
      <div role="status">
        {outcome && (
          <p className="notice">
            <strong>{messages.addedN(outcome.added)}</strong>
            {(outcome.completed ?? 0) > 0 && <> {messages.completedN(outcome.completed ?? 0)}</>}
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
                <strong className="user-text">{p.source}</strong>
                {messages.problemFrom}
                <Problem problem={p} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
