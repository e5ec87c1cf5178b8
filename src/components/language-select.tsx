// The language control in every screen's header. Each language is named in itself.
import { useId } from 'react';
import { LANGUAGES, setLanguage } from '../i18n/language';
import { useLanguage } from '../i18n/use-language';
import type { Language } from '../i18n/language';
import { LANGUAGE_NAMES, messages } from '../i18n/messages';

export function LanguageSelect() {
  const language = useLanguage();
  const id = useId();
  return (
    <span className="language-select">
      <label htmlFor={id}>{messages.label}</label>
      <select id={id} value={language} onChange={(e) => void setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
        {!(LANGUAGES as readonly string[]).includes(language) && <option value={language}>{language}</option>}
      </select>
    </span>
  );
}
