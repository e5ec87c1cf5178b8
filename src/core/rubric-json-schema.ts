// The JSON Schema of the rubric format, generated from the zod schema so the two cannot drift.
import { z } from 'zod';
import { rubricSchema } from './rubric-schema';

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
