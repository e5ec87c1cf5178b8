// @vitest-environment jsdom
// Saving and loading: every change is saved to IndexedDB as it is made, a version-1 save migrates,
// damaged or newer saves are set aside with a notice (never dropped), and a full quota is reported.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../src/core/calendar-day';
import v1Save from '../fixtures/stored-v1.json';
import v2Save from '../fixtures/stored-v2.json';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { PERSIST_VERSION } from '../../src/core/persisted-state';
import { messages } from '../../src/components/app-messages';
import { createIdbStorage, LEGACY_KEY, pendingWrites } from '../../src/store/idb-storage';
import { describeSaveError } from '../../src/store/persist-options';
import { readSetAside } from '../../src/store/set-aside';
import { useAppStore } from '../../src/store/store';
import { resetMemory, resetStore } from './reset-store';

const firstIndicator = FIVE_PRINCIPLES.principles[0]!.indicators[0]!.id;
const V1_ID = '3f1c2a9e-6b7d-4c1e-9a2b-0d4e5f6a7b8c';

/** What another tab (or the next visit) would read from storage. */
async function stored() {
  await pendingWrites();
  const reader = createIdbStorage({
    onSaveResult: () => {},
    readLegacy: () => null,
    describeError: describeSaveError,
  });
  return reader.getItem('fivefold:state');
}

async function reopen() {
  await pendingWrites();
  resetMemory();
  await useAppStore.persist.rehydrate();
}

beforeEach(resetStore);

describe('saving', () => {
  it('saves each change as it is made, and only what the user entered', async () => {
    const id = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Ærø Andelsnet', assessors: 'Ida' });
    useAppStore.getState().setAnswerValue(id, firstIndicator, 3);
    useAppStore.getState().setAnswerNote(id, firstIndicator, 'Signed in 2019 — see the minutes');
    const saved = await stored();
    expect(saved?.version).toBe(PERSIST_VERSION);
    expect(Object.keys(saved!.state).sort()).toEqual(['assessments', 'lastAssessmentId', 'lastWorkshopId', 'networkMaps', 'networks', 'workshops']);
    expect(saved!.state.lastAssessmentId).toBe(id);
    const { networkId } = saved!.state.assessments[id]!;
    expect(saved!.state.networks[networkId]).toMatchObject({ id: networkId, name: 'Ærø Andelsnet' });
    expect(saved!.state.assessments[id]!.networkName).toBe('Ærø Andelsnet');
    expect(saved!.state.assessments[id]!.answers[firstIndicator]).toEqual({
      value: 3,
      note: 'Signed in 2019 — see the minutes',
    });
  });

  it('reloads what was saved after the tab is closed', async () => {
    const id = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Mondragón', assessors: '' });
    useAppStore.getState().setAnswerValue(id, firstIndicator, 'dk');
    await reopen();
    expect(useAppStore.getState().assessments[id]?.answers[firstIndicator]?.value).toBe('dk');
    expect(useAppStore.getState().lastAssessmentId).toBe(id);
    expect(useAppStore.getState().setAsideNotices).toEqual([]);
  });

  it('reports a full storage quota in words, keeps the answer in memory, and recovers', async () => {
    const id = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Full', assessors: '' });
    await pendingWrites();
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    useAppStore.getState().setAnswerValue(id, firstIndicator, 2);
    await pendingWrites();
    await Promise.resolve();
    expect(useAppStore.getState().saveError).toEqual({ code: 'storage-full' });
    expect(messages.saveProblem(useAppStore.getState().saveError!)).toMatch(/storage for this app is full[^]*Export/);
    const state = useAppStore.getState();
    expect(state.assessments[id]?.answers[firstIndicator]?.value).toBe(2);
    spy.mockRestore();
    useAppStore.getState().setAnswerValue(id, firstIndicator, 3);
    await pendingWrites();
    await Promise.resolve();
    expect(useAppStore.getState().saveError).toBeNull();
    expect((await stored())!.state.assessments[id]!.answers[firstIndicator]!.value).toBe(3);
  });
});

describe('migrating earlier stored formats', () => {
  it('version 1 (one localStorage key) moves into IndexedDB with nothing lost, then the old key goes', async () => {
    localStorage.setItem(LEGACY_KEY, JSON.stringify(v1Save));
    await useAppStore.persist.rehydrate();
    const state = useAppStore.getState();
    expect(state.setAsideNotices).toEqual([]);
    expect(state.lastAssessmentId).toBe(V1_ID);
    // What was entered is kept as it was; version 4 adds a network, a date and an empty plan.
    const planned = { networkId: `net-${V1_ID}`, assessedOn: localDate(new Date(v1Save.state.assessments[V1_ID].createdAt)), actions: [] };
    expect(state.assessments[V1_ID]).toEqual({ ...v1Save.state.assessments[V1_ID], ...planned });
    expect(state.workshops).toEqual({});
    const saved = await stored();
    expect(saved?.version).toBe(PERSIST_VERSION);
    expect(saved!.state.assessments[V1_ID]).toEqual({ ...v1Save.state.assessments[V1_ID], ...planned });
    expect(localStorage.getItem(LEGACY_KEY)).toBeNull();
  });
});

