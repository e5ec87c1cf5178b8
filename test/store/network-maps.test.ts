// @vitest-environment jsdom
// Network maps in the store: version 4 saves migrate to version 5 (maps, none yet), a map is saved and
// read back, checked on load with migrateNetworkMap, and one that fails is set aside with a notice —
// kept in storage, never dropped. A network mapped before any assessment survives a reload, and an
// assessment started later under its name joins it.
import { beforeEach, describe, expect, it } from 'vitest';
import v4Save from '../fixtures/stored-v4.json';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { createNetworkMap } from '../../src/core/network-map';
import { addMember } from '../../src/core/network-map-edit';
import { MIGRATIONS, migratePersisted } from '../../src/core/persisted-migrations';
import { PERSIST_VERSION, sanitizePersisted } from '../../src/core/persisted-state';
import { createIdbStorage, pendingWrites } from '../../src/store/idb-storage';
import { describeSaveError } from '../../src/store/persist-options';
import { readSetAside } from '../../src/store/set-aside';
import { useAppStore } from '../../src/store/store';
import { resetMemory, resetStore } from './reset-store';

const store = () => useAppStore.getState();
const storage = () => createIdbStorage({ onSaveResult: () => {}, readLegacy: () => null, describeError: describeSaveError });

async function stored() {
  await pendingWrites();
  return storage().getItem('fivefold:state');
}

/** Closes the tab and opens the app again; maps are checked just after loading. */
async function reopen() {
  await pendingWrites();
  resetMemory();
  await useAppStore.persist.rehydrate();
  await store().checkMaps();
}

beforeEach(resetStore);

describe('MIGRATIONS[4]: version 4 → 5', () => {
  it('adds an empty set of maps to the version-4 fixture, touching nothing else nor the input', () => {
    const input = structuredClone(v4Save.state);
    expect(MIGRATIONS[4]!(input)).toEqual({ ...v4Save.state, networkMaps: {} });
    expect(input).toEqual(v4Save.state);
    const result = migratePersisted(input, 4);
    expect(result.ok).toBe(true);
    const { state, setAside, maps } = sanitizePersisted(result.ok ? result.state : null);
    expect(setAside).toEqual([]);
    expect(maps).toEqual({});
    expect(Object.keys(state.assessments).sort()).toEqual(Object.keys(v4Save.state.assessments).sort());
    expect(Object.keys(state.networks).sort()).toEqual(Object.keys(v4Save.state.networks).sort());
  });

  it('loads a version-4 save from IndexedDB and saves it as the current version, with a place for maps', async () => {
    await storage().setItem('fivefold:state', { state: v4Save.state as never, version: 4 });
    await reopen();
    expect(Object.keys(store().assessments).sort()).toEqual(Object.keys(v4Save.state.assessments).sort());
    expect(store().setAsideNotices).toEqual([]);
    const first = Object.keys(store().assessments)[0]!;
    store().setAnswerValue(first, FIVE_PRINCIPLES.principles[0]!.indicators[0]!.id, 2);
    const saved = await stored();
    expect(saved?.version).toBe(PERSIST_VERSION);
    expect(saved?.state.networkMaps).toEqual({});
  });
});

