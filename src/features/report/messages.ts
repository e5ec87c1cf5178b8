// Words of the print view's own controls; the report's words come from src/export/report-text.ts.
export const messages = {
  print: 'Print',
  backToResults: 'Back to the results',
  printHint: 'Use your browser’s print dialog to print or save as PDF. Each principle starts on a new page.',
  noAssessment: 'There is no assessment open.',
  noWorkshop: 'This workshop is not saved on this device.',
  backToWorkshop: 'Back to the workshop',
  goHome: 'Go to the start page',
} as const;
