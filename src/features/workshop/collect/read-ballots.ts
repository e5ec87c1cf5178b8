// Ballots in from files and pasted links: each one read on its own, so one damaged file or line
// is named with its own message and never stops the others. A pasted line may also be a ballot
// code, the text of the QR code on a participant's screen read by a phone's own camera app.
import { decodeBallotCode, looksLikeBallotCode } from '../../../core/ballot-code';
import { decodeBallotLink } from '../../../core/ballot-link';
import type { Rubric } from '../../../core/rubric-schema';
import { mergeBallots } from '../../../core/ballot';
import type { ReadProblem } from '../../../core/problems';
import type { Ballot, Workshop } from '../../../core/workshop';
import { parseBallotFile } from '../../../core/workshop-file';
import { readFileText } from '../../../lib/read-file-text';
import { messages } from '../messages';

export interface SourcedBallot {
  ballot: Ballot;
  /** A file name or "Line 3", to say where a problem came from. */
  source: string;
}

/** What went wrong with one file or line: a problem from core, or a message of this screen's own. */
export type ImportProblem = { source: string; from: 'file' | 'link'; problem: ReadProblem } | { source: string; message: string };

export interface ReadResult {
  ballots: SourcedBallot[];
  problems: ImportProblem[];
  /** The pasted lines that could not be read, to leave in the box for another try. */
  failedLines: string[];
}

export async function readBallotFiles(files: readonly File[]): Promise<ReadResult> {
  const out: ReadResult = { ballots: [], problems: [], failedLines: [] };
  for (const file of files) {
    const read = await readFileText(file);
    if (!read.ok) {
      out.problems.push({ source: file.name, from: 'file', problem: read.problem });
      continue;
    }
    const parsed = parseBallotFile(read.value);
    if (parsed.ok) out.ballots.push({ ballot: parsed.ballot, source: file.name });
    else out.problems.push({ source: file.name, from: 'file', problem: parsed.problem });
  }
  return out;
}

/** Ballot codes are read against the workshop they are pasted into (they carry only a key of its id). */
export function readBallotLinks(text: string, workshop: Workshop, rubric: Rubric | null): ReadResult {
  const out: ReadResult = { ballots: [], problems: [], failedLines: [] };
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const source = messages.lineN(i + 1);
    const code = looksLikeBallotCode(line) && rubric ? decodeBallotCode(line, workshop, rubric) : null;
    const decoded = code ? (code.ok ? { ok: true as const, value: code.value.ballot } : code) : decodeBallotLink(line);
    if (decoded.ok) out.ballots.push({ ballot: decoded.value, source });
    else {
      out.problems.push({ source, from: 'link', problem: decoded.problem });
      out.failedLines.push(line.trim());
    }
  });
  return out;
}

export interface ImportOutcome {
  added: number;
  duplicates: number;
  /** Scanned ballots whose notes (or whole name) came in with their link or file. */
  completed?: number;
  problems: ImportProblem[];
}

/** Merges what was read into the workshop; returns the workshop unchanged when nothing was added. */
export function mergeRead(workshop: Workshop, read: ReadResult): { workshop: Workshop; outcome: ImportOutcome } {
  const result = mergeBallots(workshop, read.ballots.map((b) => b.ballot));
  const sourceOf = new Map(read.ballots.map((b) => [b.ballot.id, b.source]));
  const refused = result.refused.map((r) => ({ source: sourceOf.get(r.ballotId) ?? r.ballotId, from: 'file' as const, problem: r.reason }));
  return {
    workshop: result.added.length > 0 || result.completed.length > 0 ? result.workshop : workshop,
    outcome: {
      added: result.added.length,
      duplicates: result.duplicates.length,
      completed: result.completed.length,
      problems: [...read.problems, ...refused],
    },
  };
}
