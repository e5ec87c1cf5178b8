// Checking a translation of an own rubric before it joins the library (what the rubric-check worker
// answers): the real example rubric and its real French file, then each way a file can be refused.
import { readFileSync } from 'node:fs';
import { checkOwnTranslation, placeOf } from '../../src/core/own-rubric-translation';
import type { Rubric } from '../../src/core/rubric-schema';
import type { RubricTranslation } from '../../src/core/rubric-translation';
import { answerRubricCheck } from '../../src/features/home/rubric-check-request';

const read = <T,>(path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const example = read<Rubric>('../../rubrics/examples/housing-federation-health-check.json');
const french = () => read<RubricTranslation>('../../rubrics/examples/translations/housing-federation-health-check.fr.json');
const frenchBuiltin = read<RubricTranslation>('../../rubrics/translations/five-principles.fr.json');

describe('checkOwnTranslation', () => {
  it('accepts the example’s French file for the example in the library', () => {
    const checked = checkOwnTranslation(french(), [example]);
    expect(checked).toMatchObject({ ok: true, rubric: { id: example.id, version: '1.0.0', title: example.title } });
    if (checked.ok) expect(checked.translation.indicators['ha-general-meetings']!.question).toMatch(/^Combien de coopératives membres/);
  });

  it('refuses a file not in the translation format, keeping the validator’s words for Details', () => {
    const checked = checkOwnTranslation({ ...french(), title: '' }, [example]);
    expect(checked).toMatchObject({ ok: false, code: 'shape' });
    if (!checked.ok && checked.code === 'shape') expect(checked.technical).toContain('title');
  });

  it('says which rubric and version it is for when the library lacks it, and which versions it has', () => {
    expect(checkOwnTranslation(french(), [])).toEqual({ ok: false, code: 'no-rubric', id: example.id, version: '1.0.0', title: null, versions: [] });
    const older = { ...example, version: '0.9.0' };
    expect(checkOwnTranslation(french(), [older])).toEqual({
      ok: false, code: 'no-rubric', id: example.id, version: '1.0.0', title: example.title, versions: ['0.9.0'],
    });
  });

  it('refuses a translation of the built-in rubric (its translations ship with the app)', () => {
    expect(checkOwnTranslation(frenchBuiltin, [example])).toMatchObject({ ok: false, code: 'builtin', id: 'five-principles' });
  });

  it('places each misfit in the rubric: question 2.3’s level count, a missing band, an unknown id', () => {
    const t = french();
    t.indicators['ha-peer-support']!.levels.pop();
    delete t.bands['steady'];
    t.outcomes['old-outcome'] = t.outcomes['member-skills']!;
    const checked = checkOwnTranslation(t, [example]);
    expect(checked.ok).toBe(false);
    if (checked.ok || checked.code !== 'misfit') throw new Error(`expected a misfit, got ${JSON.stringify(checked)}`);
    expect(checked.language).toBe('fr');
    expect(checked.problems).toEqual([
      { code: 'missing-id', section: 'bands', id: 'steady', place: { band: 1 } },
      { code: 'unknown-id', section: 'outcomes', id: 'old-outcome', place: null },
      { code: 'level-count', id: 'ha-peer-support', expected: 5, found: 4, place: { principle: 1, question: 2 } },
    ]);
  });

  it('refuses words that fit by id but break the rubric format once applied (an alias given twice)', () => {
    const t = french();
    t.glossary![0]!.aliases = ['coopératives d’habitation', "coopératives d'habitation"];
    const checked = checkOwnTranslation(t, [example]);
    expect(checked).toMatchObject({ ok: false, code: 'applied', language: 'fr' });
    if (!checked.ok && checked.code === 'applied') expect(checked.problems).toMatchObject([{ code: 'rule', place: { glossary: 0, alias: 1 } }]);
  });

  it('places a recommendation and a glossary entry', () => {
    expect(placeOf(example, { code: 'missing-id', section: 'recommendations', id: 'ha-mid-pairing' })).toEqual({
      principle: 1, recommendation: { tier: 'middle', index: 1 },
    });
    expect(placeOf(example, { code: 'optional-mismatch', section: 'glossary', id: 'federation', field: 'example', inRubric: true })).toEqual({ glossary: 1 });
  });
});

describe('the rubric-check worker’s answer', () => {
  it('checks a rubric file or a translation file as the request says', () => {
    expect(answerRubricCheck({ kind: 'rubric', data: example })).toMatchObject({ ok: true, rubric: { id: example.id } });
    expect(answerRubricCheck({ kind: 'translation', data: french(), library: [example] })).toMatchObject({ ok: true, translation: { language: 'fr' } });
    expect(answerRubricCheck({ kind: 'translation', data: french(), library: [] })).toMatchObject({ ok: false, code: 'no-rubric' });
  });
});
