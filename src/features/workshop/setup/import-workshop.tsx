// Opening an exported workshop file: it is added and opened. A bad file gets its specific message
// and changes nothing.
import { useId, useState } from 'react';
import { BUILTIN_RUBRICS } from '../../../core/builtin-rubrics';
import type { ReadProblem } from '../../../core/problems';
import { parseWorkshopFile } from '../../../core/workshop-file';
import { FileButton } from '../../../components/file-button';
import { readProblemWords } from '../../../components/problem-messages';
import type { Worded } from '../../../components/problem-messages';
import { ProblemText } from '../../../components/problem-text';
import { readFileText } from '../../../lib/read-file-text';
import { navigate } from '../../../components/router';
import { networkIdForName } from '../../../store/networks-slice';
import { useAppStore } from '../../../store/store';
import { messages } from '../messages';

type Outcome = { ok: true; name: string; ballots: number } | { ok: false; file: string; words: Worded };

export function ImportWorkshop() {
  const addImported = useAppStore((s) => s.addImportedWorkshop);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const uid = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const fail = (problem: ReadProblem) =>
      setOutcome({ ok: false, file: file.name, words: readProblemWords(problem, { rubrics: BUILTIN_RUBRICS, source: 'file' }) });
    const read = await readFileText(file);
    if (!read.ok) return fail(read.problem);
    const parsed = parseWorkshopFile(read.value, BUILTIN_RUBRICS, (name) => networkIdForName(useAppStore.getState(), name));
    if (!parsed.ok) return fail(parsed.problem);
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
          <ProblemText words={outcome.words} />
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
