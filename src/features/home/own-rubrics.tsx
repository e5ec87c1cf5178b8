// "Use your own rubric": open a federation's rubric file (or the bundled example), check it, keep it
// in this browser's library, list the library with each rubric's title and version, and remove one
// with undo. The checking code and the example load only when used.
import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { OwnRubric } from '../../core/own-rubrics';
import { ownRubricKey } from '../../core/own-rubrics';
import type { Rubric } from '../../core/rubric-schema';
import { FileButton } from '../../components/file-button';
import type { Worded } from '../../components/problem-messages';
import { ProblemText } from '../../components/problem-text';
import { useAppStore } from '../../store/store';
import type { FileOutcome } from './load-own-rubric';
import { ownRubricMessages as m } from './own-rubric-messages';

type Outcome =
  | { kind: 'added'; rubric: Rubric }
  | { kind: 'translated'; language: string; title: string; version: string }
  | { kind: 'error'; file: string; translation: boolean; words: Worded }
  | { kind: 'checking' };

const UNDO_SECONDS = 15;

function useInUse(): Map<string, number> {
  const refs = useAppStore(
    useShallow((s) => [...Object.values(s.assessments), ...Object.values(s.workshops)].map((r) => `${r.rubric.id}@${r.rubric.version}`)),
  );
  const counts = new Map<string, number>();
  for (const key of refs) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export default function OwnRubrics() {
  const uid = useId();
  const entries = useAppStore(useShallow((s) => Object.values(s.ownRubrics)));
  const inUse = useInUse();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [removed, setRemoved] = useState<OwnRubric | null>(null);

  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => setRemoved(null), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [removed]);

  const take = async (file: string, result: FileOutcome) => {
    const store = useAppStore.getState();
    if (!result.ok) {
      setOutcome({ kind: 'error', file, translation: result.kind === 'translation', words: result.words });
    } else if (result.kind === 'translation') {
      store.addOwnTranslation(result.translation);
      const { languageName } = await import('./load-own-rubric');
      setOutcome({ kind: 'translated', language: languageName(result.translation.language), title: result.rubric.title, version: result.rubric.version });
    } else {
      // The same id and version again: its translations stay when they still fit the file.
      const { translationsThatFit } = await import('./load-own-rubric');
      const before = store.ownRubrics[ownRubricKey(result.rubric)];
      store.addOwnRubric(result.rubric, await translationsThatFit(result.rubric, before?.translations));
      setOutcome({ kind: 'added', rubric: result.rubric });
    }
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setOutcome({ kind: 'checking' });
    const { readOwnRubricFile } = await import('./load-own-rubric');
    const library = Object.values(useAppStore.getState().ownRubrics).map((e) => e.rubric);
    await take(file.name, await readOwnRubricFile(file, library));
  };
  const onExample = async () => {
    setOutcome({ kind: 'checking' });
    const { exampleRubric } = await import('./load-own-rubric');
    const result = await exampleRubric();
    await take('housing-federation-health-check.json', { ...result, kind: 'rubric' });
  };

  return (
    <section className="card own-rubrics" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{m.title}</h2>
      <p>{m.intro}</p>
      <p className="field__hint" id={`${uid}-hint`}>
        {m.useHint}
      </p>
      <div className="actions__row">
        <FileButton label={m.use} hintId={`${uid}-hint`} onFile={(f) => void onFile(f)} />
        <button type="button" className="button button--secondary" aria-describedby={`${uid}-example`} onClick={() => void onExample()}>
          {m.example}
        </button>
      </div>
      <p className="field__hint" id={`${uid}-example`}>
        {m.exampleHint}
      </p>
      <div role="status">
        {outcome?.kind === 'checking' && <p className="muted">{m.checking}</p>}
        {outcome?.kind === 'added' && (
          <p className="notice">
            <strong>{m.added(outcome.rubric.title, outcome.rubric.version)}</strong>
          </p>
        )}
        {outcome?.kind === 'translated' && (
          <p className="notice">
            <strong>{m.translationAdded(outcome.language, outcome.title, outcome.version)}</strong>
          </p>
        )}
      </div>
      {outcome?.kind === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{outcome.translation ? m.translationFailed(outcome.file) : m.failed(outcome.file)}</strong>
          </p>
          <ProblemText words={outcome.words} />
        </div>
      )}
      {(entries.length > 0 || removed) && <h3 id={`${uid}-library`}>{m.libraryTitle}</h3>}
      <div role="status" className="undo-slot">
        {removed && (
          <p className="notice">
            {m.removed(removed.rubric.title)} {(inUse.get(ownRubricKey(removed.rubric)) ?? 0) > 0 && m.removedInUse}{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                useAppStore.getState().restoreOwnRubric(removed);
                setRemoved(null);
              }}
            >
              {m.undo}
            </button>
          </p>
        )}
      </div>
      {entries.length > 0 && (
        <ul className="saved-list" aria-labelledby={`${uid}-library`}>
          {entries.map(({ rubric, translations }) => {
            const key = ownRubricKey(rubric);
            const used = inUse.get(key) ?? 0;
            const languages = Object.keys(translations ?? {}).map((tag) => (Object.hasOwn(m.languages, tag) ? m.languages[tag as keyof typeof m.languages] : tag));
            return (
              <li key={key} className="saved-item">
                <div className="saved-item__text">
                  <strong className="saved-item__name user-text">{rubric.title}</strong>
                  <span className="small muted saved-item__meta">
                    {m.item(rubric.version, rubric.principles.length, rubric.principles.reduce((n, p) => n + p.indicators.length, 0))}
                    {languages.length > 0 && <> {m.inLanguages(languages.join(', '))}</>}
                    {used > 0 && <> {m.inUse(used)}</>}
                  </span>
                </div>
                <div className="saved-item__actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={m.removeLabel(rubric.title, rubric.version)}
                    onClick={() => {
                      const gone = useAppStore.getState().removeOwnRubric(key);
                      if (gone) setRemoved(gone);
                    }}
                  >
                    {m.remove}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
