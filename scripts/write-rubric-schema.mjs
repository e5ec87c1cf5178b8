// Writes rubrics/rubric.schema.json and rubrics/rubric-translation.schema.json from the zod schemas
// in src/core (npm run schema).
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('/src/core/rubric-json-schema.ts');
for (const [file, text] of [
  ['rubric.schema.json', module.rubricJsonSchemaText()],
  ['rubric-translation.schema.json', module.rubricTranslationJsonSchemaText()],
]) {
  writeFileSync(new URL(`../rubrics/${file}`, import.meta.url), text);
  console.log(`wrote rubrics/${file}`);
}
