// The writing rules of docs/rubric-format.md as functions on a parsed Rubric, each returning the
// places that break it (empty when the rubric follows the rule). test/rubric-lint.test.ts holds every
// shipped and example rubric to them; the translation test holds every translated rubric to them too.
import { glossaryMatcher, termKey } from '../../src/core/glossary';
import { historyIssues } from '../../src/core/rubric-history-check';
import type { Rubric } from '../../src/core/rubric-schema';
import { MAX_LEVEL_WORDS } from '../../src/core/rubric-v2-checks';
import { wordCount } from '../../src/core/text-words';

const TIERS = ['low', 'middle', 'high'] as const;

const indicatorsOf = (rubric: Rubric) => rubric.principles.flatMap((p) => p.indicators);

/** Every text a reader meets, for the glossary check. */
function readerTexts(rubric: Rubric): string[] {
  const out = [rubric.description];
  for (const p of rubric.principles) {
    out.push(p.title, p.subtitle ?? '', p.definition, p.whyItMatters);
    for (const ind of p.indicators) out.push(ind.question, ind.help, ...ind.levels.flatMap((l) => [l.label, l.description]));
    for (const tier of TIERS) for (const r of p.recommendations[tier]) out.push(r.text, r.lead ?? '', r.firstStep ?? '');
  }
  for (const s of rubric.stages) out.push(s.title, s.description, ...s.nextSteps);
  for (const o of rubric.outcomes) out.push(`${o.title}. ${o.description}`);
  return out;
}

/** Five levels per indicator, none with an empty or repeated label or description. */
export function levelShapeProblems(rubric: Rubric): string[] {
  return indicatorsOf(rubric).flatMap((ind) => {
    const labels = ind.levels.map((l) => termKey(l.label));
    const descriptions = ind.levels.map((l) => termKey(l.description));
    const problems: string[] = [];
    if (ind.levels.length !== 5) problems.push(`${ind.id}: ${ind.levels.length} levels, not 5`);
    if (labels.some((l) => l === '') || descriptions.some((d) => d === '')) problems.push(`${ind.id}: an empty label or description`);
    if (new Set(labels).size !== labels.length) problems.push(`${ind.id}: duplicate label`);
    if (new Set(descriptions).size !== descriptions.length) problems.push(`${ind.id}: duplicate description`);
    return problems;
  });
}

/** No level label begins with another label of the same indicator, so each choice has its own name. */
export function labelPrefixProblems(rubric: Rubric): string[] {
  return indicatorsOf(rubric).flatMap((ind) => {
    const labels = ind.levels.map((l) => termKey(l.label));
    return labels.flatMap((a) => labels.filter((b) => a !== b && b.startsWith(a)).map((b) => `${ind.id}: "${a}" begins "${b}"`));
  });
}

/** Level descriptions over MAX_LEVEL_WORDS words. */
export function longLevelProblems(rubric: Rubric): string[] {
  return indicatorsOf(rubric).flatMap((ind) =>
    ind.levels.flatMap((l, li) => {
      const words = wordCount(l.description);
      return words > MAX_LEVEL_WORDS ? [`${ind.id} level ${li}: ${words} words`] : [];
    }),
  );
}

/** Glossary terms that neither they nor an alias appear anywhere a reader meets them. */
export function unusedGlossaryTerms(rubric: Rubric): string[] {
  const glossary = rubric.glossary ?? [];
  const match = glossaryMatcher(glossary);
  const used = new Set<number>();
  for (const text of readerTexts(rubric)) for (const m of match(text)) used.add(m.entry);
  // A term explained only inside another term's definition still helps that reader.
  glossary.forEach((entry, gi) => {
    for (const m of match(`${entry.definition} ${entry.example ?? ''}`)) if (m.entry !== gi) used.add(m.entry);
  });
  return glossary.filter((_, gi) => !used.has(gi)).map((g) => g.term);
}

/** History entries whose ids do not resolve against the current questions. */
export function historyProblems(rubric: Rubric): string[] {
  const ids = new Set(indicatorsOf(rubric).map((i) => i.id));
  return historyIssues(ids, rubric.version, rubric.history ?? []).map((issue) => `history[${issue.entry}].${issue.field}: ${issue.message}`);
}

/** In a schemaVersion 2 rubric: recommendations without a lead or first step, principles without a subtitle. */
export function missingVersionTwoFields(rubric: Rubric): string[] {
  if (rubric.schemaVersion < 2) return [];
  const problems: string[] = [];
  for (const p of rubric.principles) {
    if (!p.subtitle?.trim()) problems.push(`${p.id}: subtitle`);
    for (const tier of TIERS) {
      for (const r of p.recommendations[tier]) {
        if (!r.lead?.trim()) problems.push(`${r.id}: lead`);
        if (!r.firstStep?.trim()) problems.push(`${r.id}: firstStep`);
      }
    }
  }
  return problems;
}

/** Every rule at once, for checks that only need to know the rubric passes. */
export function lintRubric(rubric: Rubric): string[] {
  return [
    ...levelShapeProblems(rubric),
    ...labelPrefixProblems(rubric),
    ...longLevelProblems(rubric),
    ...unusedGlossaryTerms(rubric).map((term) => `glossary term never used: ${term}`),
    ...historyProblems(rubric),
    ...missingVersionTwoFields(rubric),
  ];
}
