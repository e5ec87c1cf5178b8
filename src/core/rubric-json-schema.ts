// The JSON Schemas of the rubric format and of the rubric translation format, generated from the
// zod schemas so the two cannot drift.
import { z } from 'zod';
import { rubricSchema } from './rubric-schema';
import { rubricTranslationSchema } from './rubric-translation';

export function rubricJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(rubricSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'rubric.schema.json',
    title: 'Fivefold rubric',
    description:
      'A self-assessment rubric for Fivefold. Cross-references (unique ids, band order) are checked by the app beyond this schema; see docs/rubric-format.md.',
  };
}

export function rubricJsonSchemaText(): string {
  return `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`;
}

export function rubricTranslationJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(rubricTranslationSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'rubric-translation.schema.json',
    title: 'Fivefold rubric translation',
    description:
      'The words of a Fivefold rubric in another language, keyed by the rubric\'s ids. That every id is present and every count matches is checked by the app beyond this schema; see docs/rubric-format.md, "Translations".',
  };
}

export function rubricTranslationJsonSchemaText(): string {
  return `${JSON.stringify(rubricTranslationJsonSchema(), null, 2)}\n`;
}
