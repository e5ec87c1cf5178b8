// Ballots in: merging into a workshop (duplicates, refusals) and travelling as links (round trip,
// damage detection, garbage that must never throw).
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { createBallot, mergeBallots } from '../../src/core/ballot';
import {
  decodeBallotLink,
  decodeInvitationLink,
  encodeBallotLink,
  encodeInvitationLink,
} from '../../src/core/ballot-link';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { expectPlain, wordsOf } from '../helpers/plain-words';
import type { Checked } from '../../src/core/problems';
import type { Ballot, Workshop } from '../../src/core/workshop';
import { createWorkshop, invitationFor } from '../../src/core/workshop';

const NOW = new Date('2025-05-01T10:00:00.000Z');
const LATER = new Date('2025-05-01T11:30:00.000Z');
const DAMAGED = /damaged or incomplete/;

/** What the user reads when a link is refused ('' when it was accepted), checked for validator speak. */
function linkWords(result: Checked<unknown>): string {
  if (result.ok) return '';
  const words = wordsOf(result.problem, 'link');
  expectPlain(words);
  return words;
}

function sampleWorkshop(extra: Partial<Workshop> = {}): Workshop {
  const w = createWorkshop(
    FIVE_PRINCIPLES,
    { networkName: 'Coopérative du Québec', facilitator: 'Zoë', date: '2025-05-01', groups: ['Members', 'Staff'] },
    NOW,
  );
  return { ...w, id: 'workshop-1', ...extra };
}

function sampleBallot(extra: Partial<Ballot> = {}): Ballot {
  return {
    id: 'ballot-1',
    workshopId: 'workshop-1',
    rubric: { id: FIVE_PRINCIPLES.id, version: FIVE_PRINCIPLES.version },
    round: 1,
    participant: 'Łucja',
    group: 'Members',
    submittedAt: NOW.toISOString(),
    answers: { 'inst-formal-agreements': { value: 3 } },
    source: 'link',
    ...extra,
  };
}

/** Every indicator of the shipped rubric answered, with a short note on each. */
function fullBallot(): Ballot {
  const values = [0, 1, 2, 3, 4, 'na', 'dk'] as const;
  const answers = Object.fromEntries(
    FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators).map((ind, i) =>
      [ind.id, { value: values[i % values.length]!, note: `Note ${i + 1}: seen at the AGM.` }]),
  );
  return sampleBallot({ id: '0b8f2f6e-6a3c-4b4e-9d55-1c0f4a7e2b91', workshopId: '3f9c1d2a-8e7b-4c6d-a5f4-2b1e0d9c8a7f', answers });
}

describe('mergeBallots', () => {
  it('adds new ballots, ignores a repeated id whatever its content, and leaves the input alone', () => {
    const workshop = sampleWorkshop({ ballots: [sampleBallot()] });
    const before = structuredClone(workshop);
    const fresh = sampleBallot({ id: 'ballot-2' });
    const result = mergeBallots(workshop, [sampleBallot(), fresh, sampleBallot({ answers: {} }), { ...fresh }], LATER);
    expect(result.added).toEqual([fresh]);
    expect(result.duplicates).toEqual(['ballot-1', 'ballot-1', 'ballot-2']);
    expect(result.refused).toEqual([]);
    expect(result.workshop.ballots.map((b) => b.id)).toEqual(['ballot-1', 'ballot-2']);
    expect(result.workshop.updatedAt).toBe(LATER.toISOString());
    expect(workshop).toEqual(before);
  });

  it.each<{ name: string; ballot: Partial<Ballot>; reason: string }>([
    {
      name: 'another workshop',
      ballot: { workshopId: 'workshop-9' },
      reason: 'This ballot is for another workshop, not this one (Coopérative du Québec, May 1, 2025).',
    },
    {
      name: 'another rubric',
      ballot: { rubric: { id: 'other-rubric', version: '1.0.0' } },
      reason: `This ballot was made with the rubric “other-rubric”; this workshop uses “${FIVE_PRINCIPLES.title}”.`,
    },
    {
      name: 'another rubric version',
      ballot: { rubric: { id: 'five-principles', version: '1.1.0' } },
      reason: `This ballot was made with version 1.1.0 of the rubric; this workshop uses version ${FIVE_PRINCIPLES.version}.`,
    },
  ])('refuses a ballot for $name, saying why', ({ ballot, reason }) => {
    const result = mergeBallots(sampleWorkshop(), [sampleBallot(ballot)], LATER);
    expect(result.refused).toEqual([{ ballotId: 'ballot-1', reason: expect.objectContaining({ code: expect.any(String) }) }]);
    expect(wordsOf(result.refused[0]!.reason)).toBe(reason);
    expect(result.added).toEqual([]);
    expect(result.workshop.ballots).toEqual([]);
    expect(result.workshop.updatedAt).toBe(NOW.toISOString());
  });

  it('drops the participant\'s name in an anonymous workshop', () => {
    const result = mergeBallots(sampleWorkshop({ anonymous: true }), [sampleBallot()], LATER);
    expect(result.workshop.ballots[0]).not.toHaveProperty('participant');
  });
});

