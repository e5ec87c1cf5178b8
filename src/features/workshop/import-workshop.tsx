// Opening an exported workshop file: it is added and opened. A bad file gets its specific message
// and changes nothing.
import { useId, useState } from 'react';
import { BUILTIN_RUBRICS } from '../../core/builtin-rubrics';
import { parseWorkshopFile } from '../../core/workshop-file';
import { FileButton } from '../../components/file-button';
import { readFileText } from '../../components/read-file-text';
import { navigate } from '../../components/router';
import { useAppStore } from '../../store/store';
import { messages } from './messages';

type Outcome = { ok: true; name: string; ballots: number } | { ok: false; file: string; error: string };

export function ImportWorkshop() {
  const addImported = useAppStore((s) => s.addImportedWorkshop);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const uid = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFileText(file);
    if (!read.ok) return setOutcome({ ok: false, file: file.name, error: read.error });
    const parsed = parseWorkshopFile(read.text, BUILTIN_RUBRICS);
    if (!parsed.ok) return setOutcome({ ok: false, file: file.name, error: parsed.error });
    const id = addImported(parsed.workshop);
    navigate({ name: 'workshop', id, view: 'overview' });
    setOutcome({ ok: true, name: parsed.workshop.networkName, ballots: parsed.workshop.ballots.length });
  };

  return (
    <div className="import-workshop">
      <FileButton label={messages.importWorkshop} hintId={`${uid}-hint`} onFile={(f) => void onFile(f)} />
      <p id={`${uid}-hint`} className="field__hint">
        {messages.importWorkshopHint}
      </p>
      {outcome && !outcome.ok && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{messages.importFailed(outcome.file)}</strong>
          </p>
          <p className="pre-line">{outcome.error}</p>
        </div>
      )}
      {outcome?.ok && (
        <p className="notice" role="status">
          {messages.workshopImported(outcome.name, outcome.ballots)}
        </p>
      )}
    </div>
  );
}
