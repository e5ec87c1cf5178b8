// The rules a schemaVersion 2 rubric must follow beyond its shape, checked mechanically so that a
// federation's own rubric gets the same care as the shipped one: unique glossary terms, a history
// that fits the questions, short and distinct level anchors. A schemaVersion 1 file is held only to
// the rules of its time (plus: it may not use the fields that version 2 introduced).
import { termKey } from './glossary';
import { historyIssues } from './rubric-history-check';
import type { HistoryEntryLike } from './rubric-history-check';
import { wordCount } from './text-words';

/** The longest a level description may be, in words: enough for one observable condition and an example. */
export const MAX_LEVEL_WORDS = 60;

type Path = (string | number)[];

export interface RubricIssue {
  path: Path;
  message: string;
}

interface RubricLike {
  schemaVersion: number;
  version: string;
  glossary?: readonly { term: string; aliases?: readonly string[] }[];
  history?: readonly HistoryEntryLike[];
  principles: readonly {
    subtitle?: string;
    indicators: readonly { id: string; levels: readonly { label: string; description: string }[] }[];
    recommendations: Record<'low' | 'middle' | 'high', readonly { lead?: string; firstStep?: string }[]>;
  }[];
}

const TIERS = ['low', 'middle', 'high'] as const;

/** Fields introduced by schemaVersion 2 that a version 1 file uses. */
function versionTwoFieldsIn(rubric: RubricLike): RubricIssue[] {
  const issues: RubricIssue[] = [];
  const say = (path: Path, field: string) =>
    issues.push({ path, message: `"${field}" belongs to schemaVersion 2: set "schemaVersion" to 2 to use it` });
  if (rubric.glossary !== undefined) say(['glossary'], 'glossary');
  rubric.principles.forEach((p, pi) => {
    if (p.subtitle !== undefined) say(['principles', pi, 'subtitle'], 'subtitle');
    for (const tier of TIERS) {
      p.recommendations[tier].forEach((r, ri) => {
        if (r.lead !== undefined) say(['principles', pi, 'recommendations', tier, ri, 'lead'], 'lead');
        if (r.firstStep !== undefined) say(['principles', pi, 'recommendations', tier, ri, 'firstStep'], 'firstStep');
      });
    }
  });
  return issues;
}

function glossaryIssues(rubric: RubricLike): RubricIssue[] {
  const issues: RubricIssue[] = [];
  const seen = new Map<string, number>();
  (rubric.glossary ?? []).forEach((entry, gi) => {
    const spellings: [string, Path][] = [
      [entry.term, ['glossary', gi, 'term']],
      ...(entry.aliases ?? []).map((a, ai): [string, Path] => [a, ['glossary', gi, 'aliases', ai]]),
    ];
    const own = new Set<string>();
    for (const [text, path] of spellings) {
      const key = termKey(text);
      const prior = seen.get(key);
      if (own.has(key)) {
        issues.push({ path, message: `"${text}" is listed twice for the same glossary term` });
      } else if (prior !== undefined) {
        issues.push({ path, message: `duplicate glossary term "${text}" (already defined at glossary[${prior}])` });
      } else {
        seen.set(key, gi);
      }
      own.add(key);
    }
  });
  return issues;
}

function levelIssues(rubric: RubricLike): RubricIssue[] {
  const issues: RubricIssue[] = [];
  rubric.principles.forEach((p, pi) =>
    p.indicators.forEach((ind, ii) => {
      const labels = new Map<string, number>();
      const descriptions = new Map<string, number>();
      ind.levels.forEach((level, li) => {
        const path: Path = ['principles', pi, 'indicators', ii, 'levels', li];
        const words = wordCount(level.description);
        if (words > MAX_LEVEL_WORDS) {
          issues.push({
            path: [...path, 'description'],
            message: `the description has ${words} words; keep a level to at most ${MAX_LEVEL_WORDS}`,
          });
        }
        const label = termKey(level.label);
        if (labels.has(label)) {
          issues.push({ path: [...path, 'label'], message: `duplicate label "${level.label}" (same as level ${labels.get(label)})` });
        } else labels.set(label, li);
        const description = termKey(level.description);
        if (descriptions.has(description)) {
          issues.push({ path: [...path, 'description'], message: `the description repeats level ${descriptions.get(description)}'s` });
        } else descriptions.set(description, li);
      });
    }),
  );
  return issues;
}

function historyIssuesOf(rubric: RubricLike): RubricIssue[] {
  const ids = new Set(rubric.principles.flatMap((p) => p.indicators.map((i) => i.id)));
  return historyIssues(ids, rubric.version, rubric.history ?? []).map((issue) => ({
    path: ['history', issue.entry, issue.field],
    message: issue.message,
  }));
}

/** Problems with a structurally valid rubric that depend on its schemaVersion. */
export function schemaVersionIssues(rubric: RubricLike): RubricIssue[] {
  if (rubric.schemaVersion < 2) return versionTwoFieldsIn(rubric);
  return [...glossaryIssues(rubric), ...levelIssues(rubric), ...historyIssuesOf(rubric)];
}
