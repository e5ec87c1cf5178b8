// Opening any Fivefold file: an assessment, a workshop or a backup. A bad file gets a specific
// message and changes nothing; what a file held that could not be used is listed.
import { useId, useState } from 'react';
import { FileButton } from '../../components/file-button';
import { readFileText } from '../../components/read-file-text';
import { hrefFor, navigate } from '../../components/router';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

type Outcome =
  | { kind: 'done'; text: string; details: string[]; link?: { href: string; label: string } }
  | { kind: 'error'; file: string; error: string };

/** Reads a file's declared type without trusting anything else in it. */
function fileType(text: string): string | null {
  const match = /"type"\s*:\s*"(fivefold\/[a-z]+)"/.exec(text.slice(0, 2000));
  return match?.[1] ?? null;
}

async function openText(text: string): Promise<Outcome | 'navigated' | { error: string }> {
  const store = useAppStore.getState();
  const type = fileType(text);
  if (type === 'fivefold/backup') {
    const { parseBackupFile } = await import('../../core/backup-file');
    const result = parseBackupFile(text);
    if (!result.ok) return { error: result.error };
    const { added, alreadyThere, copies } = store.restoreBackup(result.contents);
    return {
      kind: 'done',
      text: messages.restored(added, alreadyThere, copies),
      details: result.problems.length ? [messages.restoreProblems, ...result.problems] : [],
    };
  }
  if (type === 'fivefold/workshop') {
    const [{ parseWorkshopFile }, { BUILTIN_RUBRICS }] = await Promise.all([
      import('../../core/workshop-file'),
      import('../../core/builtin-rubrics'),
    ]);
    const result = parseWorkshopFile(text, BUILTIN_RUBRICS);
    if (!result.ok) return { error: result.error };
    const id = store.addImportedWorkshop(result.workshop);
    return {
      kind: 'done',
      text: messages.workshopImported(result.workshop.networkName),
      details: [],
      link: { href: hrefFor({ name: 'workshop', id, view: 'overview' }), label: messages.openWorkshop },
    };
  }
  if (type === 'fivefold/ballot') return { error: messages.ballotFile };
  // Anything else goes through the assessment reader, whose messages say what the file is not.
  const [{ parseAssessmentFile }, { BUILTIN_RUBRICS }] = await Promise.all([
    import('../../core/assessment-file'),
    import('../../core/builtin-rubrics'),
  ]);
  const result = parseAssessmentFile(text, BUILTIN_RUBRICS);
  if (!result.ok) return { error: result.error };
  const id = store.addImported(result.assessment);
  if (result.dropped.length === 0) {
    navigate({ name: 'results', id });
    return 'navigated';
  }
  return {
    kind: 'done',
    text: messages.imported(result.assessment.networkName),
    details: [messages.importedDropped, ...result.dropped],
    link: { href: hrefFor({ name: 'results', id }), label: messages.resultsText },
  };
}

export function OpenFile() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const uid = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFileText(file, 40 * 1024 * 1024);
    if (!read.ok) return setOutcome({ kind: 'error', file: file.name, error: read.error });
    const result = await openText(read.text);
    if (result === 'navigated') return;
    setOutcome('error' in result ? { kind: 'error', file: file.name, error: result.error } : result);
  };

  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.importTitle}</h2>
      <p className="field__hint" id={`${uid}-hint`}>
        {messages.importHint}
      </p>
      <FileButton label={messages.importLabel} hintId={`${uid}-hint`} onFile={(f) => void onFile(f)} />
      {outcome?.kind === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{messages.importFailed(outcome.file)}</strong>
          </p>
          <p className="pre-line">{outcome.error}</p>
        </div>
      )}
      {outcome?.kind === 'done' && (
        <div className="notice" role="status">
          <p>
            <strong>{outcome.text}</strong>
          </p>
          {outcome.details.length > 0 && (
            <ul>
              {outcome.details.map((d) => (
                <li key={d} className="pre-line">
                  {d}
                </li>
              ))}
            </ul>
          )}
          {outcome.link && (
            <a className="button" href={outcome.link.href}>
              {outcome.link.label}
            </a>
          )}
        </div>
      )}
    </section>
  );
}
