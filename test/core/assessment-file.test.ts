// The assessment file: what Export writes, Import reads back unchanged, and every way a wrong
// file is refused with a message that says what the user actually picked.
import { createAssessment } from '../../src/core/assessment';
import type { Assessment } from '../../src/core/assessment';
import {
  ASSESSMENT_FILE_TYPE,
  ASSESSMENT_FILE_VERSION,
  parseAssessmentFile,
  serializeAssessment,
} from '../../src/core/assessment-file';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { MAX_IMPORT_BYTES, readJson } from '../../src/core/json-input';

const RUBRICS = [FIVE_PRINCIPLES];
const NOW = new Date('2025-03-14T09:26:53.000Z');

function sampleAssessment(): Assessment {
  const assessment = createAssessment(
    FIVE_PRINCIPLES,
    { networkName: 'Łódź Spółdzielnia & Coopérative du Québec', assessors: 'Zoë "Z" O’Brien' },
    NOW,
  );
  assessment.id = 'assessment-1';
  assessment.answers = {
    'inst-formal-agreements': { value: 3, note: 'Łódź Spółdzielnia signed in 2019 🤝' },
    'inst-federation': { value: 0, note: 'Coopérative du Québec:\n- line two\n\t"quoted" and \\backslashed\\' },
    'div-sectors': { value: 'na' },
    'gen-education': { value: 'dk', note: '👩‍👩‍👧 family-run; ask the treasurer' },
    'emb-allies': { note: 'note without a level yet' },
  };
  assessment.stageId = 'project-partnerships';
  assessment.stageNote = 'Between stages 3 and 4 — «maybe»';
  assessment.outcomes = { 'pooling-resources': 'emerging', 'public-goods': 'not-yet' };
  assessment.lastStep = 'diversity';
  return assessment;
}

/** The parts of an exported file that tests spoil, typed loosely so any JSON can be put there. */
interface ExportedFile {
  [key: string]: unknown;
  assessment: { rubric: unknown; stageId: unknown; answers: Record<string, unknown>; outcomes: Record<string, unknown> };
}

/** A valid exported file as an object, for tests to spoil one field of. */
function sampleFile(): ExportedFile {
  return JSON.parse(serializeAssessment(sampleAssessment(), NOW)) as ExportedFile;
}

function errorOf(text: string): string {
  const result = parseAssessmentFile(text, RUBRICS);
  if (result.ok) throw new Error('expected the file to be refused, but it was accepted');
  return result.error;
}

describe('serializeAssessment', () => {
  it('writes the envelope: type, schemaVersion, rubric, exportedAt, then the assessment', () => {
    const file = sampleFile();
    expect(Object.keys(file)).toEqual(['type', 'schemaVersion', 'rubric', 'exportedAt', 'assessment']);
    expect(file).toMatchObject({
      type: ASSESSMENT_FILE_TYPE,
      schemaVersion: ASSESSMENT_FILE_VERSION,
      rubric: { id: 'five-principles', version: FIVE_PRINCIPLES.version },
      exportedAt: '2025-03-14T09:26:53.000Z',
    });
  });
});

