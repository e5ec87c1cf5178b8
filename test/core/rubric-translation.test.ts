// Rubric translations: checkTranslation names every way a file can fail to fit its rubric,
// applyTranslation changes words and nothing else, and every file in rubrics/translations/ is a
// complete translation that, applied, passes the same schema and writing rules as the English.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { parseRubric } from '../../src/core/rubric-schema';
import type { Rubric } from '../../src/core/rubric-schema';
import { applyTranslation, parseRubricTranslation } from '../../src/core/rubric-translation';
import type { RubricTranslation } from '../../src/core/rubric-translation';
import { checkTranslation } from '../../src/core/rubric-translation-check';
import type { TranslationProblem } from '../../src/core/rubric-translation-check';
import { lintRubric } from '../helpers/rubric-lint';
import { rubricWithWords, translationFrom } from '../helpers/translation-from';
import { TEST_RUBRIC } from './fixtures';

// Upper case stands in for French: every word changes, and every length limit still holds.
const frenchOf = (rubric: Rubric) => translationFrom(rubric, (text) => text.toLocaleUpperCase('fr'));

describe('checkTranslation', () => {
  it('finds nothing wrong with a complete translation of the shipped rubric or the fixture', () => {
    expect(checkTranslation(FIVE_PRINCIPLES, frenchOf(FIVE_PRINCIPLES))).toEqual([]);
    expect(checkTranslation(TEST_RUBRIC, frenchOf(TEST_RUBRIC))).toEqual([]);
  });

  it.each<{ name: string; breakIt: (t: RubricTranslation) => void; problems: TranslationProblem[] }>([
    {
      name: 'a missing indicator',
      breakIt: (t) => void delete t.indicators['gen-education'],
      problems: [{ code: 'missing-id', section: 'indicators', id: 'gen-education' }],
    },
    {
      name: 'a missing band and a missing stage',
      breakIt: (t) => {
        delete t.bands['resilient'];
        delete t.stages['ad-hoc-contacts'];
      },
      problems: [
        { code: 'missing-id', section: 'bands', id: 'resilient' },
        { code: 'missing-id', section: 'stages', id: 'ad-hoc-contacts' },
      ],
    },
    {
      name: 'an id the rubric does not have (an old 1.0.0 question)',
      breakIt: (t) => void (t.indicators['gen-succession'] = t.indicators['gen-succession-readiness']!),
      problems: [{ code: 'unknown-id', section: 'indicators', id: 'gen-succession' }],
    },
    {
      name: 'a recommendation filed under another id',
      breakIt: (t) => {
        t.recommendations['inst-low-memo'] = t.recommendations['inst-low-mou']!;
        delete t.recommendations['inst-low-mou'];
      },
      problems: [
        { code: 'missing-id', section: 'recommendations', id: 'inst-low-mou' },
        { code: 'unknown-id', section: 'recommendations', id: 'inst-low-memo' },
      ],
    },
    {
      name: 'an indicator with four levels',
      breakIt: (t) => void t.indicators['div-people']!.levels.pop(),
      problems: [{ code: 'level-count', id: 'div-people', expected: 5, found: 4 }],
    },
    {
      name: 'a stage with one next step too many',
      breakIt: (t) => void t.stages['shared-institutions']!.nextSteps.push('Une étape de plus.'),
      problems: [{ code: 'next-steps-count', id: 'shared-institutions', expected: 3, found: 4 }],
    },
    {
      name: 'a next step for the last stage, which has none',
      breakIt: (t) => void t.stages['integrated-economy']!.nextSteps.splice(0, 1),
      problems: [{ code: 'next-steps-count', id: 'integrated-economy', expected: 2, found: 1 }],
    },
    {
      name: 'a subtitle left out',
      breakIt: (t) => void delete t.principles['diversity']!.subtitle,
      problems: [{ code: 'optional-mismatch', section: 'principles', id: 'diversity', field: 'subtitle', inRubric: true }],
    },
    {
      name: 'a first step left out',
      breakIt: (t) => void delete t.recommendations['emb-high-coalition']!.firstStep,
      problems: [{ code: 'optional-mismatch', section: 'recommendations', id: 'emb-high-coalition', field: 'firstStep', inRubric: true }],
    },
    {
      name: 'a glossary example the English does not have',
      breakIt: (t) => void (t.glossary![4]!.example = 'Une charte de réseau.'),
      problems: [{ code: 'optional-mismatch', section: 'glossary', id: 'charter', field: 'example', inRubric: false }],
    },
    {
      name: 'a glossary entry left out',
      breakIt: (t) => void t.glossary!.pop(),
      problems: [{ code: 'glossary-count', expected: FIVE_PRINCIPLES.glossary!.length, found: FIVE_PRINCIPLES.glossary!.length - 1 }],
    },
    {
      name: 'a translation of an older version',
      breakIt: (t) => void (t.rubric.version = '1.0.0'),
      problems: [{ code: 'version-mismatch', expected: '2.0.0', found: '1.0.0' }],
    },
    {
      name: 'a translation of another rubric',
      breakIt: (t) => void (t.rubric.id = 'housing-federation-health-check'),
      problems: [{ code: 'rubric-mismatch', expected: 'five-principles', found: 'housing-federation-health-check' }],
    },
  ])('reports $name', ({ breakIt, problems }) => {
    const translation = frenchOf(FIVE_PRINCIPLES);
    breakIt(translation);
    expect(checkTranslation(FIVE_PRINCIPLES, translation)).toEqual(problems);
  });

  it('reports a lead in a rubric without leads (schemaVersion 1) and a glossary the rubric lacks', () => {
    const translation = frenchOf(TEST_RUBRIC);
    translation.recommendations['alpha-low-1']!.lead = 'le coordinateur';
    translation.glossary = [{ term: 'fédération', definition: 'Un regroupement de coopératives.' }];
    expect(checkTranslation(TEST_RUBRIC, translation)).toEqual([
      { code: 'optional-mismatch', section: 'recommendations', id: 'alpha-low-1', field: 'lead', inRubric: false },
      { code: 'glossary-count', expected: 0, found: 1 },
    ]);
  });
});

