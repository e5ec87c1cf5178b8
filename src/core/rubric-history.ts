// Comparing assessments made with different versions of a rubric. A rubric may declare, per version,
// which indicator ids it added, renamed or removed; answers given under an older version are mapped
// to today's ids, and indicators that did not exist then are marked as such rather than as blanks.
import type { Answers } from './answers';
import { compareVersions, indicatorIdsAt } from './rubric-history-check';
import type { Rubric } from './rubric-schema';

export { compareVersions };

function currentIndicatorIds(rubric: Rubric): Set<string> {
  return new Set(rubric.principles.flatMap((p) => p.indicators.map((i) => i.id)));
}

/** The indicator ids the rubric had at an older `version`, as its history tells. */
export function indicatorIdsAtVersion(rubric: Rubric, version: string): Set<string> {
  return indicatorIdsAt(currentIndicatorIds(rubric), rubric.history ?? [], version);
}

/** Whether `id` was a question of this rubric at some earlier version and has since been retired. */
export function isRetiredIndicator(rubric: Rubric, id: string): boolean {
  return (rubric.history ?? []).some((h) => (h.removed ?? []).includes(id)) && !currentIndicatorIds(rubric).has(id);
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
