// Checking a rubric's `history` against its indicators, walking back from today's version: every id
// a version added or renamed to must exist right after that version, every id it removed or renamed
// from must not. What remains gives the ids each older version had, so old answers can be placed.
// Written over plain shapes so that the rubric schema can use it without an import cycle.

export interface HistoryEntryLike {
  version: string;
  added?: readonly string[];
  renamed?: Readonly<Record<string, string>>;
  removed?: readonly string[];
}

export interface HistoryIssue {
  /** Index of the history entry. */
  entry: number;
  field: 'version' | 'added' | 'renamed' | 'removed';
  message: string;
}

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

/** History entries with their index, newest first. */
function newestFirst(history: readonly HistoryEntryLike[]) {
  return history.map((entry, index) => ({ entry, index })).sort((a, b) => compareVersions(b.entry.version, a.entry.version));
}

/** The indicator ids before an entry's changes, given the ids right after them. */
function idsBefore(after: ReadonlySet<string>, entry: HistoryEntryLike): Set<string> {
  const before = new Set(after);
  for (const id of entry.added ?? []) before.delete(id);
  for (const [from, to] of Object.entries(entry.renamed ?? {})) {
    before.delete(to);
    before.add(from);
  }
  for (const id of entry.removed ?? []) before.add(id);
  return before;
}

/** Everything in `history` that does not fit the rubric's current indicator ids and version. */
export function historyIssues(currentIds: ReadonlySet<string>, version: string, history: readonly HistoryEntryLike[]): HistoryIssue[] {
  const issues: HistoryIssue[] = [];
  const seenVersions = new Set<string>();
  let ids: ReadonlySet<string> = currentIds;
  for (const { entry, index } of newestFirst(history)) {
    const issue = (field: HistoryIssue['field'], message: string) => issues.push({ entry: index, field, message });
    if (compareVersions(entry.version, version) > 0) {
      issue('version', `history lists version ${entry.version}, later than this rubric's version ${version}`);
    }
    if (seenVersions.has(entry.version)) issue('version', `history lists version ${entry.version} twice`);
    seenVersions.add(entry.version);
    for (const id of entry.added ?? []) {
      if (!ids.has(id)) issue('added', `"${id}" is listed as added in ${entry.version} but is not a question right after it`);
    }
    for (const [from, to] of Object.entries(entry.renamed ?? {})) {
      if (!ids.has(to)) issue('renamed', `"${from}" is renamed in ${entry.version} to "${to}", which is not a question right after it`);
      if (ids.has(from)) issue('renamed', `"${from}" is renamed in ${entry.version} but is still a question right after it`);
    }
    for (const id of entry.removed ?? []) {
      if (ids.has(id)) issue('removed', `"${id}" is listed as removed in ${entry.version} but is still a question right after it`);
    }
    ids = idsBefore(ids, entry);
  }
  return issues;
}

/** The indicator ids the rubric had at `version`, worked out from its current ids and its history. */
export function indicatorIdsAt(currentIds: ReadonlySet<string>, history: readonly HistoryEntryLike[], version: string): Set<string> {
  let ids = new Set(currentIds);
  for (const { entry } of newestFirst(history)) {
    if (compareVersions(entry.version, version) <= 0) break;
    ids = idsBefore(ids, entry);
  }
  return ids;
}
