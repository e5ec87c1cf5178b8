// A ballot as a compact QR code a webcam reads across a table: "FFB1." then the ballot packed in
// bits (each answer in 3 bits, in rubric order) and written in base 45, so the whole code is in the
// QR alphanumeric mode. A 25-answer ballot fits QR version 6 at error-correction level M, with a
// name of up to NAME_BYTES bytes. Notes are not carried: they travel in the link or the file.
//
// Packed, in order: workshop key (32 bits, a hash of the workshop id, to tell another workshop's
// code), round (1), notes left out (1), perspective group (4: 0 none, n the invitation's n-th), the
// ballot id (2-bit kind: 16 hex digits, a UUID or text), when it was handed in (32, seconds), name
// shortened (1), name length (6) and its UTF-8 bytes, answer count (8), answers (3 each), zero
// padding to a byte, then a 32-bit check over all of it and the workshop's id and rubric.
import { BitReader, BitWriter } from './bit-pack';
import { fromBase45, toBase45 } from './base45';
import type { AnswerValue } from './answers';
import type { Checked } from './problems';
import type { Rubric } from './rubric-schema';
import { ballotSchema } from './workshop';
import type { Ballot, Invitation, Workshop } from './workshop';

export const BALLOT_CODE_TAG = 'FFB1';
/** The part of a name a code carries; the link and the file carry it whole. */
export const NAME_BYTES = 32;
const SHORTENED = '…';

/** The values an answer can take, by their 3-bit code; 0 is a blank. */
const ANSWER_CODES: readonly (AnswerValue | undefined)[] = [undefined, 0, 1, 2, 3, 4, 'na', 'dk'];
const HEX16 = /^[0-9a-f]{16}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID_KIND = { hex16: 0, uuid: 1, text: 2 } as const;

/** FNV-1a over bytes, continuing from `seed`. */
function fnv(bytes: Uint8Array, seed = 0x811c9dc5): number {
  let h = seed;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Tells one workshop's codes from another's without carrying the whole id. */
export function workshopKey(workshopId: string): number {
  return fnv(utf8.encode(workshopId));
}

function checkOf(body: Uint8Array, workshopId: string, rubric: Pick<Rubric, 'id' | 'version'>): number {
  return fnv(body, fnv(utf8.encode(`${workshopId}|${rubric.id}|${rubric.version}`)));
}

/** The name cut to whole characters within `max` bytes. */
function shortName(name: string, max: number): { bytes: Uint8Array; shortened: boolean } {
  const whole = utf8.encode(name);
  if (whole.length <= max) return { bytes: whole, shortened: false };
  let kept = '';
  for (const ch of name) {
    if (utf8.encode(kept + ch).length > max) break;
    kept += ch;
  }
  return { bytes: utf8.encode(kept), shortened: true };
}

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16));
}
const toHex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

function writeId(w: BitWriter, id: string): boolean {
  if (HEX16.test(id)) w.write(ID_KIND.hex16, 2).writeBytes(hexBytes(id));
  else if (UUID.test(id)) w.write(ID_KIND.uuid, 2).writeBytes(hexBytes(id.replaceAll('-', '')));
  else {
    const bytes = utf8.encode(id);
    if (bytes.length > 255) return false;
    w.write(ID_KIND.text, 2).write(bytes.length, 8).writeBytes(bytes);
  }
  return true;
}

function readId(r: BitReader): string {
  const kind = r.read(2);
  if (kind === ID_KIND.hex16) return toHex(r.readBytes(8));
  if (kind === ID_KIND.uuid) return toHex(r.readBytes(16)).replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
  if (kind === ID_KIND.text) return fromUtf8.decode(r.readBytes(r.read(8)));
  throw new RangeError('unknown id kind');
}

const indicatorIds = (rubric: Rubric) => rubric.principles.flatMap((p) => p.indicators.map((i) => i.id));

export interface BallotCode {
  text: string;
  /** The ballot has notes, which the code leaves out. */
  notesLeftOut: boolean;
  /** The name was cut to fit. */
  nameShortened: boolean;
}

/**
 * The code of a ballot made with `invitation`, or null when it cannot carry the ballot faithfully
 * (an answer to a question the rubric lacks, a group the invitation does not list).
 */
