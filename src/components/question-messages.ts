// Words around every question, in a solo assessment and on a workshop ballot alike.
export const messages = {
  notApplicable: 'Not applicable',
  dontKnow: "Don't know",
  note: 'Note',
  noteHint: 'Evidence, examples or doubts. Shown exactly as you type it.',
  clearAnswer: 'Clear answer',
} as const;
