// Opening any Fivefold file: an assessment, a workshop or a backup. A bad file gets a specific
// message and changes nothing; what a file held that could not be used is listed.
import { useId, useState } from 'react';
import { looksLikeRubric, ownRubricKey } from '../../core/own-rubrics';
import type { ReadProblem } from '../../core/problems';
import type { Rubric } from '../../core/rubric-schema';
import { FileButton } from '../../components/file-button';
import type * as ProblemWords from '../../components/problem-messages';
import { ProblemText } from '../../components/problem-text';
import { readFileText } from '../../lib/read-file-text';
import { hrefFor, navigate } from '../../components/router';
import { knownNetworks } from '../../store/networks-slice';
import { useAppStore } from '../../store/store';
import { messages } from './messages';
import { parseOffThread } from './parse-off-thread';
import { nextTask } from '../../lib/next-task';

type Outcome =
  | { kind: 'done'; text: string; note?: string; heading?: string; items: string[]; link?: { href: string; label: string } }
  // A problem keeps its code, and is put in words when drawn, so it follows a change of language.
  | { kind: 'error'; file: string; problem: ReadProblem; rubrics: readonly Rubric[]; words: Words }
  | { kind: 'error'; file: string; worded: Worded };
/** A file refused for a reason already worded (its carried rubric failed the full check). */
type Refused = { kind: 'refused'; words: Worded };

/** Reads a file's declared type without trusting anything else in it. */
function fileType(text: string): string | null {
  const match = /"type"\s*:\s*"(fivefold\/[a-z]+)"/.exec(text.slice(0, 2000));
  return match?.[1] ?? null;
}

/** The words of problems, loaded with the readers: the start page does not need them to draw. */
type Words = typeof ProblemWords;
type Worded = ProblemWords.Worded;

/**
 * The own rubric a file carried (this browser did not have it): checked in full, as a rubric file
 * the user picked would be, and kept in the library before the record that needs it comes in.
 */
async function keepCarriedRubric(carried: Rubric | undefined): Promise<{ note: string | null } | Refused> {
  if (!carried) return { note: null };
  const checked = await (await import('./load-own-rubric')).checkRubricData(carried);
  if (!checked.ok) {
    const { lead, ...rest } = checked.words;
    return { kind: 'refused', words: { ...rest, lead: [messages.rubricBroughtBroken(carried.title), ...lead] } };
  }
  useAppStore.getState().addOwnRubric(checked.rubric);
  return { note: messages.rubricBrought(checked.rubric.title, checked.rubric.version) };
}

/**
 * A backup's own rubrics this browser lacks, each checked in full; a bad one is named, the others kept.
 * Then their translations in languages the library's rubric lacks, each checked against it.
 */
async function keepBackupRubrics(carried: readonly unknown[], translations: readonly unknown[] = []): Promise<{ kept: number; problems: string[] }> {
  const rubrics = await keepBackupOwnRubrics(carried);
  if (translations.length === 0) return rubrics;
  const { checkTranslationData } = await import('./load-own-rubric');
  for (const data of translations) {
    const { ownRubrics } = useAppStore.getState();
    const checked = await checkTranslationData(data, Object.values(ownRubrics).map((e) => e.rubric));
    if (!checked.ok) rubrics.problems.push([...checked.words.lead, ...checked.words.items].join(' '));
    else if (checked.kind === 'translation' && !ownRubrics[ownRubricKey(checked.rubric)]?.translations?.[checked.translation.language]) {
      useAppStore.getState().addOwnTranslation(checked.translation);
    }
  }
  return rubrics;
}

async function keepBackupOwnRubrics(carried: readonly unknown[]): Promise<{ kept: number; problems: string[] }> {
  const library = useAppStore.getState().ownRubrics;
  const missing = carried.filter((r) => !looksLikeRubric(r) || !Object.hasOwn(library, ownRubricKey(r)));
  if (missing.length === 0) return { kept: 0, problems: [] };
  const { checkRubricData } = await import('./load-own-rubric');
  let kept = 0;
  const problems: string[] = [];
  for (const data of missing) {
    const checked = await checkRubricData(data);
    if (checked.ok) {
      useAppStore.getState().addOwnRubric(checked.rubric);
      kept += 1;
    } else {
      const named = looksLikeRubric(data) ? [messages.rubricBroughtBroken(data.title)] : [];
      problems.push([...named, ...checked.words.lead, ...checked.words.items].join(' '));
    }
  }
  return { kept, problems };
}