export function encodeBallotCode(ballot: Ballot, invitation: Invitation, rubric: Rubric): BallotCode | null {
  const ids = indicatorIds(rubric);
  if (ids.length > 255 || Object.keys(ballot.answers).some((id) => !ids.includes(id))) return null;
  const group = ballot.group === undefined ? 0 : invitation.groups.indexOf(ballot.group) + 1;
  if (group === 0 && ballot.group !== undefined) return null;
  const seconds = Math.floor(Date.parse(ballot.submittedAt) / 1000);
  if (!(seconds >= 0 && seconds < 2 ** 32)) return null;
  const notesLeftOut = Object.values(ballot.answers).some((a) => a.note !== undefined && a.note.trim() !== '');
  const name = shortName(ballot.participant ?? '', NAME_BYTES);

  const w = new BitWriter().write(workshopKey(ballot.workshopId), 32).write(ballot.round - 1, 1).write(notesLeftOut ? 1 : 0, 1).write(group, 4);
  if (!writeId(w, ballot.id)) return null;
  w.write(seconds, 32).write(name.shortened ? 1 : 0, 1).write(name.bytes.length, 6).writeBytes(name.bytes).write(ids.length, 8);
  for (const id of ids) w.write(ANSWER_CODES.indexOf(ballot.answers[id]?.value), 3);
  const body = w.toBytes();
  const check = new BitWriter().write(checkOf(body, ballot.workshopId, rubric), 32).toBytes();
  const bytes = new Uint8Array(body.length + 4);
  bytes.set(body);
  bytes.set(check, body.length);
  return { text: `${BALLOT_CODE_TAG}.${toBase45(bytes)}`, notesLeftOut, nameShortened: name.shortened };
}

/** Whether scanned text is meant as a ballot code (of any version), rather than a link or other text. */
export function looksLikeBallotCode(text: string): boolean {
  return /^FFB\d+\./.test(text.trim());
}

export interface ScannedBallot {
  ballot: Ballot;
  notesLeftOut: boolean;
}

/**
 * Reads a ballot code for `workshop` (whose rubric is `rubric`). Another version's code, another
 * workshop's, one whose check fails or whose answers do not fit the rubric is refused with a code.
 */
export function decodeBallotCode(text: string, workshop: Workshop, rubric: Rubric): Checked<ScannedBallot> {
  const trimmed = text.trim();
  const dot = trimmed.indexOf('.');
  const tag = dot < 0 ? '' : trimmed.slice(0, dot);
  if (!looksLikeBallotCode(trimmed)) return { ok: false, problem: { code: 'code-not-fivefold' } };
  if (tag !== BALLOT_CODE_TAG) return { ok: false, problem: { code: 'code-other-version' } };
  const bytes = fromBase45(trimmed.slice(dot + 1));
  if (bytes === null || bytes.length < 8) return { ok: false, problem: { code: 'code-damaged' } };
  const body = bytes.subarray(0, bytes.length - 4);
  const check = new BitReader(bytes.subarray(bytes.length - 4)).read(32);
  try {
    const r = new BitReader(body);
    if (r.read(32) !== workshopKey(workshop.id)) return { ok: false, problem: { code: 'code-other-workshop' } };
    if (check !== checkOf(body, workshop.id, rubric)) return { ok: false, problem: { code: 'code-damaged' } };
    const round = r.read(1) + 1;
    const notesLeftOut = r.read(1) === 1;
    const group = r.read(4);
    const id = readId(r);
    const submittedAt = new Date(r.read(32) * 1000).toISOString();
    const shortened = r.read(1) === 1;
    const name = fromUtf8.decode(r.readBytes(r.read(6)));
    const ids = indicatorIds(rubric);
    if (r.read(8) !== ids.length || group > workshop.groups.length) return { ok: false, problem: { code: 'code-damaged' } };
    const answers: Ballot['answers'] = {};
    for (const indicatorId of ids) {
      const value = ANSWER_CODES[r.read(3)];
      if (value !== undefined) answers[indicatorId] = { value };
    }
    if (r.remaining >= 8) return { ok: false, problem: { code: 'code-damaged' } };
    const ballot = {
      id,
      workshopId: workshop.id,
      rubric: { id: rubric.id, version: rubric.version },
      round,
      ...(name !== '' && { participant: shortened ? `${name}${SHORTENED}` : name }),
      ...(group > 0 && { group: workshop.groups[group - 1] }),
      submittedAt,
      answers,
      source: 'qr',
    };
    const parsed = ballotSchema.safeParse(ballot);
    if (!parsed.success) return { ok: false, problem: { code: 'code-damaged' } };
    return { ok: true, value: { ballot: parsed.data, notesLeftOut } };
  } catch {
    return { ok: false, problem: { code: 'code-damaged' } }; // cut short, or a name that is not UTF-8
  }
}
