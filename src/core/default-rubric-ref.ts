// What the first screen needs to know of the default rubric, without loading the rubric itself.
// test/shipped-rubric.test.ts checks these against rubrics/five-principles.json.
export const DEFAULT_RUBRIC_REF = {
  id: 'five-principles',
  version: '2.0.0',
  /** The questionnaire's first step: the first principle's id. */
  firstStep: 'institutionalization',
} as const;
