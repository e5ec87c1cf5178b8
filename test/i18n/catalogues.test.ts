// Every language has every key of every English catalogue, of the same kind, and keeps every
// placeholder: each message function is called with marker arguments, and each marker the English
// words show must show in the translation too. A key added to an English messages module and not
// to src/i18n/fr or src/i18n/es fails here (and in `tsc -b`, through the Catalogue type).
import { afterEach, describe, expect, it } from 'vitest';
import { english } from '../../src/i18n/catalogues';
import type { Translation } from '../../src/i18n/catalogues';
import type { RubricProblem } from '../../src/core/rubric-problems';
import { englishCopy } from '../../src/i18n/apply';
import { pack as fr } from '../../src/i18n/fr/pack';
import { pack as es } from '../../src/i18n/es/pack';
import { pseudo, pseudoPack } from '../../src/i18n/pseudo';
import { setLanguage } from '../../src/i18n/language';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every leaf: [path, value]. */
function leaves(node: Node, path: string[] = []): [string, unknown][] {
  return Object.entries(node).flatMap(([k, v]) => (isNode(v) ? leaves(v, [...path, k]) : [[[...path, k].join('.'), v] as [string, unknown]]));
}

const STRING_MARKERS = ['⟪a⟫', '⟪b⟫', '⟪c⟫', '⟪d⟫', '⟪e⟫', '⟪f⟫'];
// Numbers that no plural rule or digit grouping changes, and that read the same in every language.
const NUMBER_MARKERS = [701, 702, 703, 704, 705, 706];

/** Calls a message with markers; null when it takes objects (a problem, a principle) rather than words or numbers. */
function call(fn: unknown, markers: readonly unknown[]): string | null {
  try {
    const out = (fn as (...a: unknown[]) => unknown)(...markers.slice(0, (fn as () => unknown).length));
    return typeof out === 'string' ? out : Array.isArray(out) ? out.join(' ') : null;
  } catch {
    return null;
  }
}

const languages: [string, Translation][] = [
  ['fr', fr.catalogue],
  ['es', es.catalogue],
];

afterEach(() => setLanguage('en', false));

describe.each(languages)('the %s catalogue', (_name, catalogue) => {
  const englishLeaves = leaves(englishCopy() as unknown as Node);
  const translated = new Map(leaves(catalogue as unknown as Node));

  it('has exactly the English keys', () => {
    expect([...translated.keys()].sort()).toEqual(englishLeaves.map(([k]) => k).sort());
  });

  it.each(englishLeaves)('%s: same kind of value, same placeholders', (key, en) => {
    const t = translated.get(key);
    expect(typeof t).toBe(typeof en);
    if (typeof en === 'string') {
      // Only the few words that are the same in every language (names, symbols) may stay English.
      if (en.split(' ').length > 2 && !/^Fivefold$/.test(en)) expect(t, `${key} is still English`).not.toBe(en);
      return;
    }
    if (typeof en !== 'function') return;
    expect((t as () => unknown).length).toBe((en as () => unknown).length);
    for (const markers of [STRING_MARKERS, NUMBER_MARKERS]) {
      const enText = call(en, markers);
      if (enText === null) continue;
      const tText = call(t, markers) ?? '';
      // A word marker given where a number is expected reads NaN once counted; the number round checks it.
      const counted = markers === STRING_MARKERS && tText.includes('NaN');
      for (const marker of markers) {
        if (enText.includes(String(marker)) && !counted) expect(tText, `${key} loses ${String(marker)}`).toContain(String(marker));
      }
    }
  });
});

describe.each<[string, Translation]>([['en', englishCopy() as Translation], ...languages])('the %s words for one button', (_name, catalogue) => {
  it('a saved-data message names the own-rubric button exactly as the start page labels it', () => {
    expect(catalogue.problems.saved.ownRubricButton).toBe(catalogue.ownRubric.use);
  });
});

