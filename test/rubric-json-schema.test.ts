// rubrics/rubric.schema.json is generated from the zod schema; this fails when someone forgets `npm run schema`.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rubricJsonSchemaText } from '../src/core/rubric-json-schema';

it('rubrics/rubric.schema.json matches the zod schema (run `npm run schema` to regenerate)', () => {
  const onDisk = readFileSync(new URL('../rubrics/rubric.schema.json', import.meta.url), 'utf8');
  expect(onDisk).toBe(rubricJsonSchemaText());
});
