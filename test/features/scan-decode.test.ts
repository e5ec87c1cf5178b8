// The scanner's decoding path without a browser: camera frames of ballot codes held up on phones
// (test/fixtures/camera-frames.ts) through the same decodeFrame the worker runs, then acceptScan.
// Every ballot read, each added once, and an empty room reads as nothing.
import { createBallot } from '../../src/core/ballot';
import { encodeBallotCode } from '../../src/core/ballot-code';
import { acceptScan } from '../../src/core/ballot-scan';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { createWorkshop, invitationFor } from '../../src/core/workshop';
import type { AnswerValue } from '../../src/core/answers';
import { decodeFrame } from '../../src/features/workshop/collect/scan/decode-frame';
import { cameraFrame, FRAME_H, FRAME_W, qrGrey, toRgba } from '../fixtures/camera-frames';

const VALUES: AnswerValue[] = [0, 1, 2, 3, 4, 'na', 'dk'];
const IDS = FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators.map((i) => i.id));
const frame = (y: Uint8Array) => ({ data: toRgba(y), width: FRAME_W, height: FRAME_H });

it('reads every ballot held up to the camera, and adds each once', () => {
  let workshop = createWorkshop(FIVE_PRINCIPLES, { networkName: 'Scan net', facilitator: 'Amina', groups: ['Staff', 'Members'] });
  const names = ['Ana', 'Ben', 'Chidi', 'Dara', 'Élodie', 'Søren Ærø', 'Zofia Wójcik', '', 'María José Fernández', 'Kofi'];
  const codes = names.map((participant, p) => {
    const answers = Object.fromEntries(IDS.map((id, i) => [id, { value: VALUES[(i * 3 + p) % VALUES.length]! }]));
    const ballot = createBallot(invitationFor(workshop), { round: 1, source: 'device', participant, group: p % 2 ? 'Staff' : 'Members', answers });
    return encodeBallotCode(ballot, invitationFor(workshop), FIVE_PRINCIPLES)!.text;
  });
  codes.forEach((code, i) => {
    // Two frames of each phone, from different positions: both read.
    for (const seed of [i * 2 + 1, i * 2 + 2]) expect(decodeFrame(frame(cameraFrame(qrGrey(code, 200), seed)))).toEqual([code]);
    const first = acceptScan(workshop, FIVE_PRINCIPLES, code);
    expect(first.outcome.kind).toBe('added');
    workshop = first.workshop;
    expect(acceptScan(workshop, FIVE_PRINCIPLES, code).outcome.kind).toBe('duplicate');
  });
  expect(workshop.ballots.map((b) => b.participant ?? '')).toEqual(names);
});

it('reads nothing in an empty room, or in a frame too small to hold a code', () => {
  expect(decodeFrame(frame(cameraFrame(null, 7)))).toEqual([]);
  expect(decodeFrame({ data: new Uint8ClampedArray(4 * 4 * 4), width: 4, height: 4 })).toEqual([]);
});