describe('parseRubricTranslation', () => {
  it('accepts a complete translation and refuses an empty word or a long short title, saying where', () => {
    expect(parseRubricTranslation(frenchOf(FIVE_PRINCIPLES)).ok).toBe(true);
    const broken = frenchOf(FIVE_PRINCIPLES);
    broken.indicators['inst-federation']!.levels[2]!.label = '  ';
    broken.principles['self-reliance']!.shortTitle = 'Autonomie financière et matérielle';
    const result = parseRubricTranslation(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('indicators["inst-federation"].levels[2].label');
      expect(result.error).toContain('principles["self-reliance"].shortTitle');
    }
  });

  it('refuses a file that is not a translation', () => {
    expect(parseRubricTranslation(FIVE_PRINCIPLES).ok).toBe(false);
  });
});

describe('applyTranslation', () => {
  it.each([
    ['the shipped rubric', FIVE_PRINCIPLES],
    ['the fixture (schemaVersion 1, no glossary)', TEST_RUBRIC],
  ])('on %s, changes every word and nothing else', (_, rubric) => {
    fc.assert(
      fc.property(fc.func(fc.string({ minLength: 1, maxLength: 12 })), fc.constantFrom('fr', 'es', 'fr-CA'), (words, language) => {
        const applied = applyTranslation(rubric, translationFrom(rubric, words, language));
        expect(applied).toEqual(rubricWithWords(rubric, words, language));
      }),
      { numRuns: 25 },
    );
  });

  it('keeps ids, order, counts, bands\' min and history, and the English words, where parts of a translation are missing', () => {
    const rubric = FIVE_PRINCIPLES;
    const full = frenchOf(rubric);
    const sections = ['bands', 'principles', 'indicators', 'recommendations', 'stages', 'outcomes'] as const;
    const keys = sections.flatMap((s) => Object.keys(full[s]).map((id) => [s, id] as const));
    fc.assert(
      fc.property(fc.subarray(keys), fc.nat({ max: rubric.glossary!.length }), (dropped, glossaryKept) => {
        const partial = structuredClone(full);
        for (const [section, id] of dropped) delete partial[section][id];
        partial.glossary = partial.glossary!.slice(0, glossaryKept);
        const applied = applyTranslation(rubric, partial);
        // With every word replaced by a placeholder, the translated and English rubrics are the same.
        const skeleton = (r: Rubric) => rubricWithWords(r, () => '•', 'xx');
        expect(skeleton(applied)).toEqual(skeleton(rubric));
        // What the translation lacks stays in English; what it has is translated.
        const questions = (r: Rubric) => new Map(r.principles.flatMap((p) => p.indicators.map((i) => [i.id, i.question])));
        const english = questions(rubric);
        const droppedIds = new Set(dropped.filter(([section]) => section === 'indicators').map(([, id]) => id));
        for (const [id, question] of questions(applied)) {
          expect(question === english.get(id), id).toBe(droppedIds.has(id));
        }
        expect(parseRubric(applied).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('does not change the rubric it is given', () => {
    const before = structuredClone(FIVE_PRINCIPLES);
    applyTranslation(FIVE_PRINCIPLES, frenchOf(FIVE_PRINCIPLES));
    expect(FIVE_PRINCIPLES).toEqual(before);
  });
});

const rubricsDir = new URL('../../rubrics/', import.meta.url);
const translationsDir = new URL('translations/', rubricsDir);

/** Every rubric a translation may translate: the shipped ones and the examples, by id. */
const rubricsById = new Map(
  [
    ...readdirSync(rubricsDir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).map((f) => new URL(f, rubricsDir)),
    ...readdirSync(new URL('examples/', rubricsDir)).filter((f) => f.endsWith('.json')).map((f) => new URL(`examples/${f}`, rubricsDir)),
  ].map((url) => {
    const parsed = parseRubric(JSON.parse(readFileSync(url, 'utf8')));
    if (!parsed.ok) throw new Error(`${url.pathname}: ${parsed.error}`);
    return [parsed.value.id, parsed.value] as const;
  }),
);

/** The built-in rubric's translations, then the example rubrics' (rubrics/examples/translations/). */
const translationFiles = [
  ...readdirSync(translationsDir).filter((f) => f.endsWith('.json')),
  ...readdirSync(new URL('examples/translations/', rubricsDir)).filter((f) => f.endsWith('.json')).map((f) => `../examples/translations/${f}`),
];

it('ships the French translation of the Five Principles and of the example own rubric', () => {
  expect(translationFiles).toContain('five-principles.fr.json');
  expect(translationFiles).toContain('../examples/translations/housing-federation-health-check.fr.json');
});

describe.each(translationFiles)('rubrics/translations/%s', (file) => {
  const data: unknown = JSON.parse(readFileSync(new URL(file, translationsDir), 'utf8'));
  const parsed = parseRubricTranslation(data);

  it('is a translation file, named <rubric-id>.<language>.json', () => {
    expect(parsed.ok ? 'valid' : parsed.error).toBe('valid');
    if (!parsed.ok) return;
    expect(file.split('/').pop()).toBe(`${parsed.value.rubric.id}.${parsed.value.language}.json`);
  });

  if (!parsed.ok) return;
  const translation = parsed.value;
  const rubric = rubricsById.get(translation.rubric.id);

  it('translates a rubric Fivefold ships, in another language, fitting it exactly', () => {
    expect(rubric, `no rubric "${translation.rubric.id}" in rubrics/`).toBeDefined();
    if (!rubric) return;
    expect(translation.language).not.toBe(rubric.language);
    expect(checkTranslation(rubric, translation)).toEqual([]);
  });

  it('gives, applied, a rubric that passes the schema and every writing rule', () => {
    if (!rubric) return;
    const applied = parseRubric(applyTranslation(rubric, translation));
    expect(applied.ok ? 'valid' : applied.error).toBe('valid');
    if (applied.ok) expect(lintRubric(applied.value)).toEqual([]);
  });

  it('leaves no question, help text or level in English', () => {
    if (!rubric) return;
    const english = rubric.principles.flatMap((p) =>
      p.indicators.flatMap((ind) => [ind.question, ind.help, ...ind.levels.flatMap((l) => [l.label, l.description])]),
    );
    const translated = applyTranslation(rubric, translation).principles.flatMap((p) =>
      p.indicators.flatMap((ind) => [ind.question, ind.help, ...ind.levels.flatMap((l) => [l.label, l.description])]),
    );
    expect(translated.filter((text, i) => text === english[i])).toEqual([]);
  });
});
