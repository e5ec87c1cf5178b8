// rubrics/rubric.schema.json and rubrics/rubric-translation.schema.json are generated from the zod
// schemas; this fails when someone forgets `npm run schema`.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rubricJsonSchemaText, rubricTranslationJsonSchemaText } from '../src/core/rubric-json-schema';

it.each([
  ['rubric.schema.json', rubricJsonSchemaText],
  ['rubric-translation.schema.json', rubricTranslationJsonSchemaText],
])('rubrics/%s matches the zod schema (run `npm run schema` to regenerate)', (file, text) => {
  const onDisk = readFileSync(new URL(`../rubrics/${file}`, import.meta.url), 'utf8');
  expect(onDisk).toBe(text());
});