describe('a network map in the store', () => {
  it('is saved as it is changed and read back, checked, after the tab is closed', async () => {
    const networkId = store().startNetworkMap('Riverton Co-ops', createNetworkMap);
    const added = addMember(store().networkMaps[networkId]!, { name: 'Riverbank Bakery', sector: 'food-farming', kind: 'worker' });
    if (!added.ok) throw new Error('the member was refused');
    store().saveNetworkMap(added.map);
    await reopen();
    expect(store().unreadMaps).toEqual({});
    expect(store().networkMaps[networkId]!.members.map((m) => m.name)).toEqual(['Riverbank Bakery']);
    // The network was mapped before any assessment, and is still there.
    expect(store().networks[networkId]!.name).toBe('Riverton Co-ops');
  });

  it('gives an assessment started later under the same name the mapped network', () => {
    const networkId = store().startNetworkMap('Riverton Co-ops', createNetworkMap);
    const id = store().startAssessment(FIVE_PRINCIPLES, { networkName: 'riverton co-ops', assessors: '' });
    expect(store().assessments[id]!.networkId).toBe(networkId);
    // Opening the map of a network that has one does not start another.
    expect(store().startNetworkMap('Riverton  Co-ops', createNetworkMap)).toBe(networkId);
    expect(Object.keys(store().networkMaps)).toEqual([networkId]);
  });

  it('sets aside a map that fails its check, with a notice naming the network, and keeps it in storage', async () => {
    const good = store().startNetworkMap('Good Network', createNetworkMap);
    const bad = store().startNetworkMap('Damaged Network', createNetworkMap);
    await pendingWrites();
    const saved = (await stored())!;
    const broken = { ...saved.state.networkMaps[bad]!, ties: [{ id: 't', from: 'nobody', to: 'nobody', kinds: [], written: 'yes' }] };
    await storage().setItem('fivefold:state', { ...saved, state: { ...saved.state, networkMaps: { ...saved.state.networkMaps, [bad]: broken as never } } });
    await reopen();
    expect(Object.keys(store().networkMaps)).toEqual([good]);
    const [notice] = store().setAsideNotices;
    expect(notice?.reason).toMatchObject({ code: 'map', name: 'Damaged Network', problem: { code: 'invalid' } });
    expect(JSON.parse(readSetAside(notice!.backupKey)!)).toEqual(broken);
    // Another change is saved; the unreadable map is still in storage, as it was.
    store().startNetworkMap('Third Network', createNetworkMap);
    expect((await stored())!.state.networkMaps[bad]).toEqual(broken);
    // Told once, though another tab's save brings it again.
    await useAppStore.persist.rehydrate();
    await store().checkMaps();
    expect(store().setAsideNotices).toHaveLength(1);
  });

  it('sets aside a map kept under another network’s key', async () => {
    const a = store().startNetworkMap('North', createNetworkMap);
    await pendingWrites();
    const saved = (await stored())!;
    await storage().setItem('fivefold:state', { ...saved, state: { ...saved.state, networkMaps: { elsewhere: saved.state.networkMaps[a]! } } });
    await reopen();
    expect(Object.keys(store().networkMaps)).toEqual([a]);
    expect(store().setAsideNotices[0]?.reason).toMatchObject({ code: 'map', problem: { code: 'invalid' } });
  });

  it('keeps a map changed in this tab over an older copy another tab saved', async () => {
    const id = store().startNetworkMap('Mine', createNetworkMap);
    await pendingWrites();
    const older = (await stored())!;
    const added = addMember(store().networkMaps[id]!, { name: 'Newer Member', sector: 'retail', kind: 'consumer' }, { now: new Date('2999-01-01') });
    if (!added.ok) throw new Error('the member was refused');
    store().saveNetworkMap(added.map);
    await pendingWrites();
    await storage().setItem('fivefold:state', older);
    await useAppStore.persist.rehydrate();
    await store().checkMaps();
    expect(store().networkMaps[id]!.members.map((m) => m.name)).toEqual(['Newer Member']);
  });

  it('moves with its network when two library entries are merged, and back on undo', () => {
    const a = store().startAssessment(FIVE_PRINCIPLES, { networkName: 'Halifax Netwrok', assessors: '' });
    const b = store().startAssessment(FIVE_PRINCIPLES, { networkName: 'Halifax Network', assessors: '' });
    const from = store().assessments[a]!.networkId;
    const into = store().assessments[b]!.networkId;
    expect(store().startNetworkMap('Halifax Netwrok', createNetworkMap)).toBe(from);
    const undo = store().mergeNetworks(from, into)!;
    expect(Object.keys(store().networkMaps)).toEqual([into]);
    expect(store().networkMaps[into]!.networkId).toBe(into);
    store().undoMerge(undo);
    expect(Object.keys(store().networkMaps)).toEqual([from]);
    expect(store().networkMaps[from]!.networkId).toBe(from);
  });
});
