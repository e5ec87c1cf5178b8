// @vitest-environment jsdom
// One network, one identity, through the store: a new assessment joins the network of its name,
// re-assessing carries the id (and last time's open actions), renaming keeps it, and two networks
// merge with an undo that puts everything back.
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { reviewAction, setCarried } from '../../src/core/action-plan';
import type { ReviewChange } from '../../src/core/action-plan';
import { localDate } from '../../src/core/calendar-day';
import { useAppStore } from '../../src/store/store';
import { resetStore } from './reset-store';

beforeEach(resetStore);

const store = () => useAppStore.getState();
const start = (networkName: string, assessedOn?: string) =>
  store().startAssessment(FIVE_PRINCIPLES, { networkName, assessors: 'Ana', ...(assessedOn ? { assessedOn } : {}) });

describe('networks', () => {
  it('a new assessment joins the network of the same name (any case and spacing), or starts its own', () => {
    const a = start('Coopérative du Québec');
    const b = start('  coopérative du  QUÉBEC');
    const c = start('Cooperative du Quebec');
    const { assessments, networks } = store();
    expect(assessments[b]!.networkId).toBe(assessments[a]!.networkId);
    expect(assessments[c]!.networkId).not.toBe(assessments[a]!.networkId);
    // The network's name is the latest one used.
    expect(networks[assessments[a]!.networkId]!.name).toBe('  coopérative du  QUÉBEC');
  });

  it('renaming an assessment keeps its network and its history, and names the network', () => {
    const a = start('Halifax Co-op Netwrok');
    const b = start('Halifax Co-op Netwrok');
    store().renameAssessment(b, 'Halifax Co-op Network');
    const { assessments, networks } = store();
    expect(assessments[b]!.networkId).toBe(assessments[a]!.networkId);
    expect(networks[assessments[a]!.networkId]!.name).toBe('Halifax Co-op Network');
  });

  it('re-assessing makes a new assessment of the same network dated today, carrying open actions', () => {
    const first = start('Mondragón', '2025-03-12');
    store().changePlan({ kind: 'assessment', id: first }, () => [
      { id: 'x', text: 'Open one', owner: 'Jon', due: '', status: 'in-progress', note: '' },
      { id: 'y', text: 'Finished', owner: '', due: '', status: 'done', note: '' },
    ]);
    store().renameAssessment(first, 'Mondragón Corporación');
    const next = store().reassess(first, false)!;
    const a = store().assessments[next]!;
    expect(a.networkId).toBe(store().assessments[first]!.networkId);
    expect(a.networkName).toBe('Mondragón Corporación');
    expect(a.assessedOn).toBe(localDate(new Date()));
    expect(a.answers).toEqual({});
    expect(a.actions.map((x) => [x.text, x.carriedFrom, x.status])).toEqual([['Open one', 'x', 'in-progress']]);
  });

  it('a paper assessment entered later, dated before the others, carries nothing', () => {
    const recent = start('Ærø', '2026-03-01');
    store().changePlan({ kind: 'assessment', id: recent }, () => [{ id: 'x', text: 'Open', owner: '', due: '', status: 'not-started', note: '' }]);
    const paper = start('Ærø', '2024-03-01');
    expect(store().assessments[paper]!.actions).toEqual([]);
  });

  it('merges two networks into one and undoes the merge exactly', () => {
    const a = start('Red del Sur');
    const b = start('Red de Cooperativas del Sur');
    const w = store().startWorkshop(FIVE_PRINCIPLES, { networkName: 'Red del Sur', facilitator: 'Mercè' });
    const before = structuredClone({ assessments: store().assessments, workshops: store().workshops, networks: store().networks });
    const from = store().assessments[a]!.networkId;
    const into = store().assessments[b]!.networkId;
    expect(store().workshops[w]!.networkId).toBe(from);

    const undo = store().mergeNetworks(from, into)!;
    expect(store().assessments[a]!.networkId).toBe(into);
    expect(store().workshops[w]!.networkId).toBe(into);
    expect(Object.keys(store().networks)).toEqual([into]);

    store().undoMerge(undo);
    expect(store().assessments).toEqual(before.assessments);
    expect(store().workshops).toEqual(before.workshops);
    expect(store().networks).toEqual(before.networks);
  });

  it('refuses to merge a network into itself or into one that is not here', () => {
    const a = start('One');
    const id = store().assessments[a]!.networkId;
    expect(store().mergeNetworks(id, id)).toBeNull();
    expect(store().mergeNetworks(id, 'nowhere')).toBeNull();
  });

  it('an imported or restored record whose network is not here gets a network record', () => {
    const a = start('Here');
    const imported = { ...store().assessments[a]!, id: 'imported', networkId: 'net-from-elsewhere', networkName: 'Elsewhere' };
    store().addImported(imported);
    expect(store().networks['net-from-elsewhere']).toMatchObject({ name: 'Elsewhere' });
  });
});

const review = (current: string, previous: string, id: string, change: ReviewChange) =>
  store().changeBothPlans(previous, current, (p, c) => reviewAction(p, c, id, change, { assessmentId: current, at: new Date() }));
const carry = (current: string, previous: string, id: string, carried: boolean) =>
  store().changeBothPlans(previous, current, (p, c) => ({ previous: p, current: setCarried(p, c, id, carried) }));

describe('reviewing last time’s actions', () => {
  it('updates last time’s action and the new plan together', () => {
    const first = start('Łódź', '2025-01-10');
    store().changePlan({ kind: 'assessment', id: first }, () => [
      { id: 'x', text: 'Open one', owner: '', due: '', status: 'not-started', note: '' },
    ]);
    const next = store().reassess(first, true)!;
    expect(store().assessments[next]!.actions).toHaveLength(1);
    review(next, first, 'x', { status: 'done', note: 'Signed' });
    expect(store().assessments[first]!.actions[0]).toMatchObject({ status: 'done', note: 'Signed', review: { assessmentId: next } });
    expect(store().assessments[next]!.actions).toEqual([]);
    review(next, first, 'x', { status: 'in-progress' });
    carry(next, first, 'x', true);
    expect(store().assessments[next]!.actions.map((a) => a.carriedFrom)).toEqual(['x']);
    carry(next, first, 'x', false);
    expect(store().assessments[next]!.actions).toEqual([]);
  });
});