describe('putting a language in place', () => {
  it('changes the words the screens import, and English comes back', async () => {
    await setLanguage('fr', false);
    expect(english.language.label).toBe('Langue');
    expect(english.questionnaire.dontKnow).toBe('Je ne sais pas');
    expect(english.reportText.page(2, 9)).toBe('Page 2 sur 9');
    await setLanguage('es', false);
    expect(english.language.label).toBe('Idioma');
    expect(english.question.dontKnow).toBe('No sé');
    expect(english.question.notApplicable).toBe('No aplica');
    expect(english.reportText.page(2, 9)).toBe('Página 2 de 9');
    await setLanguage('en', false);
    expect(english.language.label).toBe('Language');
    expect(english.reportText.page(2, 9)).toBe('page 2 of 9');
  });

  it('gives the rubric in the chosen language, with the same ids', async () => {
    const { findRubric, FIVE_PRINCIPLES } = await import('../../src/core/builtin-rubrics');
    await setLanguage('fr', false);
    const frRubric = findRubric(FIVE_PRINCIPLES)!;
    expect(frRubric.principles.map((p) => p.title)).toContain('Ancrage dans la société');
    expect(frRubric.principles.flatMap((p) => p.indicators.map((i) => i.id))).toEqual(
      FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators.map((i) => i.id)),
    );
    await setLanguage('es', false);
    expect(findRubric(FIVE_PRINCIPLES)!.principles.map((p) => p.title)).toContain('Arraigo en la sociedad');
    await setLanguage('en', false);
    expect(findRubric(FIVE_PRINCIPLES)).toBe(FIVE_PRINCIPLES);
  });

  it('gives an assessment’s or a workshop’s built-in rubric in the chosen language', async () => {
    const { findAnyRubric, allRubrics } = await import('../../src/store/rubric-selectors');
    const ref = { id: 'five-principles', version: '2.0.0' };
    await setLanguage('fr', false);
    expect(findAnyRubric(ref)!.principles[0]!.title).toBe('Institutionnalisation des relations');
    expect(allRubrics()[0]!.principles[0]!.title).toBe('Institutionnalisation des relations');
    await setLanguage('es', false);
    expect(findAnyRubric(ref)!.principles[0]!.title).not.toBe('Institutionalization of relationships');
    await setLanguage('en', false);
    expect(findAnyRubric(ref)!.principles[0]!.title).toBe('Institutionalization of relationships');
  });

  it('words a problem in an own rubric file by its place, in the chosen language', async () => {
    const { rubricProblemWords } = await import('../../src/features/home/own-rubric-messages');
    const problem: RubricProblem = { code: 'missing', path: [], place: { principle: 1, question: 2, level: 4 }, field: 'description', technical: '' };
    const tooFew: RubricProblem = { code: 'too-few', count: 1, min: 3, path: [], place: {}, field: 'principles', technical: '' };
    expect(rubricProblemWords(problem)).toBe('Principle 2, question 3, level 4: the description is missing.');
    await setLanguage('fr', false);
    expect(rubricProblemWords(problem)).toBe('Principe 2, question 3, niveau 4\u00a0: il manque la description.');
    expect(rubricProblemWords(tooFew)).toBe('La grille\u00a0: la liste des principes compte 1 élément\u00a0; il en faut au moins 3.');
    await setLanguage('es', false);
    expect(rubricProblemWords(problem)).toBe('Principio 2, pregunta 3, nivel 4: falta la descripción.');
    expect(rubricProblemWords(tooFew)).toBe('La rúbrica: la lista de principios tiene 1 elemento; necesita al menos 3.');
  });

  it('counts the French way: 0 and 1 are singular, and numbers group with a space', async () => {
    const { messages } = await import('../../src/features/workshop/messages');
    await setLanguage('fr', false);
    expect(messages.ballotCount(0)).toBe('0 bulletin');
    expect(messages.ballotCount(1)).toBe('1 bulletin');
    expect(messages.ballotCount(2)).toBe('2 bulletins');
    await setLanguage('es', false);
    expect(messages.ballotCount(0)).toBe('0 papeletas');
    await setLanguage('en', false);
    expect(messages.ballotCount(0)).toBe('0 ballots');
    expect(messages.ballotCount(1)).toBe('1 ballot');
  });
});

describe('the pseudo-locale', () => {
  it('accents and brackets every English word, keeping the arguments', () => {
    expect(pseudo('Results')).toBe('⟦Ŕéšûļţš⟧');
    expect(pseudo(': ')).toBe(': ');
    const p = pseudoPack().catalogue;
    expect(p.results.forNetwork('X')).toBe('⟦Ŕéšûļţš ƒöŕ Ẋ⟧');
    for (const [key, value] of leaves(p as unknown as Node)) {
      if (typeof value === 'string' && /[A-Za-z]/.test(value)) expect(value, key).toMatch(/^⟦[^A-Za-z]*⟧$/s);
    }
  });
});

describe('the browser decides the first language', () => {
  it.each([
    [['es-MX', 'en'], 'es'],
    [['fr-CA'], 'fr'],
    [['de-DE', 'fr'], 'fr'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ])('%j → %s', async (preferred, expected) => {
    const { fromBrowser } = await import('../../src/i18n/language');
    expect(fromBrowser(preferred)).toBe(expected);
  });
});