describe('parseAssessmentFile', () => {
  it('reads back exactly what was written, accents, emoji, newlines and quotes included', () => {
    const original = sampleAssessment();
    const result = parseAssessmentFile(serializeAssessment(original, NOW), RUBRICS);
    expect(result).toEqual({ ok: true, assessment: original, rubric: FIVE_PRINCIPLES, dropped: [] });
  });

  it.each<{ name: string; text: () => string; words: string[] }>([
    { name: 'text that is not JSON', text: () => 'network: Łódź\nscore: 40', words: ['not valid JSON'] },
    { name: 'truncated JSON', text: () => serializeAssessment(sampleAssessment(), NOW).slice(0, 50), words: ['not valid JSON'] },
    { name: 'an empty file', text: () => '', words: ['empty'] },
    { name: 'a file of only whitespace', text: () => '  \n\t ', words: ['empty'] },
    { name: 'a JSON array', text: () => JSON.stringify([sampleFile()]), words: ['not a Fivefold file', 'object'] },
    { name: 'JSON null', text: () => 'null', words: ['not a Fivefold file'] },
    {
      name: 'another program’s JSON (wrong "type")',
      text: () => JSON.stringify({ ...sampleFile(), type: 'survey-export' }),
      words: ['not a Fivefold assessment file', '"survey-export"'],
    },
    {
      name: 'a file without a "type"',
      text: () => JSON.stringify({ ...sampleFile(), type: undefined }),
      words: ['not a Fivefold assessment file', 'missing'],
    },
    {
      name: 'a workshop file',
      text: () => JSON.stringify({ ...sampleFile(), type: 'fivefold/workshop' }),
      words: ['workshop file', 'workshop screen'],
    },
    {
      name: 'a file from a newer version of the app',
      text: () => JSON.stringify({ ...sampleFile(), schemaVersion: ASSESSMENT_FILE_VERSION + 1 }),
      words: ['newer version', `file format ${ASSESSMENT_FILE_VERSION + 1}`, 'Update the app'],
    },
    {
      name: 'a file without a schemaVersion',
      text: () => JSON.stringify({ ...sampleFile(), schemaVersion: undefined }),
      words: ['no valid "schemaVersion"'],
    },
    {
      name: 'a schemaVersion that is not a whole number',
      text: () => JSON.stringify({ ...sampleFile(), schemaVersion: '1' }),
      words: ['no valid "schemaVersion"'],
    },
    {
      name: 'a rubric this copy of the app does not have',
      text: () => {
        const file = sampleFile();
        file.assessment.rubric = { id: 'seven-habits', version: '2.0.0' };
        return JSON.stringify(file);
      },
      words: ['"seven-habits"', 'does not have'],
    },
    {
      name: 'an answer value of 7',
      text: () => {
        const file = sampleFile();
        file.assessment.answers['inst-federation'] = { value: 7 };
        return JSON.stringify(file);
      },
      words: ['not valid', 'answers["inst-federation"].value'],
    },
  ])('refuses $name with a specific message', ({ text, words }) => {
    const error = errorOf(text());
    for (const word of words) expect(error).toContain(word);
  });

  // Regression: "type" is looked up as an own key only, so "toString" or "constructor" (inherited
  // from Object.prototype) get the usual "not a Fivefold assessment file" message.
  it.each([['toString'], ['constructor'], ['__proto__']])('refuses a file whose "type" is "%s" as not a Fivefold file', (type) => {
    const error = errorOf(JSON.stringify({ ...sampleFile(), type }));
    expect(error).toContain('not a Fivefold assessment file');
    expect(error).not.toContain('native code');
  });

  it('refuses text over the size cap before parsing it, saying how large it is and what the cap is', () => {
    const tooLarge = readJson('{"a": "' + 'x'.repeat(2000) + '"}', 1024);
    expect(tooLarge).toEqual({ ok: false, error: expect.stringContaining('too large') });
    if (!tooLarge.ok) expect(tooLarge.error).toContain('1 kB');
    // Exactly at the cap is still read.
    const atCap = '"' + 'x'.repeat(1022) + '"';
    expect(readJson(atCap, 1024).ok).toBe(true);
  });

  it('refuses an assessment file one character over MAX_IMPORT_BYTES', () => {
    const text = ' '.repeat(MAX_IMPORT_BYTES + 1);
    expect(errorOf(text)).toContain('too large');
  });

  it('drops answers for indicator ids the rubric lacks and reports each by id', () => {
    const file = sampleFile();
    file.assessment.answers['inst-retired-question'] = { value: 2 };
    file.assessment.answers['toString'] = { value: 4, note: 'odd id' };
    const result = parseAssessmentFile(JSON.stringify(file), RUBRICS);
    if (!result.ok) throw new Error(result.error);
    expect(Object.keys(result.assessment.answers).sort()).toEqual(Object.keys(sampleAssessment().answers).sort());
    expect(result.dropped).toHaveLength(2);
    expect(result.dropped[0]).toContain('"inst-retired-question"');
    expect(result.dropped[1]).toContain('"toString"');
  });

  it('drops unknown outcome ratings and an unknown stage, and reports them', () => {
    const file = sampleFile();
    file.assessment.outcomes['world-peace'] = 'established';
    file.assessment.stageId = 'stage-that-was-removed';
    const result = parseAssessmentFile(JSON.stringify(file), RUBRICS);
    if (!result.ok) throw new Error(result.error);
    expect(result.assessment.outcomes).toEqual(sampleAssessment().outcomes);
    expect(result.assessment.stageId).toBeNull();
    expect(result.dropped).toEqual([
      expect.stringContaining('"world-peace"'),
      expect.stringContaining('"stage-that-was-removed"'),
    ]);
  });
});