async function openText(text: string, rubrics: readonly Rubric[], words: Words): Promise<Outcome | Refused | 'navigated' | ReadProblem> {
  const { backupProblemWords, droppedMessages } = words;
  const store = useAppStore.getState();
  const type = fileType(text);
  // Files made before network ids: each record joins the network of its name on this device. The
  // reader may run in a worker, so it gets what the name rule needs as plain data.
  const known = knownNetworks(store);
  if (type === 'fivefold/backup') {
    const result = await parseOffThread({ kind: 'backup', text, rubrics, known });
    if (!result.ok) return result.problem;
    // Own rubrics first, so the records that use them open once restored.
    const carried = await keepBackupRubrics(result.contents.ownRubrics, result.contents.ownRubricTranslations);
    // Reading the worker's answer is one task; storing it (and its first save) is the next.
    await nextTask();
    const { added, alreadyThere, copies } = store.restoreBackup(result.contents);
    const problems = [...carried.problems, ...result.problems.map((p) => backupProblemWords(p, rubrics))];
    const maps = await (await import('./bring-in-maps')).bringInBackupMaps(result.contents.networkMaps, words);
    problems.push(...maps.notes);
    const summary = [
      messages.restored(added, alreadyThere, copies),
      ...(maps.added ? [words.mapArrivalWords.restoredMaps(maps.added)] : []),
      ...(carried.kept ? [messages.rubricsRestored(carried.kept)] : []),
    ].join(' ');
    return { kind: 'done', text: summary, items: problems, ...(problems.length > 0 && { heading: messages.restoreProblems }) };
  }
  if (type === 'fivefold/workshop') {
    const result = await parseOffThread({ kind: 'workshop', text, rubrics, known });
    if (!result.ok) return result.problem;
    const kept = await keepCarriedRubric(result.carriedRubric);
    if ('kind' in kept) return kept;
    await nextTask();
    const id = store.addImportedWorkshop(result.workshop);
    const note = (await import('./bring-in-maps')).carriedMapNote(result, result.workshop.networkName, words);
    return {
      kind: 'done',
      text: messages.workshopImported(result.workshop.networkName),
      ...(kept.note && { note: kept.note }),
      items: note ? [note] : [],
      link: { href: hrefFor({ name: 'workshop', id, view: 'overview' }), label: messages.openWorkshop },
    };
  }
  if (type === 'fivefold/ballot') return { code: 'other-kind', expected: 'assessment', found: 'ballot' };
  // Anything else goes through the assessment reader, whose problems say what the file is not.
  const result = await parseOffThread({ kind: 'assessment', text, rubrics, known });
  if (!result.ok) return result.problem;
  const kept = await keepCarriedRubric(result.carriedRubric);
  if ('kind' in kept) return kept;
  const id = store.addImported(result.assessment);
  const note = (await import('./bring-in-maps')).carriedMapNote(result, result.assessment.networkName, words);
  if (result.dropped.length === 0 && !note && !kept.note) {
    navigate({ name: 'results', id });
    return 'navigated';
  }
  return {
    kind: 'done',
    text: messages.imported(result.assessment.networkName),
    ...(kept.note && { note: kept.note }),
    ...(result.dropped.length > 0 && { heading: droppedMessages.heading(result.rubric) }),
    items: [...result.dropped.map(droppedMessages.part), ...(note ? [note] : [])],
    link: { href: hrefFor({ name: 'results', id }), label: messages.seeResults },
  };
}

export function OpenFile() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const uid = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const [read, { allRubrics }, words] = await Promise.all([
      readFileText(file, 40 * 1024 * 1024),
      import('../../store/rubric-selectors'),
      import('../../components/problem-messages'),
    ]);
    const rubrics = allRubrics();
    const result = read.ok ? await openText(read.value, rubrics, words) : read.problem;
    if (result === 'navigated') return;
    if ('code' in result) setOutcome({ kind: 'error', file: file.name, problem: result, rubrics, words });
    else if (result.kind === 'refused') setOutcome({ kind: 'error', file: file.name, worded: result.words });
    else setOutcome(result);
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
          <ProblemText words={'worded' in outcome ? outcome.worded : outcome.words.readProblemWords(outcome.problem, { rubrics: outcome.rubrics, source: 'file' })} />
        </div>
      )}
      {outcome?.kind === 'done' && (
        <div className="notice">
          {/* The link stays outside the status, so what is announced ends with the result itself. */}
          <div role="status">
            <p>
              <strong>{outcome.text}</strong>
            </p>
            {outcome.note && <p>{outcome.note}</p>}
            {outcome.heading && <p>{outcome.heading}</p>}
            {outcome.items.length > 0 && (
              <ul className="problem-list">
                {outcome.items.map((item, i) => (
                  <li key={i} className="pre-line">
                    {item}
                  </li>
                ))}
              </ul>
            )}
          </div>
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
