import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answeredCount, shareOfAnswered } from '../../src/core/answer-share';
import type { AnswerCounts } from '../../src/core/answer-share';

const counts = (levels: number[], notApplicable = 0, dontKnow = 0): AnswerCounts => ({ levels, notApplicable, dontKnow });

describe('answeredCount and shareOfAnswered', () => {
  it.each([
    ['one vote in three, spread over 0, 2 and 4', counts([1, 0, 1, 0, 1]), 0, 1 / 3],
    ['two of three on one level', counts([0, 1, 0, 2, 0]), 3, 2 / 3],
    ['N/A and "Don\'t know" are answers too', counts([0, 0, 2, 0, 0], 1, 1), 2, 1 / 2],
    ['a lone vote fills the bar', counts([0, 0, 0, 1, 0]), 3, 1],
  ])('%s', (_name, c, level, share) => {
    expect(shareOfAnswered(c.levels[level]!, c)).toBeCloseTo(share, 10);
  });

  it('is 0 when nobody answered', () => {
    expect(answeredCount(counts([0, 0, 0, 0, 0]))).toBe(0);
    expect(shareOfAnswered(0, counts([0, 0, 0, 0, 0]))).toBe(0);
  });

  it('the shares of one question add up to the whole, and none exceeds it', () => {
    const count = fc.nat({ max: 50 });
    fc.assert(
      fc.property(fc.array(count, { minLength: 5, maxLength: 5 }), count, count, (levels, na, dk) => {
        const c = counts(levels, na, dk);
        const all = [...levels, na, dk];
        const shares = all.map((n) => shareOfAnswered(n, c));
        for (const s of shares) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
        }
        const total = shares.reduce((a, b) => a + b, 0);
        expect(total).toBeCloseTo(answeredCount(c) === 0 ? 0 : 1, 9);
      }),
    );
  });
});
