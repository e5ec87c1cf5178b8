// Ballots and invitations as URL fragments: "<tag>.<payload>.<check>", where the payload is the
// JSON deflated (fflate) and base64url-encoded and the check is an FNV-1a hash that catches damage.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import * as z from 'zod/mini';
import type { Checked, LinkKind, ReadProblem } from './problems';
import { invalidRecord } from './record-problems';
import { ballotSchema, invitationSchema } from './workshop';
import type { Ballot, Invitation } from './workshop';

export const BALLOT_LINK_TAG = 'b1';
export const INVITATION_LINK_TAG = 'i1';
/** Refused before decoding: no honest ballot comes near these sizes. */
export const MAX_LINK_COMPRESSED_BYTES = 64 * 1024;
export const MAX_LINK_INFLATED_BYTES = 1024 * 1024;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const ch of text) {
    acc = ((acc << 6) | B64.indexOf(ch)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (acc >> bits) & 0xff;
    }
  }
  return bytes;
}

/** FNV-1a over the text (ASCII here), as 7 base-36 digits. Any single changed character changes it. */
function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36).padStart(7, '0');
}

function encode(tag: string, data: unknown): string {
  const body = `${tag}.${toBase64Url(deflateSync(strToU8(JSON.stringify(data)), { level: 9 }))}`;
  return `${body}.${checksum(body)}`;
}

/** Inflates in small steps so a crafted payload cannot balloon past the cap before it is noticed. */
function inflateCapped(bytes: Uint8Array): Uint8Array | 'too-big' | 'broken' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= MAX_LINK_INFLATED_BYTES) chunks.push(chunk);
  });
  try {
    const step = 512;
    for (let i = 0; i < bytes.length || i === 0; i += step) {
      inflater.push(bytes.subarray(i, i + step), i + step >= bytes.length);
      if (total > MAX_LINK_INFLATED_BYTES) return 'too-big';
    }
  } catch {
    return 'broken';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
}

const KIND_OF_TAG: Record<string, LinkKind> = { b: 'ballot', i: 'invitation' };

function decode(text: string, tag: string, expected: LinkKind): Checked<unknown> {
  const fail = (problem: ReadProblem): Checked<unknown> => ({ ok: false, problem });
  // The fragment alone or the whole address: a link never holds '/', '#', '?', '=' or '&'.
  const link = text.trim().split(/[/#?=&]/).pop() ?? '';
  const head = link.slice(0, Math.max(0, link.indexOf('.')));
  if (head !== tag) {
    const version = /^([a-z])(\d+)$/.exec(head);
    const found = version ? KIND_OF_TAG[version[1]!] : undefined;
    if (found === expected) return fail({ code: 'link-other-version', expected });
    if (found !== undefined && Object.hasOwn(KIND_OF_TAG, version![1]!)) return fail({ code: 'link-other-kind', expected, found });
    return fail({ code: 'link-not-fivefold', expected });
  }
  if (link.length > (MAX_LINK_COMPRESSED_BYTES * 4) / 3 + 64) return fail({ code: 'link-too-long', expected, max: MAX_LINK_COMPRESSED_BYTES });
  const [, payload, check, ...rest] = link.split('.');
  if (payload === undefined || check === undefined || rest.length > 0 || checksum(`${head}.${payload}`) !== check) {
    return fail({ code: 'link-damaged', why: 'check' });
  }
  const bytes = fromBase64Url(payload);
  if (bytes === null) return fail({ code: 'link-damaged', why: 'characters' });
  const inflated = inflateCapped(bytes);
  if (inflated === 'too-big') return fail({ code: 'link-too-big', expected, max: MAX_LINK_INFLATED_BYTES });
  if (inflated === 'broken') return fail({ code: 'link-damaged', why: 'unpack' });
  try {
    return { ok: true, value: JSON.parse(strFromU8(inflated)) as unknown };
  } catch {
    return fail({ code: 'link-damaged', why: 'contents' });
  }
}

// Ballots travel with one-letter keys, and an answer as its value or [value, note]: the
// indicator ids stay whole, so a link can be read without the rubric at hand. Answers are checked
// after they are unpacked, so a wrong one is reported against its question like a file's.
const compactBallotSchema = z.object({
  i: z.string(), w: z.string(), r: z.tuple([z.string(), z.string()]), n: z.number(),
  p: z.optional(z.string()), g: z.optional(z.string()), t: z.string(), a: z.record(z.string(), z.unknown()),
});

/** Encodes a ballot. Its source is not carried: whatever arrives through a link is a 'link' ballot. */
export function encodeBallotLink(ballot: Ballot): string {
  const a = Object.fromEntries(
    Object.entries(ballot.answers).map(([id, { value, note }]) => [id, note === undefined ? (value ?? null) : [value ?? null, note]]),
  );
  const { id: i, workshopId: w, rubric, round: n, participant: p, group: g, submittedAt: t } = ballot;
  return encode(BALLOT_LINK_TAG, { i, w, r: [rubric.id, rubric.version], n, p, g, t, a });
}

export function decodeBallotLink(text: string): Checked<Ballot> {
  try {
    const raw = decode(text, BALLOT_LINK_TAG, 'ballot');
    if (!raw.ok) return raw;
    const compact = compactBallotSchema.safeParse(raw.value);
    // A link whose checksum holds but whose packing is not a ballot's was not made by Fivefold.
    if (!compact.success) return { ok: false, problem: { code: 'link-damaged', why: 'contents' } };
    const c = compact.data;
    // fromEntries: an id such as "__proto__" cannot reach the object's prototype.
    const answers = Object.fromEntries(
      Object.entries(c.a).map(([id, v]) => {
        const [value, note] = Array.isArray(v) && v.length === 2 ? v : [v, undefined];
        return [id, { ...(value !== null && { value }), ...(note !== undefined && { note }) }];
      }),
    );
    const ballot = {
      id: c.i, workshopId: c.w, rubric: { id: c.r[0], version: c.r[1] }, round: c.n,
      ...(c.p !== undefined && { participant: c.p }), ...(c.g !== undefined && { group: c.g }),
      submittedAt: c.t, answers, source: 'link',
    };
    const parsed = ballotSchema.safeParse(ballot);
    if (!parsed.success) return { ok: false, problem: invalidRecord('ballot', parsed.error, ballot) };
    return { ok: true, value: parsed.data };
  } catch {
    return { ok: false, problem: { code: 'link-damaged', why: 'contents' } }; // decode must never throw, whatever was pasted
  }
}

export function encodeInvitationLink(invitation: Invitation): string {
  return encode(INVITATION_LINK_TAG, invitation);
}

export function decodeInvitationLink(text: string): Checked<Invitation> {
  try {
    const raw = decode(text, INVITATION_LINK_TAG, 'invitation');
    if (!raw.ok) return raw;
    const parsed = invitationSchema.safeParse(raw.value);
    if (!parsed.success) return { ok: false, problem: invalidRecord('invitation', parsed.error, raw.value) };
    return { ok: true, value: parsed.data };
  } catch {
    return { ok: false, problem: { code: 'link-damaged', why: 'contents' } };
  }
}
