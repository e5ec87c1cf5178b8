// Words of the language control. Each language's own name is written in that language, whatever
// language the screen is in, so a reader can always find theirs.
export const messages = {
  label: 'Language',
} as const;

export const LANGUAGE_NAMES = { en: 'English', fr: 'Français', es: 'Español' } as const;
