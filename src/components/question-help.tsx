// "More about this question": the rubric's help for one question and the glossary's words that its
// question, help or levels use, behind a disclosure so the question and its levels come first.
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { glossaryMatcher } from '../core/glossary';
import type { GlossaryEntry, Indicator } from '../core/rubric-schema';
import { messages } from './question-messages';

interface Props {
  indicator: Indicator;
  glossary: readonly GlossaryEntry[];
  /** The help's id: the radio group is described by it. */
  helpId: string;
  /** The help as shown, with its glossary terms marked. */
  helpText?: ReactNode;
}

function termsUsed(indicator: Indicator, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  const match = glossaryMatcher(glossary);
  const texts = [indicator.question, indicator.help, ...indicator.levels.flatMap((l) => [l.label, l.description])];
  const found = new Set(texts.flatMap((t) => match(t).map((m) => m.entry)));
  return glossary.filter((_, i) => found.has(i));
}

export function QuestionHelp({ indicator, glossary, helpId, helpText }: Props) {
  const terms = useMemo(() => termsUsed(indicator, glossary), [indicator, glossary]);
  return (
    <details className="why question-help">
      <summary>{messages.moreAbout}</summary>
      <p className="indicator__help" id={helpId}>
        {helpText ?? indicator.help}
      </p>
      {terms.length > 0 && (
        <>
          <h2 className="question-help__title">{messages.wordsUsed}</h2>
          <dl className="question-help__terms">
            {terms.map((t) => (
              <div key={t.term}>
                <dt>{t.term}</dt>
                <dd>
                  {t.definition}
                  {t.example && <span className="muted"> {messages.example(t.example)}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </details>
  );
}
