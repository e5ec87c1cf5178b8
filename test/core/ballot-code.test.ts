// Ballots as compact QR codes: small enough for a webcam across a table (QR version ≤ 10 for 25
// answers, read off the real encoder), the same ballot as its link (same id, so scanning then
// pasting counts once), and anything foreign, tampered or damaged refused with plain words.
import fc from 'fast-check';
import qrcode from 'qrcode-generator';
import { createBallot, mergeBallots } from '../../src/core/ballot';
import { decodeBallotCode, encodeBallotCode, NAME_BYTES } from '../../src/core/ballot-code';
import { acceptScan } from '../../src/core/ballot-scan';
import { decodeBallotLink, encodeBallotLink, encodeInvitationLink } from '../../src/core/ballot-link';
import { BASE45_ALPHABET, fromBase45, toBase45 } from '../../src/core/base45';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import type { AnswerValue } from '../../src/core/answers';
import type { Ballot, Workshop } from '../../src/core/workshop';
import { createWorkshop, invitationFor } from '../../src/core/workshop';
import { expectPlain, wordsOf } from '../helpers/plain-words';

const NOW = new Date('2026-05-01T10:00:00.000Z');
const IDS = FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators.map((i) => i.id));
const VALUES: AnswerValue[] = [0, 1, 2, 3, 4, 'na', 'dk'];

function workshop(extra: Partial<Workshop> = {}): Workshop {
  const w = createWorkshop(FIVE_PRINCIPLES, { networkName: 'Coopérative du Québec', facilitator: 'Zoë', groups: ['Members', 'Staff'] }, NOW);
  return { ...w, ...extra };
}

function allAnswers(pick: (i: number) => AnswerValue = (i) => VALUES[i % VALUES.length]!): Ballot['answers'] {
  return Object.fromEntries(IDS.map((id, i) => [id, { value: pick(i) }]));
}

function ballotFor(w: Workshop, extra: Partial<Parameters<typeof createBallot>[1]> = {}): Ballot {
  return createBallot(invitationFor(w), { round: w.currentRound, source: 'device', participant: 'Ana', group: 'Staff', answers: allAnswers(), ...extra }, NOW);
}

/** The QR version qrcode-generator picks for the text, as the hand-in screen draws it (level M, alphanumeric). */
function qrVersion(text: string, level: 'L' | 'M' = 'M'): number {
  const qr = qrcode(0, level);
  qr.addData(text, 'Alphanumeric');
  qr.make();
  return (qr.getModuleCount() - 17) / 4;
}

function refusedWords(w: Workshop, text: string): string {
  const { outcome } = acceptScan(w, FIVE_PRINCIPLES, text, NOW);
  if (outcome.kind !== 'refused') throw new Error(`expected a refusal, got ${outcome.kind}`);
  const words = wordsOf(outcome.problem);
  expectPlain(words);
  return words;
}

