// Words of the report card (results screen and workshop).
export const messages = {
  reportTitle: 'Report for the board',
  reportIntro:
    'A PDF with the summary, the action plan, the priorities, every answer and note, and how it was scored. Made on this device; nothing is uploaded.',
  paperSize: 'Paper size',
  paperNames: { a4: 'A4', letter: 'US Letter' },
  downloadPdf: 'Download PDF report',
  printView: 'Print view',
  downloadCsv: 'Download CSV',
  downloadActionsCsv: 'Download actions (CSV)',
  downloadMarkdown: 'Download Markdown',
  preparing: 'Preparing the report…',
  reportFailed: (why: string) => `The report could not be made (${why}). Your answers are safe; please try again.`,
} as const;
