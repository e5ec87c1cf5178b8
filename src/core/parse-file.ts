// The three readers of a Fivefold file by kind, in one place, so they can run in a Web Worker (a
// 500-ballot workshop or a full backup takes longer to read than a click may wait) or in the page.
import { parseAssessmentFile } from './assessment-file';
import type { ImportResult } from './assessment-file';
import { parseBackupFile } from './backup-file';
import type { BackupParse } from './backup-file';
import { networkByName } from './network';
import type { KnownNetworks } from './network';
import type { Rubric } from './rubric-schema';
import { parseWorkshopFile } from './workshop-file';
import type { WorkshopImportResult } from './workshop-file';

export interface ParsedFiles {
  backup: BackupParse;
  workshop: WorkshopImportResult;
  assessment: ImportResult;
}
export type FileKind = keyof ParsedFiles;

export interface ParseRequest<K extends FileKind = FileKind> {
  kind: K;
  text: string;
  rubrics: readonly Rubric[];
  /** The networks on this device, for files made before network ids (joined by name). */
  known?: KnownNetworks;
}

export function parseFileOfKind<K extends FileKind>({ kind, text, rubrics, known }: ParseRequest<K>): ParsedFiles[K] {
  const onDevice = known ? (name: string) => networkByName(name, known.networks, known.records) : undefined;
  const readers: { [T in FileKind]: () => ParsedFiles[T] } = {
    backup: () => parseBackupFile(text, onDevice),
    workshop: () => parseWorkshopFile(text, rubrics, onDevice),
    assessment: () => parseAssessmentFile(text, rubrics, onDevice),
  };
  return readers[kind]();
}
