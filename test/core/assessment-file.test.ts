// The assessment file: what Export writes, Import reads back unchanged, and every way a wrong
// file is refused with a message that says what the user actually picked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
import type { Rubric } from '../../src/core/rubric-schema';
import { droppedMessages, readProblemWords } from '../../src/components/problem-messages';
import { expectPlain, wordsOf } from '../helpers/plain-words';

const RUBRICS = [FIVE_PRINCIPLES];
const NOW = new Date('2025-03-14T09:26:53.000Z');

function sampleAssessment(): Assessment {
  const assessment = createAssessment(
    FIVE_PRINCIPLES,
    { networkName: 'Łódź Spółdzielnia & Coopérative du Québec', assessors: 'Zoë "Z" O’Brien' },
    NOW,
  );
  assessment.id = 'assessment-1';
  assessment.networkId = 'net-assessment-1';
  assessment.actions = [
    { id: 'act-1', text: 'Write a memorandum with the bakery co-op', principleId: 'institutionalization', recommendationId: 'inst-low-mou', owner: 'Zoë', due: '2025-06-30', status: 'in-progress', note: '' },
    { id: 'act-2', text: '=HYPERLINK("x") — «our own»', owner: '', due: '', status: 'not-started', note: 'line one\nline two' },
  ];
  assessment.boardAsk = 'Approve a budget of 2 000 € for the legal review.';
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
  assessment: {
    rubric: unknown;
    stageId: unknown;
    answers: Record<string, unknown>;
    outcomes: Record<string, unknown>;
    actions: Record<string, unknown>[];
  };
}

/** A valid exported file as an object, for tests to spoil one field of. */
function sampleFile(): ExportedFile {
  return JSON.parse(serializeAssessment(sampleAssessment(), NOW)) as ExportedFile;
}

