// Ballots and invitations as URL fragments: "<tag>.<payload>.<check>", where the payload is the
// JSON deflated (fflate) and base64url-encoded and the check is an FNV-1a hash that catches damage.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import * as z from 'zod/mini';
import './zod-messages';
import { answerValueSchema } from './answers';
import type { Answers } from './answers';
import type { ParseResult } from './rubric-schema';
import { ballotSchema, invitationSchema } from './workshop';
import type { Ballot, Invitation } from './workshop';

export const BALLOT_LINK_TAG = 'b1';
export const INVITATION_LINK_TAG = 'i1';
/** Refused before decoding: no honest ballot comes near these sizes. */
export const MAX_LINK_COMPRESSED_BYTES = 64 * 1024;
export const MAX_LINK_INFLATED_BYTES = 1024 * 1024;

const DAMAGED = 'The link is damaged or incomplete: copy the whole link again, or ask for it to be sent again.';
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

const OTHER_KIND: Record<string, string> = {
  b: 'This is a ballot link, not an invitation: import it into the workshop it belongs to.',
  i: 'This is an invitation link, not a ballot: open it to fill in a ballot.',
};

function decode(text: string, tag: string, what: string): ParseResult<unknown> {
  // The fragment alone or the whole address: a link never holds '/', '#', '?', '=' or '&'.
  const link = text.trim().split(/[/#?=&]/).pop() ?? '';
  const head = link.slice(0, Math.max(0, link.indexOf('.')));
  if (head !== tag) {
    const version = /^([a-z])(\d+)$/.exec(head);
    if (version?.[1] === tag[0]) {
      return { ok: false, error: `This ${what} link was made by another version of Fivefold, which this app cannot read. Update the app, then open the link again.` };
    }
    const other = version?.[1];
    if (other !== undefined && other !== tag[0] && Object.hasOwn(OTHER_KIND, other)) return { ok: false, error: OTHER_KIND[other]! };
    return { ok: false, error: `This is not a Fivefold ${what} link.` };
  }
  if (link.length > (MAX_LINK_COMPRESSED_BYTES * 4) / 3 + 64) {
    return { ok: false, error: `This ${what} link is too long to be genuine; Fivefold reads links up to 64 kB.` };
  }
  const [, payload, check, ...rest] = link.split('.');
  if (payload === undefined || check === undefined || rest.length > 0 || checksum(`${head}.${payload}`) !== check) {
    return { ok: false, error: DAMAGED };
  }
  const bytes = fromBase64Url(payload);
  if (bytes === null) return { ok: false, error: `${DAMAGED} (It holds characters a link cannot.)` };
  const inflated = inflateCapped(bytes);
  if (inflated === 'too-big') return { ok: false, error: `This ${what} link unpacks to more than 1 MB, more than any ${what} needs.` };
  if (inflated === 'broken') return { ok: false, error: `${DAMAGED} (It could not be unpacked.)` };
  try {
    return { ok: true, value: JSON.parse(strFromU8(inflated)) as unknown };
  } catch {
    return { ok: false, error: `${DAMAGED} (Its contents are not readable.)` };
  }
}

// Ballots travel with one-letter keys, and an answer as its value or [value, note]: the
// indicator ids stay whole, so a link can be read without the rubric at hand.
const compactAnswer = z.union([answerValueSchema, z.null(), z.tuple([z.nullable(answerValueSchema), z.string()])]);
const compactBallotSchema = z.object({
  i: z.string(), w: z.string(), r: z.tuple([z.string(), z.string()]), n: z.number(),
  p: z.optional(z.string()), g: z.optional(z.string()), t: z.string(), a: z.record(z.string(), compactAnswer),
});

/** Encodes a ballot. Its source is not carried: whatever arrives through a link is a 'link' ballot. */
export function encodeBallotLink(ballot: Ballot): string {
  const a = Object.fromEntries(
    Object.entries(ballot.answers).map(([id, { value, note }]) => [id, note === undefined ? (value ?? null) : [value ?? null, note]]),
  );
  const { id: i, workshopId: w, rubric, round: n, participant: p, group: g, submittedAt: t } = ballot;
  return encode(BALLOT_LINK_TAG, { i, w, r: [rubric.id, rubric.version], n, p, g, t, a });
}

export function decodeBallotLink(text: string): ParseResult<Ballot> {
  try {
    const raw = decode(text, BALLOT_LINK_TAG, 'ballot');
    if (!raw.ok) return raw;
    const compact = compactBallotSchema.safeParse(raw.value);
    if (!compact.success) return { ok: false, error: `The ballot in the link is not valid:\n${z.prettifyError(compact.error)}` };
    const c = compact.data;
    // fromEntries: an id such as "__proto__" cannot reach the object's prototype.
    const answers: Answers = Object.fromEntries(
      Object.entries(c.a).map(([id, v]) => {
        const [value, note] = Array.isArray(v) ? v : [v, undefined];
        return [id, { ...(value !== null && { value }), ...(note !== undefined && { note }) }];
      }),
    );
    const ballot = {
      id: c.i, workshopId: c.w, rubric: { id: c.r[0], version: c.r[1] }, round: c.n,
      ...(c.p !== undefined && { participant: c.p }), ...(c.g !== undefined && { group: c.g }),
      submittedAt: c.t, answers, source: 'link',
    };
    const parsed = ballotSchema.safeParse(ballot);
    if (!parsed.success) return { ok: false, error: `The ballot in the link is not valid:\n${z.prettifyError(parsed.error)}` };
    return { ok: true, value: parsed.data };
  } catch {
    return { ok: false, error: DAMAGED }; // decode must never throw, whatever was pasted
  }
}

export function encodeInvitationLink(invitation: Invitation): string {
  return encode(INVITATION_LINK_TAG, invitation);
}

export function decodeInvitationLink(text: string): ParseResult<Invitation> {
  try {
    const raw = decode(text, INVITATION_LINK_TAG, 'invitation');
    if (!raw.ok) return raw;
    const parsed = invitationSchema.safeParse(raw.value);
    if (!parsed.success) return { ok: false, error: `The invitation in the link is not valid:\n${z.prettifyError(parsed.error)}` };
    return { ok: true, value: parsed.data };
  } catch {
    return { ok: false, error: DAMAGED };
  }
}
