// What the first screen needs to know of the default rubric, without loading the rubric itself.
// test/shipped-rubric.test.ts checks these against rubrics/five-principles.json.
export const DEFAULT_RUBRIC_REF = {
  id: 'five-principles',
  version: '2.0.0',
  /** Its title, for the rubric picker on the start page. */
  title: 'The Five Principles for sustainable and resilient networks',
  /** Its title in each language it is translated into (rubrics/translations/), by language code. */
  titles: {
    fr: 'Les cinq principes pour des réseaux durables et résilients',
    es: 'Los cinco principios para redes sostenibles y resilientes',
  } as Readonly<Record<string, string>>,
  /** The questionnaire's first step: the first principle's id. */
  firstStep: 'institutionalization',
} as const;

/** The built-in rubric's title in a language: its translation's, else the rubric's own. */
export function defaultRubricTitle(language: string): string {
  return Object.hasOwn(DEFAULT_RUBRIC_REF.titles, language) ? DEFAULT_RUBRIC_REF.titles[language]! : DEFAULT_RUBRIC_REF.title;
}
