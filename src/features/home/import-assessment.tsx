// Opening an exported assessment file. A bad file gets a specific message and changes nothing.
import { useId, useState } from 'react';
import { readFileText } from '../../components/read-file-text';
import { navigate } from '../../components/router';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

type Outcome = { kind: 'ok'; name: string; dropped: string[] } | { kind: 'error'; file: string; error: string };

export function ImportAssessment() {
  const addImported = useAppStore((s) => s.addImported);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const uid = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFileText(file);
    if (!read.ok) return setOutcome({ kind: 'error', file: file.name, error: read.error });
    // The file format and the rubrics load only when a file is opened.
    const [{ parseAssessmentFile }, { BUILTIN_RUBRICS }] = await Promise.all([
      import('../../core/assessment-file'),
      import('../../core/builtin-rubrics'),
    ]);
    const result = parseAssessmentFile(read.text, BUILTIN_RUBRICS);
    if (!result.ok) return setOutcome({ kind: 'error', file: file.name, error: result.error });
    addImported(result.assessment);
    if (result.dropped.length > 0) {
      setOutcome({ kind: 'ok', name: result.assessment.networkName, dropped: result.dropped });
    } else {
      navigate({ name: 'results' });
    }
  };

  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.importTitle}</h2>
      <p className="field__hint" id={`${uid}-hint`}>
        {messages.importHint}
      </p>
      <label className="button button--secondary file-button">
        {messages.importLabel}
        <input
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          aria-describedby={`${uid}-hint`}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {outcome?.kind === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{messages.importFailed(outcome.file)}</strong>
          </p>
          <p className="pre-line">{outcome.error}</p>
        </div>
      )}
      {outcome?.kind === 'ok' && (
        <div className="notice" role="status">
          <p>
            <strong>{messages.imported(outcome.name)}</strong> {messages.importedDropped}
          </p>
          <ul>
            {outcome.dropped.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
          <a className="button" href="#/results">
            {messages.resultsText}
          </a>
        </div>
      )}
    </section>
  );
}
