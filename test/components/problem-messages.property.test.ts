// Properties of the words users read about damaged assessments, whichever way the damage arrives (an
// imported file, a backup, the browser's own save): never a validator glyph (✖ →), a JSON path or
// library wording; always at least one specific sentence; and a level out of range always names its
// question by number and text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessmentFile, serializeAssessment } from '../../src/core/assessment-file';
import { parseBackupFile, serializeBackup } from '../../src/core/backup-file';
import { BUILTIN_RUBRICS, FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { sanitizePersisted } from '../../src/core/persisted-state';
import { backupProblemWords, readProblemWords, setAsideWords } from '../../src/components/problem-messages';
import { sampleAssessment } from '../fixtures/sample-assessment';
import { expectPlain, plainText } from '../helpers/plain-words';

const INDICATORS = FIVE_PRINCIPLES.principles.flatMap((p, pi) => p.indicators.map((ind, ii) => ({ id: ind.id, number: `${pi + 1}.${ii + 1}`, question: ind.question })));
const FIELDS = ['id', 'kind', 'networkName', 'assessors', 'createdAt', 'updatedAt', 'lastExportedAt', 'rubric', 'answers', 'stageId', 'stageNote', 'outcomes', 'lastStep', 'somethingNew'];

type Damage =
  | { kind: 'set'; field: string; value: unknown }
  | { kind: 'delete'; field: string }
  | { kind: 'answer'; id: string; value: unknown }
  | { kind: 'level'; id: string; value: unknown }
  | { kind: 'note'; id: string; length: number }
  | { kind: 'outcome'; id: string; value: unknown }
  | { kind: 'rubric-part'; part: 'id' | 'version' | 'extra'; value: unknown };

const indicatorId = fc.oneof(fc.constantFrom(...INDICATORS.map((i) => i.id)), fc.string({ minLength: 1, maxLength: 12 }));
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), field: fc.constantFrom(...FIELDS), value: fc.anything() }),
  fc.record({ kind: fc.constant('delete' as const), field: fc.constantFrom(...FIELDS) }),
  fc.record({ kind: fc.constant('answer' as const), id: indicatorId, value: fc.anything() }),
  fc.record({ kind: fc.constant('level' as const), id: indicatorId, value: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.anything()) }),
  fc.record({ kind: fc.constant('note' as const), id: indicatorId, length: fc.integer({ min: 19_990, max: 25_000 }) }),
  fc.record({ kind: fc.constant('outcome' as const), id: fc.string({ maxLength: 12 }), value: fc.anything() }),
  fc.record({ kind: fc.constant('rubric-part' as const), part: fc.constantFrom('id' as const, 'version' as const, 'extra' as const), value: fc.anything() }),
);

/** A real assessment with the damage applied, as plain data (what a file or a save would hold). */
function damaged(damages: readonly Damage[]): Record<string, unknown> {
  const a = JSON.parse(JSON.stringify(sampleAssessment())) as Record<string, unknown>;
  const entries = (key: string) => {
    if (typeof a[key] !== 'object' || a[key] === null || Array.isArray(a[key])) a[key] = {};
    return a[key] as Record<string, unknown>;
  };
  for (const d of damages) {
    if (d.kind === 'set') a[d.field] = d.value;
    else if (d.kind === 'delete') delete a[d.field];
    else if (d.kind === 'answer') entries('answers')[d.id] = d.value;
    else if (d.kind === 'level') entries('answers')[d.id] = { value: d.value };
    else if (d.kind === 'note') entries('answers')[d.id] = { value: 2, note: 'n'.repeat(d.length) };
    else if (d.kind === 'outcome') entries('outcomes')[d.id] = d.value;
    else entries('rubric')[d.part] = d.value;
  }
  // Through JSON, as every file and save is: undefined and functions drop out as they would.
  return JSON.parse(JSON.stringify(a) ?? '{}') as Record<string, unknown>;
}

const fileText = (assessment: unknown) => {
  const file = JSON.parse(serializeAssessment(sampleAssessment())) as Record<string, unknown>;
  return JSON.stringify({ ...file, assessment });
};

describe('the words for a damaged assessment', () => {
  it('are plain in an imported file: no ✖, →, JSON path or library wording, and say something specific', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 6 }), (damages) => {
        const result = parseAssessmentFile(fileText(damaged(damages)), BUILTIN_RUBRICS);
        if (result.ok) return;
        const words = readProblemWords(result.problem, { rubrics: BUILTIN_RUBRICS, source: 'file' });
        const text = plainText(words);
        expectPlain(text);
        if (result.problem.code === 'invalid') {
          expect(words.items.length).toBeGreaterThan(0);
          for (const item of words.items) expect(item).toMatch(/^\S.*\.$/s);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('are plain in a backup and in the browser’s own save', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 6 }), (damages) => {
        const record = damaged(damages);
        const backup = parseBackupFile(serializeBackup({ assessments: [record as never], workshops: [] }));
        if (backup.ok) for (const p of backup.problems) expectPlain(backupProblemWords(p, BUILTIN_RUBRICS));
        const key = typeof record.id === 'string' ? record.id : 'some-key';
        for (const { reason } of sanitizePersisted({ assessments: { [key]: record } }).setAside) {
          expectPlain(plainText(setAsideWords(reason, BUILTIN_RUBRICS)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('name the question of a level out of range by its number and text, with the range', () => {
    const outOfRange = fc.integer({ min: -1000, max: 1000 }).filter((n) => n < 0 || n > 4);
    fc.assert(
      fc.property(fc.constantFrom(...INDICATORS), outOfRange, (indicator, level) => {
        const result = parseAssessmentFile(fileText(damaged([{ kind: 'level', id: indicator.id, value: level }])), BUILTIN_RUBRICS);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const text = plainText(readProblemWords(result.problem, { rubrics: BUILTIN_RUBRICS, source: 'file' }));
        expect(text).toContain(`Question ${indicator.number} “${indicator.question}” has the level ${level}; levels run from 0 to 4.`);
      }),
    );
  });
});
