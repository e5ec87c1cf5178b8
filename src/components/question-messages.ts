// Words around every question, in a solo assessment and on a workshop ballot alike.
export const messages = {
  notApplicable: 'Not applicable',
  dontKnow: "Don't know",
  note: 'Note',
  noteHint: 'Evidence, examples or doubts. Shown exactly as you type it.',
  clearAnswer: 'Clear answer',
  moreAbout: 'More about this question',
  wordsUsed: 'Words used here',
  example: (text: string) => `For example: ${text}`,
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  back: 'Back',
  next: 'Next',
  oneAtATime: 'One question at a time',
  oneAtATimeHint: 'Remembered on this device.',
} as const;
