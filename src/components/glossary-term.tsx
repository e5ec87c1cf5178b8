// A glossary term in rubric text: a button that shows the term's plain definition (and example) on
// tap, hover or keyboard focus, and describes itself with it for screen readers. Inside a level's
// label it does not pick the level: a click on the term is the term's own.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import type { TermMatch } from '../core/glossary';
import type { GlossaryEntry } from '../core/rubric-schema';
import './glossary-term.css';
import { messages } from './question-messages';

function GlossaryTerm({ text, entry }: { text: string; entry: GlossaryEntry }) {
  const id = useId();
  // Shown while hovered, focused or pinned by a tap; a touch screen sends "hover" before the tap,
  // so the tap pins rather than toggles what the hover already showed.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const open = hovered || focused || pinned;
  return (
    <span className="term" onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
      <button
        type="button"
        className="term__button"
        aria-expanded={open}
        aria-describedby={id}
        onClick={(e) => {
          // Inside a level's label, a click would otherwise also choose the level.
          e.preventDefault();
          e.stopPropagation();
          setPinned((p) => !p || !open);
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setHovered(false);
            setFocused(false);
            setPinned(false);
          }
        }}
      >
        {text}
      </button>
      <span role="tooltip" id={id} className="term__tip" hidden={!open}>
        <strong>{entry.term}: </strong>
        {entry.definition}
        {entry.example && <> {messages.example(entry.example)}</>}
      </span>
    </span>
  );
}

/** Text with the given glossary matches marked as terms. */
export function TermText({ text, marks, glossary }: { text: string; marks: readonly TermMatch[] | undefined; glossary: readonly GlossaryEntry[] }) {
  if (!marks || marks.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(<GlossaryTerm key={m.start} text={m.text} entry={glossary[m.entry]!} />);
    at = m.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
