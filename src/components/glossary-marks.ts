// Which glossary terms to mark in a question's texts: the first use of each term across them, in
// reading order (question, help, then each level's label and description), so a word is explained
// where the reader first meets it and the levels are not cluttered with repeats.
import { glossaryMatcher } from '../core/glossary';
import type { TermMatch } from '../core/glossary';
import type { GlossaryEntry } from '../core/rubric-schema';

export function firstUses(texts: readonly string[], glossary: readonly GlossaryEntry[]): TermMatch[][] {
  const match = glossaryMatcher(glossary);
  const seen = new Set<number>();
  return texts.map((text) => {
    const marked: TermMatch[] = [];
    let end = 0;
    for (const m of match(text)) {
      if (seen.has(m.entry) || m.start < end) continue;
      seen.add(m.entry);
      marked.push(m);
      end = m.end;
    }
    return marked;
  });
}