describe('base 45', () => {
  it('round-trips any bytes through the QR alphanumeric characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase45(bytes);
        expect([...text].every((ch) => BASE45_ALPHABET.includes(ch))).toBe(true);
        expect(fromBase45(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(fromBase45('abc')).toBeNull();
    expect(fromBase45('0000')).toBeNull();
    expect(fromBase45(':::')).toBeNull(); // 45³ − 1 is more than two bytes hold
  });
});

describe('a ballot code', () => {
  it('of 25 answers, a group and a long accented name, is QR version 10 or less at level M', () => {
    const w = workshop();
    const b = ballotFor(w, { participant: 'María José Fernández-López de la Peña y Łukasiewicz' });
    const code = encodeBallotCode(b, invitationFor(w), FIVE_PRINCIPLES)!;
    expect(Object.keys(b.answers)).toHaveLength(25);
    expect(code.text).toMatch(/^FFB1\.[0-9A-Z $%*+\-./:]+$/);
    expect(qrVersion(code.text)).toBeLessThanOrEqual(10);
    // Smaller still in practice: the whole code stays at version 6, 41 modules a side.
    expect(qrVersion(code.text)).toBeLessThanOrEqual(6);
    expect(code.nameShortened).toBe(true);
  });

  it('stays at version 10 or less at level M whatever the answers, name, group, round and id', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...VALUES), { nil: undefined }), { minLength: 25, maxLength: 25 }),
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.constantFrom(undefined, 'Members', 'Staff'),
        fc.constantFrom(1 as const, 2 as const),
        fc.constantFrom('0123456789abcdef', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'a-lq2x3k9-abcd1234'),
        (values, name, group, round, id) => {
          const w = workshop();
          const answers = Object.fromEntries(IDS.flatMap((ind, i) => (values[i] === undefined ? [] : [[ind, { value: values[i]! }]])));
          const b = { ...ballotFor(w, { participant: name.slice(0, 200), group, round, answers }), id };
          const code = encodeBallotCode(b, invitationFor(w), FIVE_PRINCIPLES)!;
          expect(qrVersion(code.text)).toBeLessThanOrEqual(10);
          const back = decodeBallotCode(code.text, w, FIVE_PRINCIPLES);
          expect(back.ok && back.value.ballot.id).toBe(id);
          expect(back.ok && back.value.ballot.answers).toEqual(answers);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads back as the same ballot as its link: id, round, group, answers and name; notes stay out', () => {
    const w = workshop();
    const answers = allAnswers();
    answers[IDS[3]!] = { value: 2, note: 'Signed in 2023 — Łódź too.' };
    const b = ballotFor(w, { answers });
    const code = encodeBallotCode(b, invitationFor(w), FIVE_PRINCIPLES)!;
    expect(code.notesLeftOut).toBe(true);
    const fromCode = decodeBallotCode(code.text, w, FIVE_PRINCIPLES);
    const fromLink = decodeBallotLink(encodeBallotLink(b));
    expect(fromCode.ok && fromLink.ok).toBe(true);
    if (!fromCode.ok || !fromLink.ok) return;
    const { ballot: scanned, notesLeftOut } = fromCode.value;
    expect(notesLeftOut).toBe(true);
    expect(scanned.id).toBe(fromLink.value.id);
    expect(scanned.source).toBe('qr');
    expect(scanned.participant).toBe('Ana');
    expect(scanned.group).toBe('Staff');
    expect(scanned.round).toBe(1);
    expect(scanned.submittedAt).toBe(b.submittedAt);
    const values = (x: Ballot) => Object.fromEntries(Object.entries(x.answers).map(([id, a]) => [id, a.value]));
    expect(values(scanned)).toEqual(values(fromLink.value));
    expect(Object.values(scanned.answers).some((a) => a.note !== undefined)).toBe(false);
  });

  it('carries no name at all from an anonymous workshop', () => {
    const w = workshop({ anonymous: true });
    const b = ballotFor(w, { participant: 'Ana' });
    const back = decodeBallotCode(encodeBallotCode(b, invitationFor(w), FIVE_PRINCIPLES)!.text, w, FIVE_PRINCIPLES);
    expect(back.ok && back.value.ballot.participant).toBeUndefined();
  });

  it(`shortens a name past ${NAME_BYTES} bytes at a whole character, and says so`, () => {
    const w = workshop();
    const b = ballotFor(w, { participant: 'Ærø '.repeat(20) });
    const back = decodeBallotCode(encodeBallotCode(b, invitationFor(w), FIVE_PRINCIPLES)!.text, w, FIVE_PRINCIPLES);
    const name = back.ok ? back.value.ballot.participant! : '';
    expect(name).toMatch(/^[Ærø ]+…$/);
    expect(new TextEncoder().encode(name.slice(0, -1)).length).toBeLessThanOrEqual(NAME_BYTES);
    expect('Ærø '.repeat(20).startsWith(name.slice(0, -1))).toBe(true);
  });
});

describe('a scanned code that is not a ballot for this workshop is refused with plain words', () => {
  const w = workshop();
  const code = encodeBallotCode(ballotFor(w), invitationFor(w), FIVE_PRINCIPLES)!.text;

  it('any single character changed (tampered or misread)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: code.length - 1 }), fc.constantFrom(...BASE45_ALPHABET), (at, ch) => {
        fc.pre(code[at] !== ch);
        const tampered = code.slice(0, at) + ch + code.slice(at + 1);
        expect(acceptScan(w, FIVE_PRINCIPLES, tampered, NOW).outcome.kind).toBe('refused');
      }),
      { numRuns: 300 },
    );
    const answer = code.slice(0, -9) + (code.at(-9) === '0' ? '1' : '0') + code.slice(-8);
    expect(refusedWords(w, answer)).toMatch(/could not be read|another workshop/);
  });

  it('cut short, or with characters a code cannot hold', () => {
    expect(refusedWords(w, code.slice(0, 30))).toMatch(/could not be read: it does not check out/);
    expect(refusedWords(w, `${code}ab`)).toMatch(/could not be read/);
  });

  it('another workshop’s ballot', () => {
    const other = workshop();
    const foreign = encodeBallotCode(ballotFor(other), invitationFor(other), FIVE_PRINCIPLES)!.text;
    expect(refusedWords(w, foreign)).toBe('This ballot is for another workshop, not this one.');
  });

  it('a ballot for the other round, unless it is already in', () => {
    const roundOne = encodeBallotCode(ballotFor(w), invitationFor(w), FIVE_PRINCIPLES)!.text;
    const inRoundTwo = { ...w, currentRound: 2 as const };
    expect(refusedWords(inRoundTwo, roundOne)).toMatch(/^This ballot is for round 1; the workshop is collecting round 2 now\./);
    const withIt = acceptScan(w, FIVE_PRINCIPLES, roundOne, NOW).workshop;
    expect(acceptScan({ ...withIt, currentRound: 2 }, FIVE_PRINCIPLES, roundOne, NOW).outcome.kind).toBe('duplicate');
  });

  it('another version’s code, any other QR code, and the invitation scanned by mistake', () => {
    expect(refusedWords(w, code.replace(/^FFB1/, 'FFB2'))).toMatch(/another version of Fivefold/);
    expect(refusedWords(w, 'https://example.org/menu')).toBe('This QR code is not a Fivefold ballot.');
    expect(refusedWords(w, '')).toBe('This QR code is not a Fivefold ballot.');
    const invitation = `http://192.168.1.20:4173/#/join/${encodeInvitationLink(invitationFor(w))}`;
    expect(refusedWords(w, invitation)).toMatch(/invitation, not a ballot/);
  });

  it('never throws, whatever the camera reads', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...BASE45_ALPHABET) }).map((s) => `FFB1.${s}`)), (text) => {
        expect(acceptScan(w, FIVE_PRINCIPLES, text, NOW).outcome.kind).toBe('refused');
      }),
      { numRuns: 500 },
    );
  });
});

