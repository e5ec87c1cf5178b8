// Words for choosing a rubric: the picker shown when starting an assessment or a workshop.
export const rubricMessages = {
  picker: 'Rubric',
  pickerHint: 'The questions to answer: the built-in rubric or one from your library.',
  option: (title: string, version: string) => `${title} (version ${version})`,
  builtinOption: (title: string, version: string) => `${title} (version ${version}, built in)`,
} as const;
