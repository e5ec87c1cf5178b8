// The backup file ("Export everything" / "Restore"): read back unchanged, wrong files refused,
// unreadable records reported by name, and a merge that never overwrites what is already here.
import fc from 'fast-check';
import { createAssessment } from '../../src/core/assessment';
import type { Assessment } from '../../src/core/assessment';
import { backupProblemWords } from '../../src/components/problem-messages';
import { expectPlain, wordsOf } from '../helpers/plain-words';
import { BACKUP_FILE_TYPE, canonicalJson, mergeRecords, parseBackupFile, serializeBackup } from '../../src/core/backup-file';
import type { BackupContents } from '../../src/core/backup-file';
import { serializeAssessment } from '../../src/core/assessment-file';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { createWorkshop } from '../../src/core/workshop';
import type { Workshop } from '../../src/core/workshop';
import { member, mapOf, tie } from '../fixtures/network-maps';

const NOW = new Date('2025-03-14T09:26:53.000Z');

function assessment(id: string, networkName: string, note = 'plain note'): Assessment {
  const a = createAssessment(FIVE_PRINCIPLES, { networkName, assessors: 'Zoë O’Brien' }, NOW);
  return {
    ...a,
    id,
    networkId: `net-${id}`,
    answers: {
      'inst-formal-agreements': { value: 3, note },
      'div-sectors': { value: 'na' },
      'gen-education': { value: 'dk' },
    },
    stageId: 'project-partnerships',
    outcomes: { 'pooling-resources': 'emerging' },
  };
}

function workshop(id: string): Workshop {
  return { ...createWorkshop(FIVE_PRINCIPLES, { networkName: 'Łódź Spółdzielnia', facilitator: 'Ana', date: '2025-03-14' }, NOW), id, networkId: `net-${id}` };
}

function sampleContents(): BackupContents {
  return {
    assessments: [
      assessment('a-1', 'Coopérative du Québec', 'Signed in 2019 🤝\nline two\t"quoted" \\slash\\'),
      assessment('a-2', 'Łódź Spółdzielnia', '👩‍👩‍👧 family-run — «ask the treasurer»'),
    ],
    workshops: [workshop('w-1')],
    networks: [{ id: 'net-q', name: 'Coopérative du Québec', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() }],
    networkMaps: [
      {
        ...mapOf([member('b', { name: 'Boulangerie Ærø' }), member('c', { kind: 'credit-union', needs: [{ category: 'legal' }] })], [tie('b', 'c', ['finance'], true)]),
        networkId: 'net-a-1',
      },
    ],
    ownRubrics: [],
    ownRubricTranslations: [],
  };
}

/** A valid backup as an object, for tests to spoil one part of. */
function sampleFile(): Record<string, unknown> & { assessments: unknown[]; workshops: unknown } {
  return JSON.parse(serializeBackup(sampleContents(), NOW)) as Record<string, unknown> & { assessments: unknown[]; workshops: unknown };
}

/** The words a user reads when the file is refused, checked for validator speak. */
function errorOf(text: string): string {
  const result = parseBackupFile(text);
  if (result.ok) throw new Error('expected the file to be refused, but it was accepted');
  const words = wordsOf(result.problem);
  expectPlain(words);
  return words;
}