describe('createBallot', () => {
  it('leaves the name out when the invitation is anonymous, and fits the workshop it came from', () => {
    const invitation = invitationFor(sampleWorkshop({ anonymous: true }));
    const ballot = createBallot(invitation, { round: 1, answers: {}, source: 'link', participant: 'Ana', group: 'Staff' }, NOW);
    expect(ballot).not.toHaveProperty('participant');
    expect(ballot).toMatchObject({ workshopId: 'workshop-1', group: 'Staff', submittedAt: NOW.toISOString() });
    expect(mergeBallots(sampleWorkshop(), [ballot]).added).toHaveLength(1);
  });
});

describe('ballot links', () => {
  it('round-trip accents, emoji, newlines, note-only and empty answers', () => {
    const ballot = sampleBallot({
      participant: 'Zoë "Z" O’Brien 👩‍👩‍👧',
      answers: {
        'inst-formal-agreements': { value: 3, note: 'Łódź Spółdzielnia signed in 2019 🤝\nline two\n\t"quoted"' },
        'div-sectors': { value: 'na' },
        'gen-education': { note: 'note only — «maybe»' },
        'emb-allies': {},
      },
    });
    const link = encodeBallotLink(ballot);
    expect(link).toMatch(/^b1\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/);
    expect(decodeBallotLink(link)).toStrictEqual({ ok: true, value: ballot });
    expect(decodeBallotLink(`  #${link}\n`)).toStrictEqual({ ok: true, value: ballot });
    expect(decodeBallotLink(`https://fivefold.example/#/ballot/${link}`)).toStrictEqual({ ok: true, value: ballot });
  });

  it('round-trip any notes and names fast-check can think of', () => {
    const textArb = fc.string({ unit: 'grapheme', maxLength: 40 });
    const answerArb = fc.record(
      { value: fc.constantFrom(0, 1, 2, 3, 4, 'na', 'dk') as fc.Arbitrary<0 | 'na'>, note: textArb },
      { requiredKeys: [], noNullPrototype: true },
    );
    const ids = FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators.map((i) => i.id));
    const arb = fc.record({
      participant: fc.option(textArb, { nil: undefined }),
      answers: fc.dictionary(fc.constantFrom(...ids), answerArb, { noNullPrototype: true }),
    });
    fc.assert(
      fc.property(arb, ({ participant, answers }) => {
        const { participant: _, ...rest } = sampleBallot({ answers });
        const ballot: Ballot = participant === undefined ? rest : { ...rest, participant };
        expect(decodeBallotLink(encodeBallotLink(ballot))).toStrictEqual({ ok: true, value: ballot });
      }),
    );
  });

  it('keep a full 25-indicator ballot with short notes well under 2,000 characters', () => {
    const link = encodeBallotLink(fullBallot());
    expect(decodeBallotLink(link)).toStrictEqual({ ok: true, value: fullBallot() });
    console.info(`full ballot link: ${link.length} characters`);
    expect(link.length).toBeLessThan(1500);
  });

  it('reject any one changed character as damaged', () => {
    const link = encodeBallotLink(fullBallot());
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    fc.assert(
      fc.property(fc.integer({ min: 3, max: link.length - 1 }), fc.constantFrom(...alphabet), (at, ch) => {
        fc.pre(link[at] !== ch);
        const result = decodeBallotLink(link.slice(0, at) + ch + link.slice(at + 1));
        expect(result.ok).toBe(false);
        expect(linkWords(result)).toMatch(DAMAGED);
      }),
    );
  });

  it('reject a truncated link as damaged', () => {
    const link = encodeBallotLink(fullBallot());
    for (const cut of [link.length - 1, link.length - 8, Math.floor(link.length / 2), 4]) {
      const result = decodeBallotLink(link.slice(0, cut));
      expect(linkWords(result)).toMatch(DAMAGED);
    }
  });

  it.each<{ name: string; text: string; words: RegExp }>([
    { name: 'an empty string', text: '', words: /not a Fivefold ballot link/ },
    { name: 'a web address', text: 'https://example.org/', words: /not a Fivefold ballot link/ },
    { name: 'a newer link version', text: 'b2.abc.0000000', words: /another version of Fivefold/ },
    { name: 'an invitation link', text: encodeInvitationLink(invitationFor(sampleWorkshop())), words: /invitation link, not a ballot/ },
  ])('say what is wrong with $name', ({ text, words }) => {
    expect(linkWords(decodeBallotLink(text))).toMatch(words);
  });

  /** A link with a valid checksum around any payload, as a careful forger would make it. */
  function forged(payload: string): string {
    const body = `b1.${payload}`;
    let h = 0x811c9dc5;
    for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193) >>> 0;
    return `${body}.${h.toString(36).padStart(7, '0')}`;
  }
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

  it.each<{ name: string; payload: () => string; words: RegExp }>([
    { name: 'characters outside base64url', payload: () => 'abc$', words: /characters a link cannot/ },
    { name: 'bytes that are not deflate', payload: () => b64(strToU8('hello, world')), words: /could not be unpacked/ },
    { name: 'deflated text that is not JSON', payload: () => b64(deflateSync(strToU8('{not json'))), words: /not readable/ },
    { name: 'JSON that is not a ballot', payload: () => b64(deflateSync(strToU8('{"i":"x"}'))), words: /damaged or incomplete[^]*contents are not readable/ },
    { name: 'a ballot for round 3', payload: () => b64(deflateSync(strToU8(JSON.stringify({ i: 'x', w: 'w', r: ['a', '1'], n: 3, t: NOW.toISOString(), a: {} })))), words: /The round is 3; it can only be 1 or 2\./ },
    { name: 'a payload inflating past 1 MB', payload: () => b64(deflateSync(new Uint8Array(2 * 1024 * 1024).fill(32))), words: /unpacks to more than 1 MB, more than any ballot needs/ },
    { name: 'a payload over 64 kB', payload: () => 'A'.repeat(90_000), words: /too long/ },
  ])('refuse $name, with a clear message', ({ payload, words }) => {
    expect(linkWords(decodeBallotLink(forged(payload())))).toMatch(words);
  });

  it('never throw, whatever is pasted', () => {
    const link = encodeBallotLink(fullBallot());
    const arb = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string().map((s) => `b1.${s}`),
      fc.string({ unit: fc.constantFrom(...'AZaz09-_.') }).map((s) => `b1.${s}`),
      fc.nat({ max: link.length }).map((n) => link.slice(0, n)),
    );
    fc.assert(
      fc.property(arb, (text) => {
        expect(decodeBallotLink(text).ok).toBe(text === link);
        expect(decodeInvitationLink(text).ok).toBe(false);
      }),
    );
  });
});

