// Comparing assessments made with different versions of a rubric. A rubric may declare, per version,
// which indicator ids it added, renamed or removed; answers given under an older version are mapped
// to today's ids, and indicators that did not exist then are marked as such rather than as blanks.
import type { Answers } from './answers';
import type { Rubric } from './rubric-schema';

/** Compares "major.minor.patch" versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Changes made after `version`, oldest first. */
function changesSince(rubric: Rubric, version: string) {
  return (rubric.history ?? [])
    .filter((h) => compareVersions(h.version, version) > 0)
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** Renames the ids of answers given under an older version to the current rubric's ids. */
export function mapAnswersToCurrent(rubric: Rubric, answers: Answers, version: string): Answers {
  let current: Answers = answers;
  for (const change of changesSince(rubric, version)) {
    const renamed = change.renamed ?? {};
    const next: Answers = {};
    for (const [id, answer] of Object.entries(current)) next[Object.hasOwn(renamed, id) ? renamed[id]! : id] = answer;
    current = next;
  }
  return current;
}

/** Whether an indicator (by today's id) was part of the rubric at `version`. */
export function existedIn(rubric: Rubric, indicatorId: string, version: string): boolean {
  const later = changesSince(rubric, version);
  // Walk back from today: an id renamed later was known under its old name then; one added later was not there.
  let id = indicatorId;
  for (const change of [...later].reverse()) {
    const oldName = Object.entries(change.renamed ?? {}).find(([, now]) => now === id)?.[0];
    if (oldName) {
      id = oldName;
      continue;
    }
    if (change.added?.includes(id)) return false;
  }
  return true;
}
