// Opening the bare app resumes the step last worked on, in the assessment last opened here; any
// address of its own, or nothing to resume, leaves the address alone.
import { describe, expect, it, vi } from 'vitest';
import { leftOnScreen, rememberScreen, resumeHash } from '../../src/app/resume';
import { createAssessment } from '../../src/core/assessment';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { parseRoute } from '../../src/components/router';

const a = { ...createAssessment(FIVE_PRINCIPLES, { networkName: 'Łódź', assessors: '' }), lastStep: 'diversity' };
const state = { assessments: { [a.id]: a }, lastAssessmentId: a.id };

describe('resumeHash', () => {
  it.each([[''], ['#']])('takes the bare app (%j) to the last step of the last opened assessment', (hash) => {
    expect(parseRoute(resumeHash(state, hash, 'questions')!)).toEqual({ name: 'step', id: a.id, step: 'diversity' });
    // Nothing recorded yet (a device that used an older version): resume as before.
    expect(parseRoute(resumeHash(state, hash, null)!)).toEqual({ name: 'step', id: a.id, step: 'diversity' });
  });

  it('stays on the start page when the user left from anywhere but the questions', () => {
    expect(resumeHash(state, '', 'elsewhere')).toBeNull();
  });

  it('remembers which kind of screen was shown last', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) });
    rememberScreen({ name: 'step', id: a.id, step: 'diversity' });
    expect(leftOnScreen()).toBe('questions');
    rememberScreen({ name: 'results', id: a.id });
    expect(leftOnScreen()).toBe('elsewhere');
    expect(resumeHash(state, '')).toBeNull();
    rememberScreen({ name: 'home' });
    expect(leftOnScreen()).toBe('elsewhere');
    vi.unstubAllGlobals();
  });

  it.each([['#/'], ['#/results'], [`#/a/${a.id}/results`]])('leaves an address of its own (%s) alone', (hash) => {
    expect(resumeHash(state, hash)).toBeNull();
  });

  it('has nothing to resume with no last opened assessment, a deleted one, or one never stepped into', () => {
    expect(resumeHash({ ...state, lastAssessmentId: null }, '')).toBeNull();
    expect(resumeHash({ assessments: {}, lastAssessmentId: a.id }, '')).toBeNull();
    expect(resumeHash({ assessments: {}, lastAssessmentId: 'constructor' }, '')).toBeNull();
    const fresh = { ...a, lastStep: undefined };
    expect(resumeHash({ assessments: { [a.id]: fresh }, lastAssessmentId: a.id }, '')).toBeNull();
  });
});
