// Loads a language's catalogues and rubric translations (a chunk of its own, precached for offline
// use) and puts them in place. English needs nothing but putting its own words back.
import type { AnyLanguage } from './locale';
import type { Translation } from './catalogues';
import type { RubricTranslation } from '../core/rubric-translation';

export interface LanguagePack {
  catalogue: Translation;
  rubrics: readonly RubricTranslation[];
}

const packs: Record<Exclude<AnyLanguage, 'en'>, () => Promise<LanguagePack>> = {
  fr: () => import('./fr/pack').then((m) => m.pack),
  es: () => import('./es/pack').then((m) => m.pack),
  'en-XA': () => import('./pseudo').then((m) => m.pseudoPack()),
};

export async function loadLanguage(language: AnyLanguage): Promise<void> {
  const [pack, { applyCatalogues }, { setRubricTranslations }] = await Promise.all([
    language === 'en' ? null : packs[language](),
    import('./apply'),
    import('../core/builtin-rubrics'),
  ]);
  applyCatalogues(pack?.catalogue ?? null);
  setRubricTranslations(pack?.rubrics ?? []);
}
