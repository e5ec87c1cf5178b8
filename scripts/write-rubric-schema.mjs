// Writes rubrics/rubric.schema.json from the zod schema in src/core (npm run schema).
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('/src/core/rubric-json-schema.ts');
writeFileSync(new URL('../rubrics/rubric.schema.json', import.meta.url), module.rubricJsonSchemaText());
console.log('wrote rubrics/rubric.schema.json');
