// A problem in words: what is wrong, the specifics as a list, and the technical detail folded away
// under "Details" for whoever helps the user (support reads the paths; the user need not).
import { messages } from './app-messages';
import type { Worded } from './problem-messages';

export function ProblemText({ words }: { words: Worded }) {
  return (
    <>
      {words.lead.map((sentence) => (
        <p key={sentence} className="pre-line">
          {sentence}
        </p>
      ))}
      {words.items.length > 0 && (
        <ul className="problem-list">
          {words.items.map((item, i) => (
            <li key={i} className="pre-line">
              {item}
            </li>
          ))}
        </ul>
      )}
      {words.details !== '' && (
        <details className="why">
          <summary>{messages.details}</summary>
          <p className="pre-line small">{words.details}</p>
        </details>
      )}
    </>
  );
}
