// Words of the library's re-assess and merge panels, loaded with them.
import { plural } from '../../i18n/plural';

export const messages = {
  reassessQuestion: (name: string) => `A new assessment of ${name}, dated today. Start it blank, or from these answers?`,
  reassessBlank: 'Start blank',
  reassessPrefilled: 'Start from these answers',
  mergeLabel: (name: string) => `Merge ${name} with`,
  mergeHint: (name: string) =>
    `If ${name} and another entry are the same network (a typo, a new name), merge them: all their assessments and workshops then share one history.`,
  mergeNone: 'There is no other network here to merge with.',
  mergeConfirm: 'Merge',
  mergeChoose: 'Choose a network',
  mergeOption: (name: string, n: number) => `${name} (${plural(n, { one: 'one record', other: '# records' })})`,
  cancel: 'Cancel',
  unnamed: 'Unnamed network',
} as const;
