// What can be wrong with a file, a link or a save, as codes with parameters. Core names the problem;
// the UI words it (src/components/problem-messages.ts), so no sentence is built here and every
// message can be translated. The technical path stays with each problem, for a "Details" view.
import type { RubricRef } from './assessment';
import type { MapReadProblem } from './network-map-migrate';

/** The kinds of record that files, links and saves hold. */
export type RecordKind = 'assessment' | 'workshop' | 'ballot' | 'backup' | 'invitation';

/** One step into the data: a key, or a position in a list. */
export type PathKey = string | number;

/** The kinds of value a field can be expected to hold or be found holding. */
export type ValueKind = 'text' | 'number' | 'whole-number' | 'yes-no' | 'list' | 'entries' | 'nothing' | 'other';

/**
 * Where a field sits, in terms a person knows. `field` names it within its record ('networkName',
 * 'answer.value', 'tally.counts', '' for the record itself); the rest says which question, outcome,
 * ballot, show of hands or perspective group it belongs to.
 */
export interface Place {
  field: string;
  indicatorId?: string;
  outcomeId?: string;
  /** Position from 0 in a workshop's ballots, with the participant's name when the ballot has one. */
  ballot?: { index: number; participant: string | null };
  /** Position from 0 in a workshop's show-of-hands counts. */
  tally?: number;
  /** Position from 0 in a list of perspective groups. */
  group?: number;
  /** Position from 0 in an action plan, with the action's text when it has one. */
  action?: { index: number; text: string | null };
  /** The key of an entry no field of this name exists for (`field` is then 'unknown'). */
  key?: string;
}

interface At {
  /** The technical path, for support ("Details"); never shown as the message. */
  path: PathKey[];
  place: Place;
}

/** One thing wrong with one field of a record. */
export type FieldProblem = At &
  (
    | { code: 'level-out-of-range'; value: number; min: number; max: number }
    /** `value` is null when it is not a plain word or number (a list, say) and so not worth quoting. */
    | { code: 'not-an-answer'; value: string | number | null; min: number; max: number }
    | { code: 'too-long'; length: number; max: number }
    | { code: 'empty' }
    | { code: 'missing' }
    | { code: 'wrong-type'; expected: ValueKind; received: ValueKind }
    | { code: 'bad-date'; value: string; format: 'date' | 'date-time' }
    | { code: 'unknown-value'; value: string | number | null; allowed: (string | number)[] }
    | { code: 'out-of-range'; value: number; min: number | null; max: number | null }
    | { code: 'too-many'; count: number; max: number }
    | { code: 'too-few'; count: number; min: number }
    | { code: 'unknown-field'; key: string }
    | { code: 'listed-twice'; value: string }
    | { code: 'id-mismatch'; key: string }
    | { code: 'unreadable' }
  );

/** What a binary file looks like from its first bytes; 'other-encoding' is text, but not UTF-8. */
export type BinaryFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'pdf' | 'zip' | 'office' | 'unknown' | 'other-encoding';

/** Why a ballot that was read correctly does not belong in this workshop. */
export type BallotRefusal =
  | { code: 'other-workshop'; workshopId: string; networkName: string; date: string }
  | { code: 'other-rubric'; ballot: RubricRef; workshop: RubricRef }
  | { code: 'other-rubric-version'; ballot: RubricRef; workshop: RubricRef };

export type LinkKind = 'ballot' | 'invitation';

/** Why a file or a link could not be read (or, for a ballot, not added). */
export type ReadProblem =
  | { code: 'too-large'; size: number; max: number }
  | { code: 'file-unreadable'; detail: string }
  | { code: 'empty' }
  | { code: 'binary'; format: BinaryFormat }
  | { code: 'not-json'; looksLike: 'csv' | 'damaged' | 'text'; detail: string }
  | { code: 'not-fivefold'; expected: RecordKind; type: string | null }
  | { code: 'other-kind'; expected: RecordKind; found: RecordKind }
  | { code: 'no-version'; expected: RecordKind }
  | { code: 'newer-version'; expected: RecordKind; type: string; version: number | null; max: number }
  | { code: 'unknown-rubric'; rubric: RubricRef }
  | { code: 'invalid'; record: RecordKind; rubric: RubricRef | null; problems: FieldProblem[] }
  | { code: 'link-other-version'; expected: LinkKind }
  | { code: 'link-other-kind'; expected: LinkKind; found: LinkKind }
  | { code: 'link-not-fivefold'; expected: LinkKind }
  | { code: 'link-too-long'; expected: LinkKind; max: number }
  | { code: 'link-too-big'; expected: LinkKind; max: number }
  | { code: 'link-damaged'; why: 'check' | 'characters' | 'unpack' | 'contents' }
  | CodeProblem
  | BallotRefusal;

/** Why a scanned QR code is not a ballot this workshop can take (src/core/ballot-code.ts). */
export type CodeProblem =
  | { code: 'code-not-fivefold' }
  | { code: 'code-other-version' }
  | { code: 'code-damaged' }
  | { code: 'code-other-workshop' }
  /** A ballot for a round the workshop is not collecting now. */
  | { code: 'code-other-round'; round: number; current: number }
  /** The workshop's invitation, scanned by mistake. */
  | { code: 'code-invitation' };

/** A record inside a backup or a save that could not be read, and why. */
export interface RecordProblem {
  code: 'record';
  what: 'assessment' | 'workshop';
  /** Its position in a backup's list (from 0), or its key in the browser's storage. */
  at: { index: number } | { key: string };
  /** Its network name, when that at least could be read. */
  name: string | null;
  rubric: RubricRef | null;
  problems: FieldProblem[];
}

/** A network map (in a file, a backup or a save) that could not be read: its network's name when known. */
export interface MapProblem {
  code: 'map';
  name: string | null;
  problem: MapReadProblem;
}

/** Something in a backup file that was left out. */
export type BackupProblem = { code: 'not-a-list'; what: 'assessment' | 'workshop' | 'map' } | RecordProblem | MapProblem;

/** Why saved data was set aside on load. */
export type SetAsideReason =
  | { code: 'not-json' }
  | { code: 'unknown-shape' }
  | { code: 'newer-storage'; version: number; max: number }
  | { code: 'no-migration'; version: number }
  | { code: 'not-a-collection'; what: 'assessment' | 'workshop' | 'map' }
  | RecordProblem
  | MapProblem;

/** A part of an imported assessment that its rubric does not have, dropped on the way in. */
export type DroppedPart =
  | { code: 'unknown-question'; indicatorId: string }
  | { code: 'unknown-outcome'; outcomeId: string }
  | { code: 'unknown-stage'; stageId: string };

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: ReadProblem };
