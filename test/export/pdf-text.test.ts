// What the PDF draws for characters its font lacks: a visible mark, never an empty box.
import { describe, expect, it } from 'vitest';
import { pdfSafe, toPdfText } from '../../src/export/pdf/pdf-text';

describe('toPdfText', () => {
  it.each([
    ['Łódź Spółdzielnia', 'Łódź Spółdzielnia'],
    ['Coopérative du Québec — “Ærø” · 50 %', 'Coopérative du Québec — “Ærø” · 50 %'],
    ['Tiếng Việt', 'Tiếng Việt'],
    ['שלום עולם and مرحبا', '\uFFFD \uFFFD and \uFFFD'],
    ['Co-op 🌱🌱 network', 'Co-op \uFFFD network'],
    ['zero\u200Bwidth \u202Eright-to-left\u202C', 'zerowidth right-to-left'],
    ['line one\nline two', 'line one\nline two'],
    ['e\u0301 composed', 'é composed'],
  ])('%j → %j', (input, expected) => {
    expect(toPdfText(input)).toBe(expected);
  });

  it('maps every string in a nested value and leaves other values alone', () => {
    expect(pdfSafe({ a: 'Ærø 🌱', b: [1, null, { c: 'שלום' }], d: true })).toEqual({
      a: 'Ærø \uFFFD',
      b: [1, null, { c: '\uFFFD' }],
      d: true,
    });
  });
});