/** The same value with every object's keys in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
  }
  return value;
}

describe('serializeBackup and parseBackupFile', () => {
  it('write the envelope, then read back exactly what was written, accents, emoji and newlines included', () => {
    const text = serializeBackup(sampleContents(), NOW);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['type', 'schemaVersion', 'exportedAt', 'assessments', 'workshops', 'networks', 'networkMaps']);
    expect(file).toMatchObject({ type: BACKUP_FILE_TYPE, schemaVersion: 3, exportedAt: NOW.toISOString() });
    expect(parseBackupFile(text)).toStrictEqual({ ok: true, contents: sampleContents(), problems: [] });
  });

  it('reads a version 2 backup (before maps) with no maps and no problems', () => {
    const { networkMaps: _none, ...v2 } = sampleFile();
    const result = parseBackupFile(JSON.stringify({ ...v2, schemaVersion: 2 }));
    expect(result.ok && result.contents.networkMaps).toEqual([]);
    expect(result.ok && result.problems).toEqual([]);
  });

  it('keeps the readable maps and names each map it could not read, in plain words', () => {
    const file = sampleFile();
    const [good] = file.networkMaps as Record<string, unknown>[];
    const broken = { ...good, networkId: 'net-q', ties: [{ id: 'x', from: 'b', to: 'b', kinds: ['trade'], written: false }] };
    const result = parseBackupFile(JSON.stringify({ ...file, networkMaps: [good, broken, 'not a map'] }));
    if (!result.ok) throw new Error('expected the backup to be read');
    expect(result.contents.networkMaps).toStrictEqual(sampleContents().networkMaps);
    expect(result.problems).toMatchObject([
      { code: 'map', name: 'Coopérative du Québec', problem: { code: 'invalid' } },
      { code: 'map', name: null, problem: { code: 'not-a-map' } },
    ]);
    const words = result.problems.map((p) => backupProblemWords(p, [FIVE_PRINCIPLES]));
    expect(words[0]).toBe('The network map of “Coopérative du Québec” in the backup could not be read: some of its members or ties are not in the form Fivefold expects.');
    words.forEach(expectPlain);
  });

  it('reads an empty backup as empty lists with no problems', () => {
    expect(parseBackupFile(serializeBackup({ assessments: [], workshops: [] }, NOW))).toStrictEqual({
      ok: true,
      contents: { assessments: [], workshops: [], networks: [], networkMaps: [], ownRubrics: [], ownRubricTranslations: [] },
      problems: [],
    });
  });

  it.each([
    ['text that is not JSON', '{"type": "fivefold/backup",', /cut short or damaged/],
    ['an empty file', '  \n', /empty/],
    ['JSON that is not an object', '[1, 2]', /not a Fivefold backup file/],
    ['a file of another kind', JSON.stringify({ type: 'something/else', schemaVersion: 1 }), /not a Fivefold backup file/],
    ['a backup without a schemaVersion', JSON.stringify({ type: BACKUP_FILE_TYPE, assessments: [] }), /does not say which version/],
    ['a backup from a newer Fivefold', JSON.stringify({ ...sampleFile(), schemaVersion: 4 }), /made by a newer version of Fivefold[^]*update Fivefold/],
  ])('refuses %s', (_what, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });

  it('refuses a single-assessment file and names what it is', () => {
    const text = serializeAssessment(assessment('a-1', 'Coopérative du Québec'), NOW);
    expect(errorOf(text)).toMatch(/assessment/);
  });

  it('refuses a workshop file with the hint to open it from the start page', () => {
    expect(errorOf(JSON.stringify({ type: 'fivefold/workshop', schemaVersion: 1 }))).toMatch(/workshop file/);
  });

  it('keeps the readable records and names each one it could not read', () => {
    const file = sampleFile();
    const broken = { ...(file.assessments[1] as Record<string, unknown>), answers: { 'div-sectors': { value: 7 } } };
    file.assessments = [file.assessments[0], broken, { id: 'no-name' }];
    const result = parseBackupFile(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.contents.assessments).toStrictEqual([sampleContents().assessments[0]]);
    expect(result.contents.workshops).toStrictEqual(sampleContents().workshops);
    expect(result.problems).toHaveLength(2);
    const words = result.problems.map((p) => backupProblemWords(p, [FIVE_PRINCIPLES]));
    expect(words[0]).toMatch(/^The assessment “Łódź Spółdzielnia” could not be read: Question 2\.1 “.*” has the level 7; levels run from 0 to 4\.$/);
    expect(words[1]).toMatch(/^Assessment number 3 in the backup could not be read: The kind of record is missing\./);
    for (const w of words) expectPlain(w);
  });

  it('reports a list that is not a list, and reads a missing list as empty', () => {
    const file = sampleFile();
    file.workshops = { 'w-1': file.workshops };
    delete (file as Record<string, unknown>).assessments;
    delete (file as Record<string, unknown>).networks;
    delete (file as Record<string, unknown>).networkMaps;
    const result = parseBackupFile(JSON.stringify(file));
    expect(result).toStrictEqual({
      ok: true,
      contents: { assessments: [], workshops: [], networks: [], networkMaps: [], ownRubrics: [], ownRubricTranslations: [] },
      problems: [{ code: 'not-a-list', what: 'workshop' }],
    });
    expect(backupProblemWords({ code: 'not-a-list', what: 'workshop' }, [])).toBe('The list of workshops in the backup is not a list, so none of them were read.');
  });
});

describe('canonicalJson', () => {
  it('is the same for the same content whatever the key order, nested objects included', () => {
    const a = assessment('a-1', 'Coopérative du Québec');
    expect(canonicalJson(reversedKeys(a))).toBe(canonicalJson(a));
  });

  it('differs when content differs, and keeps array order significant', () => {
    expect(canonicalJson({ a: 1, b: [1, 2] })).not.toBe(canonicalJson({ a: 1, b: [2, 1] }));
    expect(canonicalJson({ a: { x: 1 } })).not.toBe(canonicalJson({ a: { x: 2 } }));
  });
});

describe('mergeRecords', () => {
  it('adds new records, skips identical ones whatever their key order, and copies a conflict under a new id', () => {
    const here = { 'a-1': assessment('a-1', 'Coopérative du Québec'), 'a-2': assessment('a-2', 'Łódź Spółdzielnia') };
    const before = structuredClone(here);
    const changed = { ...assessment('a-2', 'Łódź Spółdzielnia'), assessors: 'Someone else' };
    const incoming = [reversedKeys(assessment('a-1', 'Coopérative du Québec')), changed, assessment('a-3', 'New network')];
    const incomingBefore = structuredClone(incoming);

    const outcome = mergeRecords(here, incoming);

    expect(outcome).toMatchObject({ added: 1, alreadyThere: 1, copies: 1 });
    expect(Object.keys(outcome.records)).toHaveLength(4);
    expect(outcome.records['a-1']).toStrictEqual(before['a-1']);
    expect(outcome.records['a-2']).toStrictEqual(before['a-2']);
    expect(outcome.records['a-3']).toStrictEqual(assessment('a-3', 'New network'));
    const copyId = Object.keys(outcome.records).find((id) => !['a-1', 'a-2', 'a-3'].includes(id))!;
    expect(outcome.records[copyId]).toStrictEqual({ ...changed, id: copyId });
    // Nothing passed in was changed.
    expect(here).toStrictEqual(before);
    expect(incoming).toStrictEqual(incomingBefore);
  });

  it('merges workshops the same way', () => {
    const outcome = mergeRecords({ 'w-1': workshop('w-1') }, [workshop('w-1'), workshop('w-2')]);
    expect(outcome).toMatchObject({ added: 1, alreadyThere: 1, copies: 0 });
    expect(Object.keys(outcome.records).sort()).toEqual(['w-1', 'w-2']);
  });

  it('restoring the same backup twice makes no second copy of a conflicting record', () => {
    const here = { 'a-2': assessment('a-2', 'Łódź Spółdzielnia') };
    const incoming = [{ ...assessment('a-2', 'Łódź Spółdzielnia'), assessors: 'Someone else' }];
    const first = mergeRecords(here, incoming);
    expect(first.copies).toBe(1);
    const second = mergeRecords(first.records, incoming);
    // Regression: the copy made by a first restore is recognised by its content on the next.
    expect(second).toMatchObject({ added: 0, copies: 0 });
    expect(Object.keys(second.records)).toHaveLength(2);
  });

  it('keeps a record whatever its id, even one named like a built-in property', () => {
    // The schema accepts any id of 1–100 characters, so a crafted or hand-edited backup can hold these.
    const outcome = mergeRecords({}, [assessment('__proto__', 'N'), assessment('constructor', 'M')]);
    expect(outcome.added).toBe(2);
    // Regression: an id of "__proto__" is stored as an own key, not as the prototype.
    expect(Object.keys(outcome.records).sort()).toEqual(['__proto__', 'constructor']);
  });

  // Small ids and contents so that ids collide often, with and without the same content.
  const recordArb = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), n: fc.integer({ min: 0, max: 2 }) });
  const currentArb = fc
    .uniqueArray(recordArb, { selector: (r) => r.id })
    .map((list) => Object.fromEntries(list.map((r) => [r.id, r])));

  it('never overwrites or loses a record, and accounts for every incoming one', () => {
    fc.assert(
      fc.property(currentArb, fc.array(recordArb, { maxLength: 8 }), (current, incoming) => {
        const { records, added, alreadyThere, copies } = mergeRecords(current, incoming);
        expect(added + alreadyThere + copies).toBe(incoming.length);
        expect(Object.keys(records)).toHaveLength(Object.keys(current).length + added + copies);
        for (const [id, record] of Object.entries(current)) expect(records[id]).toBe(record);
      }),
    );
  });

  it('adds nothing when the same backup is merged a second time', () => {
    fc.assert(
      fc.property(currentArb, fc.array(recordArb, { maxLength: 8 }), (current, incoming) => {
        const first = mergeRecords(current, incoming);
        const second = mergeRecords(first.records, incoming);
        // Regression: a record whose id was taken is copied once, not on every merge.
        expect(second.added + second.copies).toBe(0);
        expect(Object.keys(second.records)).toHaveLength(Object.keys(first.records).length);
      }),
    );
  });
});

describe('own rubrics in a backup', () => {
  it('carries the library’s own rubrics and reads them back for the page to check; a backup without them reads as none', () => {
    const own = { ...FIVE_PRINCIPLES, id: 'federation-check', version: '1.2.0', title: 'Fédération — bilan' };
    const parsed = parseBackupFile(serializeBackup({ ...sampleContents(), ownRubrics: [own] }, NOW));
    expect(parsed.ok && parsed.contents.ownRubrics).toEqual([JSON.parse(JSON.stringify(own))]);
    expect(JSON.parse(serializeBackup(sampleContents(), NOW))).not.toHaveProperty('ownRubrics');
    const none = parseBackupFile(serializeBackup(sampleContents(), NOW));
    expect(none.ok && none.contents.ownRubrics).toEqual([]);
  });
});
