// Every parser of outside data, fed generated garbage and damaged real files: each returns a clear
// problem or a valid value, never throws, never hangs, never changes what it was given, and refuses
// oversized input before parsing it. The words a user would read of each problem are plain: no
// validator glyphs, JSON paths or library wording, whatever the input.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createAssessment } from '../../src/core/assessment';
import { parseAssessmentFile, serializeAssessment } from '../../src/core/assessment-file';
import { parseBackupFile, serializeBackup } from '../../src/core/backup-file';
import { decodeBallotLink, decodeInvitationLink } from '../../src/core/ballot-link';
import { BUILTIN_RUBRICS, FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { migratePersisted } from '../../src/core/persisted-migrations';
import { sanitizePersisted } from '../../src/core/persisted-state';
import { parseRubric } from '../../src/core/rubric-schema';
import { createWorkshop } from '../../src/core/workshop';
import { parseBallotFile, parseWorkshopFile, serializeWorkshop } from '../../src/core/workshop-file';
import type { ReadProblem } from '../../src/core/problems';
import { sampleAssessment } from '../fixtures/sample-assessment';
import { expectPlain, wordsOf } from '../helpers/plain-words';

type Result = { ok: true } | { ok: false; problem: ReadProblem };

const textParsers: [string, (text: string) => Result, 'file' | 'link'][] = [
  ['assessment file', (t) => parseAssessmentFile(t, BUILTIN_RUBRICS), 'file'],
  ['backup file', (t) => parseBackupFile(t), 'file'],
  ['workshop file', (t) => parseWorkshopFile(t, BUILTIN_RUBRICS), 'file'],
  ['ballot file', (t) => parseBallotFile(t), 'file'],
  ['ballot link', (t) => decodeBallotLink(t), 'link'],
  ['invitation link', (t) => decodeInvitationLink(t), 'link'],
];

function expectClearOutcome(result: Result, source: 'file' | 'link') {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    const words = wordsOf(result.problem, source);
    expect(words.length).toBeGreaterThan(10);
    expectPlain(words);
  }
}

const validFiles = [
  serializeAssessment(sampleAssessment()),
  serializeBackup({ assessments: [sampleAssessment()], workshops: [] }),
  serializeWorkshop(createWorkshop(FIVE_PRINCIPLES, { networkName: 'Ærø', facilitator: 'Jo' })),
];

/** A real file with a few characters replaced, deleted or duplicated. */
const damagedFile = fc
  .tuple(
    fc.constantFrom(...validFiles),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'insert'), fc.string({ maxLength: 3 })), {
      minLength: 1,
      maxLength: 5,
    }),
  )
  .map(([file, edits]) =>
    edits.reduce((text, [at, kind, chars]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1);
      if (kind === 'insert') return text.slice(0, i) + chars + text.slice(i);
      return text.slice(0, i) + chars + text.slice(i + 1);
    }, file),
  );

describe.each(textParsers)('%s parser', (_name, parse, source) => {
  it('answers any string with a clear problem or a value, without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (text) => expectClearOutcome(parse(text), source)), { numRuns: 300 });
  });

  it('answers any JSON value the same way', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (text) => expectClearOutcome(parse(text), source)), { numRuns: 300 });
  });

  it('answers damaged real files the same way', () => {
    fc.assert(fc.property(damagedFile, (text) => expectClearOutcome(parse(text), source)), { numRuns: 200 });
  });
});

describe('oversized input', () => {
  const huge = `{"type": "fivefold/assessment", "pad": "${'x'.repeat(50 * 1024 * 1024)}"}`;

  it.each(textParsers.slice(0, 4))('the %s parser refuses a 50 MB file before parsing it', (_name, parse) => {
    const spy = vi.spyOn(JSON, 'parse');
    const started = performance.now();
    const result = parse(huge);
    expect(result).toMatchObject({ ok: false, problem: { code: 'too-large' } });
    expect(spy).not.toHaveBeenCalled();
    expect(performance.now() - started).toBeLessThan(1000);
    spy.mockRestore();
  });

  it.each(textParsers.slice(4))('the %s decoder refuses a 50 MB link', (_name, parse) => {
    const result = parse(`#/ballot/b1.${'A'.repeat(50 * 1024 * 1024)}`);
    expect(result.ok).toBe(false);
    expectClearOutcome(result, 'link');
  });
});

describe('rubric files and stored state', () => {
  it('parseRubric answers any value with an error or a rubric, without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseRubric(value);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('sanitizePersisted and migratePersisted never throw and never change their input', () => {
    const valid = { assessments: { a: { ...createAssessment(FIVE_PRINCIPLES, { networkName: 'N', assessors: '' }), id: 'a' } } };
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constant(valid)), fc.integer({ min: -2, max: 5 }), (value, version) => {
        const before = JSON.stringify(value);
        const migrated = migratePersisted(value, version);
        const { state, setAside } = sanitizePersisted(migrated.ok ? migrated.state : value);
        expect(JSON.stringify(value)).toBe(before);
        expect(Array.isArray(setAside)).toBe(true);
        expect(typeof state.assessments).toBe('object');
      }),
      { numRuns: 300 },
    );
  });
});
