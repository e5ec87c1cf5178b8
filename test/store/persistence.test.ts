// @vitest-environment jsdom
// Saving and loading: every change is saved, a damaged save is set aside with a notice (never
// dropped), a save from a newer app version is kept aside, and a full quota is reported.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { PERSIST_VERSION } from '../../src/core/persisted-state';
import { STORAGE_KEY } from '../../src/store/persist-options';
import { readSetAside } from '../../src/store/set-aside';
import { useAppStore } from '../../src/store/store';
import { resetStore } from './reset-store';

const firstIndicator = FIVE_PRINCIPLES.principles[0]!.indicators[0]!.id;

function stored() {
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
}

async function flush() {
  await new Promise((r) => setTimeout(r, 0));
}

beforeEach(resetStore);

describe('saving', () => {
  it('saves each change as it is made, and only what the user entered', () => {
    const id = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Ærø Andelsnet', assessors: 'Ida' });
    useAppStore.getState().setAnswerValue(firstIndicator, 3);
    useAppStore.getState().setAnswerNote(firstIndicator, 'Signed in 2019 — see the minutes');
    const saved = stored();
    expect(saved.version).toBe(PERSIST_VERSION);
    expect(Object.keys(saved.state)).toEqual(['assessments', 'activeId']);
    expect(saved.state.activeId).toBe(id);
    expect(saved.state.assessments[id].networkName).toBe('Ærø Andelsnet');
    expect(saved.state.assessments[id].answers[firstIndicator]).toEqual({
      value: 3,
      note: 'Signed in 2019 — see the minutes',
    });
  });

  it('reloads what was saved', async () => {
    const id = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Mondragón', assessors: '' });
    useAppStore.getState().setAnswerValue(firstIndicator, 'dk');
    const snapshot = localStorage.getItem(STORAGE_KEY);
    resetStore();
    localStorage.setItem(STORAGE_KEY, snapshot!);
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().assessments[id]?.answers[firstIndicator]?.value).toBe('dk');
    expect(useAppStore.getState().setAsideNotices).toEqual([]);
  });

  it('reports a full storage quota in words, and clears the message once saving works again', async () => {
    useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Full', assessors: '' });
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    useAppStore.getState().setAnswerValue(firstIndicator, 2);
    await flush();
    expect(useAppStore.getState().saveError).toMatch(/storage for this app is full/);
    expect(useAppStore.getState().saveError).toMatch(/Export/);
    // The answer is still in memory: nothing the user did is lost while they export.
    const state = useAppStore.getState();
    expect(state.assessments[state.activeId!]?.answers[firstIndicator]?.value).toBe(2);
    spy.mockRestore();
    useAppStore.getState().setAnswerValue(firstIndicator, 3);
    await flush();
    expect(useAppStore.getState().saveError).toBeNull();
  });
});

describe('loading a save that cannot be read', () => {
  it('sets aside damaged JSON under a backup key and tells the user', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"assess');
    await useAppStore.persist.rehydrate();
    const [notice] = useAppStore.getState().setAsideNotices;
    expect(notice?.reason).toMatch(/damaged/);
    expect(readSetAside(notice!.backupKey)).toBe('{"state": {"assess');
  });

  it('keeps the valid assessments and sets aside only the invalid one', async () => {
    const good = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Good', assessors: '' });
    const saved = stored();
    saved.state.assessments.broken = { id: 'broken', networkName: 'Broken Co-op', answers: { x: { value: 9 } } };
    resetStore();
    localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
    await useAppStore.persist.rehydrate();
    const state = useAppStore.getState();
    expect(Object.keys(state.assessments)).toEqual([good]);
    expect(state.setAsideNotices).toHaveLength(1);
    expect(state.setAsideNotices[0]!.reason).toMatch(/Broken Co-op/);
    expect(JSON.parse(readSetAside(state.setAsideNotices[0]!.backupKey)!).networkName).toBe('Broken Co-op');
  });

  it('keeps a save from a newer app version aside instead of reading it wrongly', async () => {
    const raw = { state: { assessments: {}, activeId: null, somethingNew: true }, version: PERSIST_VERSION + 1 };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(raw));
    await useAppStore.persist.rehydrate();
    const [notice] = useAppStore.getState().setAsideNotices;
    expect(notice?.reason).toMatch(/newer version of Fivefold/);
    expect(JSON.parse(readSetAside(notice!.backupKey)!)).toEqual(raw.state);
  });
});
