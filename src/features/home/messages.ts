// Words the start page shows.
import { plural } from '../../i18n/plural';

export const messages = {
  title: 'Fivefold',
  tagline: 'How resilient is your co-operative network?',
  /** The built-in rubric's title comes from the rubric (default-rubric-ref.ts), not from these words. */
  intro: (rubricTitle: string) =>
    `Walk through a rubric of principles, one principle at a time — built in: “${rubricTitle}”, or your federation’s own. You get a score for each principle, the weakest link, and concrete next steps to take to your board.`,
  privacy: 'Everything stays in this browser. Nothing is sent anywhere; you decide when to save a file.',
  startTitle: 'Start a new assessment',
  networkName: 'Network name',
  networkNameHint: 'For example “Halifax Co-op Network”.',
  assessors: 'Who is assessing',
  assessorsHint: 'Your name, or the names of the people answering together.',
  assessedOn: 'Assessment date',
  assessedOnHint: 'Today, unless you are entering an earlier assessment, such as last year’s on paper.',
  start: 'Start the assessment',
  networkNameRequired: 'Please give the name of the network you are assessing.',
  savedTitle: 'Your assessments',
  savedEmpty: 'No assessments yet in this browser.',
  continueLabel: (name: string) => `Continue ${name}`,
  resultsLabel: (name: string) => `Results for ${name}`,
  continueText: 'Continue',
  resultsText: 'Results',
  updated: (date: string) => `Last change ${date}`,
  answered: (answered: number, total: number) => `${answered} of ${total} answered`,
  assessedBy: (who: string) => `by ${who}`,
  unnamed: 'Unnamed network',
  importTitle: 'Open a file',
  importHint: 'An assessment, a workshop or a backup (.json) exported from Fivefold, on this computer or another one.',
  importLabel: 'Choose a file to import',
  restored: (added: number, already: number, copies: number) =>
    `Backup restored: ${added} added` +
    (already ? `, ${already} already here` : '') +
    (copies ? `, ${copies} kept as copies because a different version was already here` : '') +
    '.',
  restoreProblems: 'These could not be read and were left out:',
  workshopImported: (name: string) => `Imported the workshop “${name}”.`,
  /** A file made with an own rubric this browser did not have brings it along. */
  rubricBrought: (title: string, version: string) => `Its rubric, “${title}” (version ${version}), is now kept in your rubrics on this device.`,
  rubricBroughtBroken: (title: string) => `The file carries its own rubric, “${title}”, but that rubric cannot be used.`,
  /** Own rubrics a backup brought that this browser did not have. */
  rubricsRestored: (n: number) =>
    plural(n, { one: 'It brought one rubric of your own, now kept in your rubrics on this device.', other: 'It brought # rubrics of your own, now kept in your rubrics on this device.' }),
  openWorkshop: 'Open the workshop',
  openWorkshopLabel: (name: string) => `Open the workshop ${name}`,
  deleteLabel: (name: string) => `Delete ${name}`,
  exportLabel: (name: string) => `Export ${name} as a file`,
  kindSolo: 'Assessment',
  kindWorkshop: 'Workshop',
  created: (date: string) => `Started ${date}`,
  exportedOn: (date: string) => `exported ${date}`,
  notExported: 'not exported yet',
  moreActions: (name: string) => `More actions for ${name}`,
  more: 'More',
  rename: 'Rename',
  renameLabel: 'New network name',
  save: 'Save',
  cancel: 'Cancel',
  duplicate: 'Duplicate',
  reassess: 'Re-assess',
  mergeWith: 'Merge with…',
  merged: (from: string, into: string) => `Merged “${from}” into “${into}”.`,
  assessedOnText: (date: string) => `Assessed ${date}`,
  indexText: (score: string) => `index ${score} of 100`,
  noIndex: 'no index yet',
  exportFile: 'Export as a file',
  delete: 'Delete',
  deleted: (name: string) => `Deleted “${name}”.`,
  undo: 'Undo',
  trend: 'Compare over time',
  trendLabel: (name: string, n: number) => `Compare the ${n} assessments of ${name} over time`,
  workshopTitle: 'Run a workshop',
  workshopText:
    'Gather several people’s views: on their own phones, passing one laptop around, or by a show of hands. See where they agree and disagree, then settle a consensus.',
  workshopStart: 'Set up a workshop',
  backupTitle: 'Backups and this device',
  backupText: 'Everything lives in this browser only. Keep a backup file somewhere safe.',
  exportAll: 'Export everything',
  lastBackup: (date: string) => `Last full export: ${date}.`,
  noBackup: 'No full export yet.',
  persistGranted: 'This browser has agreed to keep Fivefold’s data until you delete it.',
  persistNotGranted:
    'This browser may clear Fivefold’s data if the device runs short of space. Export regularly.',
  persistUnsupported: 'This browser does not say whether it will keep Fivefold’s data. Export regularly.',
  reminder: (n: number) =>
    n === 1
      ? 'One assessment has changes that exist only in this browser. Export everything to keep a copy.'
      : `${n} assessments have changes that exist only in this browser. Export everything to keep a copy.`,
  wipe: 'Delete everything on this device',
  wipeTitle: 'Delete everything on this device?',
  wipeText:
    'This deletes every assessment, workshop and ballot stored in this browser. It cannot be undone. Export everything first if you may need them again.',
  wipeConfirm: 'Yes, delete everything',
  wiped: 'Everything stored by Fivefold in this browser has been deleted.',
  imported: (name: string) => `Imported “${name}”.`,
  seeResults: 'See the results',
  importFailed: (file: string) => `Could not import “${file}”. Nothing was changed.`,
} as const;