/** The words a user reads when the file is refused. */
function errorOf(text: string): string {
  const result = parseAssessmentFile(text, RUBRICS);
  if (result.ok) throw new Error('expected the file to be refused, but it was accepted');
  return wordsOf(result.problem);
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
    { name: 'text that is not JSON', text: () => 'network: Łódź\nscore: 40', words: ['text file, but not one Fivefold wrote', '.json'] },
    { name: 'a CSV file', text: () => 'principle,indicator_id,number\nDiversity,div-sectors,2.1', words: ['table of values (a CSV file)', '.json'] },
    { name: 'truncated JSON', text: () => serializeAssessment(sampleAssessment(), NOW).slice(0, 50), words: ['cut short or damaged'] },
    { name: 'a PNG read as text', text: () => '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', words: ['not a text file; it may be a picture or a document'] },
    { name: 'an empty file', text: () => '', words: ['empty'] },
    { name: 'a file of only whitespace', text: () => '  \n\t ', words: ['empty'] },
    { name: 'a JSON array', text: () => JSON.stringify([sampleFile()]), words: ['not a Fivefold assessment file'] },
    { name: 'JSON null', text: () => 'null', words: ['not a Fivefold assessment file'] },
    {
      name: 'another program’s JSON (wrong "type")',
      text: () => JSON.stringify({ ...sampleFile(), type: 'survey-export' }),
      words: ['not a Fivefold assessment file'],
    },
    {
      name: 'a file without a "type"',
      text: () => JSON.stringify({ ...sampleFile(), type: undefined }),
      words: ['not a Fivefold assessment file'],
    },
    {
      name: 'a workshop file',
      text: () => JSON.stringify({ ...sampleFile(), type: 'fivefold/workshop' }),
      words: ['This is a workshop file: open it from the start page.'],
    },
    {
      name: 'a file from a newer version of the app',
      text: () => JSON.stringify({ ...sampleFile(), schemaVersion: ASSESSMENT_FILE_VERSION + 1 }),
      words: ['made by a newer version of Fivefold', 'update Fivefold', 'reload this page while you are online', 'export it again from the same version'],
    },
    {
      name: 'a kind of Fivefold file this version has never heard of',
      text: () => JSON.stringify({ ...sampleFile(), type: 'fivefold/library', schemaVersion: 3 }),
      words: ['made by a newer version of Fivefold', 'update Fivefold'],
    },
    {
      name: 'a file without a schemaVersion',
      text: () => JSON.stringify({ ...sampleFile(), schemaVersion: undefined }),
      words: ['The file does not say which version of its format it uses, so Fivefold cannot read it.'],
    },
    {
      name: 'a schemaVersion that is not a whole number',
      text: () => JSON.stringify({ ...sampleFile(), schemaVersion: '1' }),
      words: ['The file does not say which version of its format it uses, so Fivefold cannot read it.'],
    },
    {
      name: 'a rubric this copy of the app does not have',
      text: () => {
        const file = sampleFile();
        file.assessment.rubric = { id: 'seven-habits', version: '2.0.0' };
        return JSON.stringify(file);
      },
      words: ['for another rubric, “seven-habits” (version 2.0.0)', 'does not have'],
    },
    {
      name: 'an answer value of 7',
      text: () => {
        const file = sampleFile();
        file.assessment.answers['inst-formal-agreements'] = { value: 7 };
        return JSON.stringify(file);
      },
      words: [
        'The assessment in the file could not be read',
        `Question 1.1 “${FIVE_PRINCIPLES.principles[0]!.indicators[0]!.question}” has the level 7; levels run from 0 to 4.`,
      ],
    },
    {
      name: 'an answer that is a word',
      text: () => {
        const file = sampleFile();
        file.assessment.answers['div-sectors'] = { value: 'seven' };
        return JSON.stringify(file);
      },
      words: ['Question 2.1 “', 'has the answer “seven”, which Fivefold does not know', '“not applicable” or “don’t know”'],
    },
    {
      name: 'a note over the limit',
      text: () => {
        const file = sampleFile();
        file.assessment.answers['inst-federation'] = { value: 2, note: 'x'.repeat(20_001) };
        return JSON.stringify(file);
      },
      words: ['The note on question 1.3 “', '” is 20,001 characters long; the limit is 20,000.'],
    },
    {
      name: 'a missing network name',
      text: () => JSON.stringify({ ...sampleFile(), assessment: { ...sampleFile().assessment, networkName: undefined } }),
      words: ['The network name is missing.'],
    },
    {
      name: 'a network name that is a number',
      text: () => JSON.stringify({ ...sampleFile(), assessment: { ...sampleFile().assessment, networkName: 42 } }),
      words: ['The network name is not text (it is a number).'],
    },
    {
      name: 'a date that is not a date',
      text: () => JSON.stringify({ ...sampleFile(), assessment: { ...sampleFile().assessment, createdAt: 'last Tuesday' } }),
      words: ['The date it was started, “last Tuesday”, is not a date and time Fivefold can read.'],
    },
    {
      name: 'an unknown outcome rating',
      text: () => {
        const file = sampleFile();
        file.assessment.outcomes['pooling-resources'] = 'superb';
        return JSON.stringify(file);
      },
      words: ['The rating of the outcome “Pooling resources” is “superb”, which Fivefold does not know.'],
    },
    {
      name: 'an entry the app does not know',
      text: () => JSON.stringify({ ...sampleFile(), assessment: { ...sampleFile().assessment, colour: 'blue' } }),
      words: ['The assessment holds an entry Fivefold does not know (“colour”).'],
    },
    {
      name: 'an action with a due date that is not a date',
      text: () => {
        const file = sampleFile();
        file.assessment.actions[1] = { ...file.assessment.actions[1], due: 'next week' };
        return JSON.stringify(file);
      },
      words: ['The due date of action 2 (“=HYPERLINK("x") — «our own»”), “next week”, is not a date Fivefold can read'],
    },
    {
      name: 'an action with a status the app does not know',
      text: () => {
        const file = sampleFile();
        file.assessment.actions[0] = { ...file.assessment.actions[0], status: 'nearly' };
        return JSON.stringify(file);
      },
      words: ['The status of action 1 (“Write a memorandum with the bakery co-op”) is “nearly”, which Fivefold does not know.'],
    },
    {
      name: 'two actions with one id',
      text: () => {
        const file = sampleFile();
        file.assessment.actions[1] = { ...file.assessment.actions[1], id: 'act-1' };
        return JSON.stringify(file);
      },
      words: ['The internal id of action 2 (“=HYPERLINK'],
    },
    {
      name: 'no assessment in the file',
      text: () => JSON.stringify({ ...sampleFile(), assessment: undefined }),
      words: ['The assessment is missing.'],
    },
  ])('refuses $name with a specific message in plain words', ({ text, words }) => {
    const error = errorOf(text());
    for (const word of words) expect(error).toContain(word);
    expectPlain(error);
  });

  it('keeps the technical path for the "Details" view, out of the message itself', () => {
    const file = sampleFile();
    file.assessment.answers['inst-formal-agreements'] = { value: 7 };
    const result = parseAssessmentFile(JSON.stringify(file), RUBRICS);
    if (result.ok || result.problem.code !== 'invalid') throw new Error('expected an invalid assessment');
    expect(result.problem.problems).toEqual([
      expect.objectContaining({ code: 'level-out-of-range', value: 7, min: 0, max: 4, path: ['answers', 'inst-formal-agreements', 'value'] }),
    ]);
    expect(result.problem.problems[0]!.place).toEqual({ field: 'answer.value', indicatorId: 'inst-formal-agreements' });
    const words = readProblemWords(result.problem, { rubrics: RUBRICS, source: 'file' });
    expect(words.details).toContain('answers["inst-formal-agreements"].value');
    expect(words.details).not.toMatch(/[✖→]/);
  });

  // Regression: "type" is looked up as an own key only, so "toString" or "constructor" (inherited
  // from Object.prototype) get the usual "not a Fivefold assessment file" message.
  it.each([['toString'], ['constructor'], ['__proto__']])('refuses a file whose "type" is "%s" as not a Fivefold file', (type) => {
    const result = parseAssessmentFile(JSON.stringify({ ...sampleFile(), type }), RUBRICS);
    expect(result).toEqual({ ok: false, problem: { code: 'not-fivefold', expected: 'assessment', type } });
    expect(errorOf(JSON.stringify({ ...sampleFile(), type }))).toContain('not a Fivefold assessment file');
  });

  it('refuses text over the size cap before parsing it, saying how large it is and what the cap is', () => {
    const tooLarge = readJson('{"a": "' + 'x'.repeat(2000) + '"}', 1024);
    expect(tooLarge).toEqual({ ok: false, problem: { code: 'too-large', size: 2009, max: 1024 } });
    if (!tooLarge.ok) expect(wordsOf(tooLarge.problem)).toBe('The file is too large (2 kB); Fivefold reads files up to 1 kB.');
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
    if (!result.ok) throw new Error(result.problem.code);
    expect(Object.keys(result.assessment.answers).sort()).toEqual(Object.keys(sampleAssessment().answers).sort());
    expect(result.dropped).toEqual([
      { code: 'unknown-question', indicatorId: 'inst-retired-question' },
      { code: 'unknown-question', indicatorId: 'toString' },
    ]);
    expect(droppedMessages.heading(result.rubric)).toContain(`not in this version of the rubric (${FIVE_PRINCIPLES.title}, version ${FIVE_PRINCIPLES.version}) and were left out`);
    expect(droppedMessages.part(result.dropped[0]!)).toBe('The answer to a question this version does not have (“inst-retired-question”).');
  });

  it('drops unknown outcome ratings and an unknown stage, and reports them', () => {
    const file = sampleFile();
    file.assessment.outcomes['world-peace'] = 'established';
    file.assessment.stageId = 'stage-that-was-removed';
    const result = parseAssessmentFile(JSON.stringify(file), RUBRICS);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.assessment.outcomes).toEqual(sampleAssessment().outcomes);
    expect(result.assessment.stageId).toBeNull();
    expect(result.dropped).toEqual([
      { code: 'unknown-outcome', outcomeId: 'world-peace' },
      { code: 'unknown-stage', stageId: 'stage-that-was-removed' },
    ]);
    expect(result.dropped.map(droppedMessages.part)).toEqual([
      'The rating of an outcome this version does not list (“world-peace”).',
      'A stage of development this version does not have (“stage-that-was-removed”).',
    ]);
  });
});

