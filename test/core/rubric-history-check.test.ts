// A rubric's history, walked back from today's questions: ids it added or renamed to must exist
// right after that version, ids it removed or renamed from must not; what is left is each older
// version's list of questions.
import { historyIssues, indicatorIdsAt } from '../../src/core/rubric-history-check';
import type { HistoryEntryLike } from '../../src/core/rubric-history-check';

const today = new Set(['a', 'b-new', 'c-latest', 'd']);
const history: HistoryEntryLike[] = [
  // Listed out of order on purpose: the walk sorts by version.
  { version: '1.2.0', added: ['c-latest'], removed: ['c-old'] },
  { version: '1.1.0', renamed: { 'b-old': 'b-mid' } },
  { version: '1.1.5', renamed: { 'b-mid': 'b-new' } },
];

describe('indicatorIdsAt', () => {
  it.each([
    ['1.2.0', ['a', 'b-new', 'c-latest', 'd']],
    ['1.1.5', ['a', 'b-new', 'c-old', 'd']],
    ['1.1.0', ['a', 'b-mid', 'c-old', 'd']],
    ['1.0.0', ['a', 'b-old', 'c-old', 'd']],
  ])('gives the questions at %s', (version, ids) => {
    expect([...indicatorIdsAt(today, history, version)].sort()).toEqual(ids);
  });
});

describe('historyIssues', () => {
  it('accepts a history that fits', () => {
    expect(historyIssues(today, '1.2.0', history)).toEqual([]);
  });

  it.each<{ name: string; entries: HistoryEntryLike[]; version?: string; words: string[] }>([
    { name: 'an added id that is not a question now', entries: [{ version: '1.1.0', added: ['ghost'] }], words: ['"ghost"', 'added in 1.1.0'] },
    { name: 'a removed id that is still a question', entries: [{ version: '1.1.0', removed: ['a'] }], words: ['"a"', 'removed in 1.1.0', 'still a question'] },
    { name: 'a rename to an id that does not exist', entries: [{ version: '1.1.0', renamed: { x: 'y' } }], words: ['"x"', '"y"'] },
    { name: 'a rename from an id that is still a question', entries: [{ version: '1.1.0', renamed: { a: 'd' } }], words: ['"a"', 'still a question'] },
    { name: 'a version later than the rubric', entries: [{ version: '3.0.0' }], words: ['3.0.0', 'later than'] },
    { name: 'the same version twice', entries: [{ version: '1.1.0' }, { version: '1.1.0' }], words: ['twice'] },
  ])('names $name', ({ entries, version, words }) => {
    const messages = historyIssues(today, version ?? '1.2.0', entries).map((i) => i.message).join('\n');
    for (const word of words) expect(messages).toContain(word);
  });

  it('checks each entry against the questions right after it, not today’s', () => {
    // "b-mid" existed after 1.1.0 even though it was renamed again in 1.1.5.
    expect(historyIssues(today, '1.2.0', history)).toEqual([]);
    // Adding "b-mid" in 1.0.5 contradicts renaming "b-old" to it in 1.1.0: "b-mid" already existed then.
    const issues = historyIssues(today, '1.2.0', [...history, { version: '1.0.5', added: ['b-mid'] }]);
    expect(issues.map((i) => i.message)).toEqual(['"b-mid" is listed as added in 1.0.5 but is not a question right after it']);
  });
});