describe('scanning and the duplicate rule', () => {
  it('adds a ballot once: scanned twice, or scanned and then pasted as a link, counts once', () => {
    const w = workshop();
    const b = ballotFor(w);
    const code = encodeBallotCode(b, invitationFor(w), FIVE_PRINCIPLES)!.text;
    const first = acceptScan(w, FIVE_PRINCIPLES, code, NOW);
    expect(first.outcome.kind).toBe('added');
    const again = acceptScan(first.workshop, FIVE_PRINCIPLES, code, NOW);
    expect(again.outcome).toMatchObject({ kind: 'duplicate', ballot: { participant: 'Ana' } });
    expect(again.workshop).toBe(first.workshop);
    const link = decodeBallotLink(encodeBallotLink(b));
    if (!link.ok) throw new Error('link');
    const linked = mergeBallots(first.workshop, [link.value]);
    expect(linked.duplicates).toEqual([b.id]);
    expect(linked.workshop.ballots).toHaveLength(1);
  });

  it('a link with notes completes the scanned copy: the notes and the whole name come in, still one ballot', () => {
    const w = workshop();
    const answers = allAnswers();
    answers[IDS[0]!] = { value: answers[IDS[0]!]!.value, note: 'Nothing is signed.' };
    const b = ballotFor(w, { answers, participant: 'Ana María Fernández de Łódź y Rivera' });
    const scanned = acceptScan(w, FIVE_PRINCIPLES, encodeBallotCode(b, invitationFor(w), FIVE_PRINCIPLES)!.text, NOW);
    expect(scanned.outcome).toMatchObject({ kind: 'added', notesLeftOut: true });
    const link = decodeBallotLink(encodeBallotLink(b));
    if (!link.ok) throw new Error('link');
    const merged = mergeBallots(scanned.workshop, [link.value]);
    expect(merged.completed).toEqual([b.id]);
    expect(merged.duplicates).toEqual([]);
    expect(merged.workshop.ballots).toHaveLength(1);
    expect(merged.workshop.ballots[0]!.answers[IDS[0]!]!.note).toBe('Nothing is signed.');
    expect(merged.workshop.ballots[0]!.participant).toBe('Ana María Fernández de Łódź y Rivera');
    // Once complete, the link is an ordinary duplicate, and so is the code scanned again.
    expect(mergeBallots(merged.workshop, [link.value]).duplicates).toEqual([b.id]);
    expect(acceptScan(merged.workshop, FIVE_PRINCIPLES, encodeBallotCode(b, invitationFor(w), FIVE_PRINCIPLES)!.text, NOW).outcome.kind).toBe('duplicate');
  });

  it('a link whose answers differ from the scanned copy does not replace it: the first copy stands', () => {
    const w = workshop();
    const b = ballotFor(w);
    const scanned = acceptScan(w, FIVE_PRINCIPLES, encodeBallotCode(b, invitationFor(w), FIVE_PRINCIPLES)!.text, NOW).workshop;
    const changed = { ...b, source: 'link' as const, answers: { ...b.answers, [IDS[0]!]: { value: 4 as const, note: 'changed my mind' } } };
    const merged = mergeBallots(scanned, [changed]);
    expect(merged.duplicates).toEqual([b.id]);
    expect(merged.workshop.ballots).toBe(scanned.ballots);
  });
});
