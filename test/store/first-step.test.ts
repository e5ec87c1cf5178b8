// @vitest-environment jsdom
// "Continue" on a record never opened and a re-assessment open the first question of the record’s own rubric.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC_REF } from '../../src/core/default-rubric-ref';
import type { Rubric } from '../../src/core/rubric-schema';
import { firstStepOf } from '../../src/store/first-step';
import { useAppStore } from '../../src/store/store';
import { resetStore } from './reset-store';
import exampleJson from '../../rubrics/examples/housing-federation-health-check.json';

const example = exampleJson as unknown as Rubric;

describe('firstStepOf', () => {
  beforeEach(() => resetStore());

  it('is the shipped rubric’s first principle for the shipped rubric', () => {
    expect(firstStepOf(DEFAULT_RUBRIC_REF)).toBe(DEFAULT_RUBRIC_REF.firstStep);
  });

  it('is an own rubric’s first principle, for its version or, when that is gone, another one kept', () => {
    useAppStore.getState().addOwnRubric(example);
    expect(example.principles[0]!.id).not.toBe(DEFAULT_RUBRIC_REF.firstStep);
    expect(firstStepOf(example)).toBe(example.principles[0]!.id);
    expect(firstStepOf({ id: example.id, version: '0.0.1' })).toBe(example.principles[0]!.id);
  });

  it('falls back to the shipped rubric’s first step for a rubric this browser does not have', () => {
    expect(firstStepOf({ id: 'unknown', version: '1.0.0' })).toBe(DEFAULT_RUBRIC_REF.firstStep);
  });
});
