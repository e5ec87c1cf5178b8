// The translation file's type tag, apart from its schema: the page tells a translation file from a
// rubric file by it without loading the schema library.
export const RUBRIC_TRANSLATION_TYPE = 'fivefold/rubric-translation';
