// The one order of a report's sections after its cover, shared by the PDF, the Markdown export and
// the print view. "group-picture" appears only in a workshop's report, "network-map" only when the
// network has a map with members.
export const REPORT_SECTIONS = [
  'summary',
  'group-picture',
  'action-plan',
  'priorities',
  'principles',
  'stage-and-outcomes',
  'network-map',
  'method',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
