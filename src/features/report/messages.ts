// Words of the print view's own controls; the report's words come from src/export/report-text.ts.
export const messages = {
  print: 'Print',
  backToResults: 'Back to the results',
  printHint: 'Use your browser’s print dialog to print or save as PDF. Each principle starts on a new page.',
  unknownRubric: (id: string) => `This report’s assessment or workshop uses the rubric “${id}”, which this copy of Fivefold does not have.`,
  backToWorkshop: 'Back to the workshop',
  goHome: 'Go to the start page',
} as const;
