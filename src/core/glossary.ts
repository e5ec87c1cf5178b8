// Finding glossary terms in rubric text. A term (or one of its aliases, such as a plural) matches as
// a whole word, whatever its case; where terms overlap ("mutual fund" inside "Coopfond's mutual
// fund"), the longer one wins. The screens mark the first match of each term; the rubric lint uses
// the same matcher to check that every term is used somewhere.

export interface GlossaryEntryLike {
  term: string;
  aliases?: readonly string[];
}

export interface TermMatch {
  /** Index of the glossary entry. */
  entry: number;
  start: number;
  end: number;
  /** The text as it appears, e.g. "Federations" for the term "federation". */
  text: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every spelling of every entry, longest first, so that a longer term is tried before its parts. */
function spellings(glossary: readonly GlossaryEntryLike[]) {
  return glossary
    .flatMap((g, entry) => [g.term, ...(g.aliases ?? [])].map((text) => ({ entry, text: text.trim() })))
    .filter((s) => s.text !== '')
    .sort((a, b) => b.text.length - a.text.length);
}

/** Builds a matcher once for a glossary; call it on each text. */
export function glossaryMatcher(glossary: readonly GlossaryEntryLike[]): (text: string) => TermMatch[] {
  const all = spellings(glossary);
  if (all.length === 0) return () => [];
  // Straight and curly apostrophes are the same character to a reader.
  const pattern = all.map((s) => escapeRegExp(s.text).replace(/['’]/g, "['’]")).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');
  const entryOf = new Map<string, number>();
  for (const s of all) {
    const key = s.text.toLocaleLowerCase('en').replace(/’/g, "'");
    if (!entryOf.has(key)) entryOf.set(key, s.entry);
  }
  return (text) => {
    const found: TermMatch[] = [];
    for (const m of text.matchAll(regex)) {
      const entry = entryOf.get(m[0].toLocaleLowerCase('en').replace(/’/g, "'"));
      if (entry !== undefined) found.push({ entry, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return found;
  };
}

/** The normalised form under which two spellings count as the same term. */
export function termKey(text: string): string {
  return text.trim().replace(/’/g, "'").toLocaleLowerCase('en');
}