describe('files made before network ids, dates and plans (schemaVersion 1)', () => {
  /** The sample as version 1 wrote it: no network id, no assessment date, no plan. */
  function versionOneText(): string {
    const file = sampleFile();
    const { networkId: _n, assessedOn: _d, actions: _a, boardAsk: _b, ...assessment } = file.assessment as Record<string, unknown>;
    return JSON.stringify({ ...file, schemaVersion: 1, assessment });
  }

  it('still imports: the network is the one of that name on this device, dated the day it was started, with an empty plan', () => {
    const asked: string[] = [];
    const result = parseAssessmentFile(versionOneText(), RUBRICS, (name) => {
      asked.push(name);
      return 'net-on-this-device';
    });
    if (!result.ok) throw new Error(result.problem.code);
    expect(asked).toEqual([sampleAssessment().networkName]);
    expect(result.assessment).toMatchObject({ networkId: 'net-on-this-device', assessedOn: '2025-03-14', actions: [] });
    expect(result.assessment.answers).toEqual(sampleAssessment().answers);
  });

  it('gives a network of its own when no network of that name is on this device', () => {
    const result = parseAssessmentFile(versionOneText(), RUBRICS, () => null);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.assessment.networkId).toBe('net-assessment-1');
  });

  it('refuses a version 2 file that lacks them, naming what is missing', () => {
    const file = sampleFile() as unknown as { assessment: Record<string, unknown> };
    delete file.assessment.networkId;
    expect(errorOf(JSON.stringify(file))).toContain('The network it belongs to is missing.');
  });
});

