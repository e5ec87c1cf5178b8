// The language control in every screen's header. Each language is named in itself; on a phone the
// label's word is kept for screen readers only (app.css), with a globe shown in its place.
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
      <label htmlFor={id}>
        {/* A globe: the sign for "language" that reads the same in every language, and all a phone shows of the label. */}
        <svg className="language-select__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <g fill="none" stroke="currentColor" strokeWidth="1.6">
            <circle cx="12" cy="12" r="9.2" />
            <ellipse cx="12" cy="12" rx="4" ry="9.2" />
            <path d="M3 12h18M4.6 7h14.8M4.6 17h14.8" />
          </g>
        </svg>
        <span className="language-select__text">{messages.label}</span>
      </label>
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
