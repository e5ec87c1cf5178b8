// Words of the shared charts.
export const messages = {
  notEnough: 'not enough answers',
  chartTitle: 'The principles at a glance',
  chartSummary: (parts: string[]) => `Radar chart of principle scores out of 100: ${parts.join('; ')}.`,
} as const;