describe('invitation links', () => {
  it('round-trip the invitation, and refuse a ballot link', () => {
    const invitation = invitationFor(sampleWorkshop({ networkName: 'Łódź & Québec 🤝', anonymous: true }));
    const link = encodeInvitationLink(invitation);
    expect(link.startsWith('i1.')).toBe(true);
    expect(decodeInvitationLink(link)).toStrictEqual({ ok: true, value: invitation });
    expect(linkWords(decodeInvitationLink(encodeBallotLink(sampleBallot())))).toMatch(/ballot link, not an invitation/);
  });
});

describe('the round travels inside the invitation link', () => {
  it('a round-2 invitation decodes as round 2, inside the checksummed part of the link', () => {
    const w = { ...createWorkshop(FIVE_PRINCIPLES, { networkName: 'Ærø', facilitator: 'Jo' }), currentRound: 2 as const };
    const decoded = decodeInvitationLink(encodeInvitationLink(invitationFor(w)));
    expect(decoded.ok && decoded.value.round).toBe(2);
  });

  it('an invitation made without a round is read as round 1', () => {
    const { round: _round, ...older } = invitationFor(createWorkshop(FIVE_PRINCIPLES, { networkName: 'N', facilitator: 'Jo' }));
    const decoded = decodeInvitationLink(encodeInvitationLink(older));
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && (decoded.value.round ?? 1)).toBe(1);
  });
});
