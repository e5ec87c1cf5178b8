// A damaged file, link or save is explained in the reader's language: the question named by its
// number and its translated text, what is wrong with it, and no English sentence left over.
import { afterEach, describe, expect, it } from 'vitest';
import { parseAssessmentFile, serializeAssessment } from '../../src/core/assessment-file';
import { parseBackupFile, serializeBackup } from '../../src/core/backup-file';
import { BUILTIN_RUBRICS, FIVE_PRINCIPLES, findRubric } from '../../src/core/builtin-rubrics';
import { sanitizePersisted } from '../../src/core/persisted-state';
import { backupProblemWords, readProblemWords, setAsideWords } from '../../src/components/problem-messages';
import { setLanguage } from '../../src/i18n/language';
import { sampleAssessment } from '../fixtures/sample-assessment';
import { plainText } from '../helpers/plain-words';

afterEach(() => setLanguage('en', false));

const first = FIVE_PRINCIPLES.principles[0]!.indicators[0]!;
const secondPrinciple = FIVE_PRINCIPLES.principles[1]!.indicators[2]!;

/** A real assessment file with a level 7 on question 1.1 and an empty network name. */
function brokenFile(): string {
  const file = JSON.parse(serializeAssessment(sampleAssessment())) as { assessment: Record<string, unknown> };
  const answers = file.assessment.answers as Record<string, unknown>;
  answers[first.id] = { value: 7 };
  answers[secondPrinciple.id] = { value: 'beaucoup' };
  return JSON.stringify(file);
}

function words(source: 'file' | 'link' = 'file'): string {
  const result = parseAssessmentFile(brokenFile(), BUILTIN_RUBRICS);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('the broken file was read');
  return plainText(readProblemWords(result.problem, { rubrics: BUILTIN_RUBRICS, source }));
}

/** Words typical of an English message, none of which a French or Spanish one should keep. */
const ENGLISH = /\b(the|could not|has the level|levels run|which|is not|file|read)\b/;

describe('a broken assessment file, in each language', () => {
  it('in English names the question and the range', () => {
    expect(words()).toContain(`The assessment in the file could not be read:`);
    expect(words()).toContain(`Question 1.1 “${first.question}” has the level 7; levels run from 0 to 4.`);
    expect(words()).toContain(`Question 2.3 “${secondPrinciple.question}” has the answer “beaucoup”, which Fivefold does not know`);
  });

  it('in French names the question by its number and its French text', async () => {
    await setLanguage('fr', false);
    const fr = findRubric(FIVE_PRINCIPLES)!;
    const question = fr.principles[0]!.indicators[0]!.question;
    expect(question).not.toBe(first.question);
    const text = words();
    expect(text).toContain('L’évaluation contenue dans le fichier n’a pas pu être lue\u00a0:');
    expect(text).toContain(`La question 1.1 «\u00a0${question}\u00a0» a le niveau 7\u00a0; les niveaux vont de 0 à 4.`);
    expect(text).toContain(`La question 2.3 «\u00a0${fr.principles[1]!.indicators[2]!.question}\u00a0» a pour réponse «\u00a0beaucoup\u00a0», que Fivefold ne connaît pas`);
    expect(text).toContain('«\u00a0Sans objet\u00a0» ou «\u00a0Je ne sais pas\u00a0»');
    expect(text).not.toMatch(ENGLISH);
  });

  it('in Spanish names the question by its number and its Spanish text', async () => {
    await setLanguage('es', false);
    const question = findRubric(FIVE_PRINCIPLES)!.principles[0]!.indicators[0]!.question;
    const text = words('link');
    expect(text).toContain('No se pudo leer la evaluación del enlace:');
    expect(text).toContain(`La pregunta 1.1 “${question}” tiene el nivel 7; los niveles van de 0 a 4.`);
    expect(text).toContain('“No aplica” o “No sé”');
    expect(text).not.toMatch(ENGLISH);
  });
});

describe('other problems, in French and Spanish', () => {
  it('a text file that is not Fivefold’s, and a file too large, in French', async () => {
    await setLanguage('fr', false);
    const notOurs = parseAssessmentFile('{"hello": 1}', BUILTIN_RUBRICS);
    if (notOurs.ok) throw new Error('read');
    const text = plainText(readProblemWords(notOurs.problem, { rubrics: BUILTIN_RUBRICS, source: 'file' }));
    expect(text).toMatch(/^Ce n’est pas|^C’est/);
    expect(text).not.toMatch(ENGLISH);
    const big = plainText(readProblemWords({ code: 'too-large', size: 12_000_000, max: 5_000_000 }, { rubrics: [], source: 'file' }));
    expect(big).toMatch(/^Le fichier est trop volumineux \(.+\)\u00a0; Fivefold lit les fichiers jusqu’à .+\.$/);
  });

  it('a record of a backup, named by its network, with what is wrong, in Spanish', async () => {
    await setLanguage('es', false);
    const record = { ...JSON.parse(JSON.stringify(sampleAssessment())), networkName: 'Red Andina', assessors: 42 };
    const backup = parseBackupFile(serializeBackup({ assessments: [record as never], workshops: [] }));
    expect(backup.ok).toBe(true);
    if (!backup.ok) return;
    const lines = backup.problems.map((p) => backupProblemWords(p, BUILTIN_RUBRICS));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^No se pudo leer la evaluación “Red Andina”: La lista de quienes evalúan no es texto \(es un número\)\.$/);
  });

  it('saved data set aside in this browser, in French', async () => {
    await setLanguage('fr', false);
    const record = { ...JSON.parse(JSON.stringify(sampleAssessment())), networkName: 'Réseau de l’Estrie', stageNote: 3 };
    const { setAside } = sanitizePersisted({ assessments: { [record.id]: record } });
    expect(setAside.length).toBeGreaterThan(0);
    const text = plainText(setAsideWords(setAside[0]!.reason, BUILTIN_RUBRICS));
    expect(text).toContain('L’évaluation enregistrée «\u00a0Réseau de l’Estrie\u00a0» n’a pas pu être lue\u00a0:');
    expect(text).toContain('La note sur l’étape de développement n’est pas du texte (c’est un nombre).');
    expect(text).not.toMatch(ENGLISH);
  });
});

describe('the button a message sends the reader to', () => {
  it('is named with the start page’s own label', async () => {
    const { ownRubricMessages } = await import('../../src/features/home/own-rubric-messages');
    const { problemMessages } = await import('../../src/components/problem-messages');
    expect(problemMessages.saved.ownRubricButton).toBe(ownRubricMessages.use);
  });
});
