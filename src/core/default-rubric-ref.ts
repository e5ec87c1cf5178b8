// What the first screen needs to know of the default rubric, without loading the rubric itself.
// test/shipped-rubric.test.ts checks these against rubrics/five-principles.json.
export const DEFAULT_RUBRIC_REF = {
  id: 'five-principles',
  version: '2.0.0',
  /** Its title, for the rubric picker on the start page. */
  title: 'The Five Principles for sustainable and resilient networks',
  /** The questionnaire's first step: the first principle's id. */
  firstStep: 'institutionalization',
} as const;