describe('a file made with an own rubric carries it (rubricData)', () => {
  const example = JSON.parse(readFileSync(join(__dirname, '../../rubrics/examples/housing-federation-health-check.json'), 'utf8')) as Rubric;
  const ref = { id: example.id, version: example.version };
  const own: Assessment = { ...sampleAssessment(), rubric: ref, answers: { [example.principles[0]!.indicators[0]!.id]: { value: 2 } } };

  it('writes it only when given one: a built-in rubric is never copied into the file', () => {
    expect(JSON.parse(serializeAssessment(sampleAssessment(), NOW))).not.toHaveProperty('rubricData');
    expect(JSON.parse(serializeAssessment(own, NOW, null, example)).rubricData).toEqual(example);
  });

  it('reads the record under the carried rubric when this browser has none of that id, and hands the rubric back to keep', () => {
    const result = parseAssessmentFile(serializeAssessment(own, NOW, null, example), RUBRICS);
    expect(result.ok && result.rubric).toEqual(example);
    expect(result.ok && result.carriedRubric).toEqual(example);
    expect(result.ok && result.assessment.answers).toEqual(own.answers);
  });

  it('prefers the rubric this browser already has, and carries nothing to keep', () => {
    const result = parseAssessmentFile(serializeAssessment(own, NOW, null, example), [...RUBRICS, example]);
    expect(result.ok && result.rubric).toBe(example);
    expect(result.ok && 'carriedRubric' in result).toBe(false);
  });

  it('ignores a carried rubric that is not the one the record names, or is not a rubric', () => {
    for (const carried of [{ ...example, version: '9.9.9' }, { ...example, principles: [] }, 'a rubric']) {
      const file = JSON.parse(serializeAssessment(own, NOW)) as Record<string, unknown>;
      file.rubricData = carried;
      const result = parseAssessmentFile(JSON.stringify(file), RUBRICS);
      expect(!result.ok && result.problem.code).toBe('unknown-rubric');
    }
  });
});