describe('migrating earlier stored formats, IndexedDB', () => {
  it('version 2 in IndexedDB: what was open becomes what was last opened, and is saved as the current version', async () => {
    const writer = createIdbStorage({ onSaveResult: () => {}, readLegacy: () => null, describeError: describeSaveError });
    await writer.setItem('fivefold:state', v2Save as never);
    await reopen();
    const state = useAppStore.getState();
    expect(state.setAsideNotices).toEqual([]);
    expect(state.lastAssessmentId).toBe(v2Save.state.activeId);
    expect(state.lastWorkshopId).toBe(v2Save.state.activeWorkshopId);
    const [workshopId, workshop] = Object.entries(v2Save.state.workshops)[0]!;
    expect(state.workshops).toEqual({ [workshopId]: { ...workshop, networkId: `net-${workshopId}`, actions: [] } });
    useAppStore.getState().setLastStep(V1_ID, 'wellbeing');
    const saved = await stored();
    expect(saved?.version).toBe(PERSIST_VERSION);
    expect(Object.keys(saved!.state).sort()).toEqual(['assessments', 'lastAssessmentId', 'lastWorkshopId', 'networkMaps', 'networks', 'workshops']);
    expect(Object.keys(saved!.state.networks).sort()).toEqual([`net-${V1_ID}`, `net-${workshopId}`].sort());
  });
});

describe('loading a save that cannot be read', () => {
  it('sets aside a damaged version-1 save under a backup key and tells the user', async () => {
    localStorage.setItem(LEGACY_KEY, '{"state": {"assess');
    await useAppStore.persist.rehydrate();
    const [notice] = useAppStore.getState().setAsideNotices;
    expect(notice?.reason).toEqual({ code: 'not-json' });
    expect(readSetAside(notice!.backupKey)).toBe('{"state": {"assess');
  });

  it('keeps the valid assessments and sets aside only the invalid one', async () => {
    const good = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Good', assessors: '' });
    await pendingWrites();
    const writer = createIdbStorage({ onSaveResult: () => {}, readLegacy: () => null, describeError: describeSaveError });
    const saved = (await stored())!;
    const broken = { id: 'broken', networkName: 'Broken Co-op', answers: { x: { value: 9 } } };
    await writer.setItem('fivefold:state', {
      ...saved,
      state: { ...saved.state, assessments: { ...saved.state.assessments, broken: broken as never } },
    });
    await reopen();
    const state = useAppStore.getState();
    expect(Object.keys(state.assessments)).toEqual([good]);
    expect(state.setAsideNotices).toHaveLength(1);
    expect(state.setAsideNotices[0]!.reason).toMatchObject({ code: 'record', name: 'Broken Co-op', at: { key: 'broken' } });
    expect(JSON.parse(readSetAside(state.setAsideNotices[0]!.backupKey)!).networkName).toBe('Broken Co-op');
  });

  it('keeps a save from a newer app version aside instead of reading it wrongly', async () => {
    const writer = createIdbStorage({ onSaveResult: () => {}, readLegacy: () => null, describeError: describeSaveError });
    const newer = { assessments: {}, workshops: {}, networks: {}, lastAssessmentId: null, lastWorkshopId: null, networkMaps: {} };
    await writer.setItem('fivefold:state', { state: newer, version: PERSIST_VERSION + 1 });
    await reopen();
    const [notice] = useAppStore.getState().setAsideNotices;
    expect(notice?.reason).toEqual({ code: 'newer-storage', version: PERSIST_VERSION + 1, max: PERSIST_VERSION });
    expect(JSON.parse(readSetAside(notice!.backupKey)!)).toEqual(newer);
  });
});

describe('two tabs, one database', () => {
  const otherTab = () => createIdbStorage({ onSaveResult: () => {}, readLegacy: () => null, describeError: describeSaveError });

  it('deleting an assessment as the first change after opening the app removes it from storage', async () => {
    const id = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Gone', assessors: '' });
    await reopen();
    useAppStore.getState().deleteAssessment(id);
    expect((await stored())!.state.assessments).toEqual({});
  });

  it('writes only what this tab changed, so another tab’s newer save of another assessment stays', async () => {
    const a = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'A', assessors: '' });
    const b = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'B', assessors: '' });
    await reopen();
    // Another tab answers in A; this tab has not heard of it yet and answers in B.
    const other = otherTab();
    const theirs = (await other.getItem('fivefold:state'))!;
    const changedA = { ...theirs.state.assessments[a]!, answers: { [firstIndicator]: { value: 4 as const } }, updatedAt: new Date().toISOString() };
    await other.setItem('fivefold:state', { ...theirs, state: { ...theirs.state, assessments: { ...theirs.state.assessments, [a]: changedA } } });
    useAppStore.getState().setAnswerValue(b, firstIndicator, 1);
    const saved = (await stored())!.state.assessments;
    expect(saved[a]!.answers[firstIndicator]).toEqual({ value: 4 });
    expect(saved[b]!.answers[firstIndicator]).toEqual({ value: 1 });
  });

  it('keeps a change made in this tab while another tab’s older save was being read', async () => {
    const id = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Mine', assessors: '' });
    await pendingWrites();
    const older = (await stored())!;
    useAppStore.setState((s) => ({
      assessments: { ...s.assessments, [id]: { ...s.assessments[id]!, answers: { [firstIndicator]: { value: 3 as const } }, updatedAt: '2999-01-01T00:00:00.000Z' } },
    }));
    await pendingWrites();
    await otherTab().setItem('fivefold:state', older);
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().assessments[id]!.answers[firstIndicator]).toEqual({ value: 3 });
  });

  it('never deletes a record it set aside as unreadable', async () => {
    useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Good', assessors: '' });
    const saved = (await stored())!;
    const broken = { id: 'broken', networkName: 'Broken Co-op', answers: 7 };
    await otherTab().setItem('fivefold:state', { ...saved, state: { ...saved.state, assessments: { ...saved.state.assessments, broken: broken as never } } });
    await reopen();
    expect(useAppStore.getState().setAsideNotices).toHaveLength(1);
    useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Another', assessors: '' });
    expect((await stored())!.state.assessments.broken).toEqual(broken);
  });
});
