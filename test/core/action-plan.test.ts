// Changing an action plan and reviewing last time's plan: each function is pure, and the review keeps
// the history true (last time's action changes) while the new plan carries only what is still open.
import type { Action } from '../../src/core/action';
import { actionsSchema, isOpen } from '../../src/core/action';
import {
  actionFromRecommendation,
  carryForward,
  editAction,
  moveAction,
  newAction,
  removeAction,
  restoreAction,
  reviewAction,
  setCarried,
} from '../../src/core/action-plan';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';

const act = (id: string, fields: Partial<Action> = {}): Action => ({ ...newAction({ text: `Action ${id}`, ...fields }), id });

const lastTime: Action[] = [
  act('mou', { owner: 'Ana', due: '2026-06-30', principleId: 'institutionalization', recommendationId: 'inst-low-mou' }),
  act('fund', { owner: 'Treasurer', status: 'in-progress', note: 'Asked three co-ops' }),
  act('map', { status: 'done', doneOn: '2026-02-01' }),
  act('survey', { status: 'dropped' }),
];

describe('carryForward', () => {
  it('copies each open action (not started or in progress) into the new plan, linked back, in order', () => {
    const carried = carryForward(lastTime);
    expect(carried.map((a) => a.carriedFrom)).toEqual(['mou', 'fund']);
    expect(carried[0]).toMatchObject({ text: 'Action mou', owner: 'Ana', due: '2026-06-30', status: 'not-started', recommendationId: 'inst-low-mou' });
    expect(carried[1]).toMatchObject({ status: 'in-progress', note: 'Asked three co-ops' });
    // New ids: the copy is the new plan's own action.
    for (const a of carried) expect(lastTime.map((l) => l.id)).not.toContain(a.id);
    expect(actionsSchema.safeParse([...lastTime, ...carried]).success).toBe(true);
  });

  it('carries nothing from a plan that is all done or dropped', () => {
    expect(carryForward(lastTime.filter((a) => !isOpen(a)))).toEqual([]);
  });
});

describe('reviewAction', () => {
  const by = { assessmentId: 'new', at: new Date(2027, 2, 12, 10, 0) };

  it('marks last time’s action done, records the day and the review, and takes its carried copy out', () => {
    const current = carryForward(lastTime);
    const result = reviewAction(lastTime, current, 'mou', { status: 'done', note: 'Signed in January' }, by);
    expect(result.previous.find((a) => a.id === 'mou')).toMatchObject({
      status: 'done',
      note: 'Signed in January',
      doneOn: '2027-03-12',
      review: { assessmentId: 'new', at: by.at.toISOString() },
    });
    expect(result.current.map((a) => a.carriedFrom)).toEqual(['fund']);
    // The other actions of last time are untouched.
    expect(result.previous.filter((a) => a.id !== 'mou')).toEqual(lastTime.filter((a) => a.id !== 'mou'));
  });

  it('keeps an action still in progress in the new plan, with its new status', () => {
    const current = carryForward(lastTime);
    const result = reviewAction(lastTime, current, 'mou', { status: 'in-progress' }, by);
    expect(result.current.find((a) => a.carriedFrom === 'mou')?.status).toBe('in-progress');
    expect(result.previous.find((a) => a.id === 'mou')).toMatchObject({ status: 'in-progress', review: { assessmentId: 'new' } });
    expect(result.previous.find((a) => a.id === 'mou')?.doneOn).toBeUndefined();
  });

  it('takes a dropped action out of the new plan, and leaves a plan without its copy as it was', () => {
    expect(reviewAction(lastTime, carryForward(lastTime), 'fund', { status: 'dropped' }, by).current.map((a) => a.carriedFrom)).toEqual(['mou']);
    expect(reviewAction(lastTime, [], 'fund', { status: 'dropped' }, by).current).toEqual([]);
  });

  it('records a note alone without changing the status', () => {
    const result = reviewAction(lastTime, [], 'map', { note: 'Map shared at the AGM' }, by);
    expect(result.previous.find((a) => a.id === 'map')).toMatchObject({ status: 'done', doneOn: '2026-02-01', note: 'Map shared at the AGM' });
  });

  it('does not change what it was given', () => {
    const before = structuredClone(lastTime);
    reviewAction(lastTime, carryForward(lastTime), 'mou', { status: 'done' }, by);
    expect(lastTime).toEqual(before);
  });
});

describe('setCarried', () => {
  it('carries an open action in, once, and takes it out again', () => {
    const carried = setCarried(lastTime, [], 'fund', true);
    expect(carried.map((a) => a.carriedFrom)).toEqual(['fund']);
    expect(setCarried(lastTime, carried, 'fund', true)).toEqual(carried);
    expect(setCarried(lastTime, carried, 'fund', false)).toEqual([]);
  });

  it('does not carry an action that is done or dropped', () => {
    expect(setCarried(lastTime, [], 'map', true)).toEqual([]);
    expect(setCarried(lastTime, [], 'survey', true)).toEqual([]);
  });
});

describe('editing a plan', () => {
  const plan = [act('a'), act('b'), act('c')];

  it('moves an action up, down, to either end, and clamps positions past the ends', () => {
    const ids = (list: Action[]) => list.map((a) => a.id).join('');
    expect(ids(moveAction(plan, 'c', 1))).toBe('acb');
    expect(ids(moveAction(plan, 'a', 1))).toBe('bac');
    expect(ids(moveAction(plan, 'b', -5))).toBe('bac');
    expect(ids(moveAction(plan, 'a', 99))).toBe('bca');
    expect(ids(moveAction(plan, 'zzz', 0))).toBe('abc');
  });

  it('removes an action and puts it back where it was', () => {
    const { actions, removed } = removeAction(plan, 'b');
    expect(actions.map((a) => a.id)).toEqual(['a', 'c']);
    expect(removed).toEqual({ action: plan[1], index: 1 });
    expect(restoreAction(actions, removed!)).toEqual(plan);
    expect(restoreAction(plan, removed!)).toEqual(plan);
  });

  it('records the day an action became done, and forgets it when it is reopened', () => {
    const done = editAction(plan, 'a', { status: 'done' }, '2026-05-01');
    expect(done[0]).toMatchObject({ status: 'done', doneOn: '2026-05-01' });
    expect(editAction(done, 'a', { owner: 'Jo' }, '2026-06-01')[0]).toMatchObject({ doneOn: '2026-05-01', owner: 'Jo' });
    expect(editAction(done, 'a', { status: 'in-progress' }, '2026-06-01')[0]!.doneOn).toBeUndefined();
  });
});

describe('actionFromRecommendation', () => {
  it('copies the text and first step, and stays linked to its principle and recommendation', () => {
    const principle = FIVE_PRINCIPLES.principles[0]!;
    const rec = principle.recommendations.low[0]!;
    const action = actionFromRecommendation(principle, rec);
    expect(action).toMatchObject({
      text: rec.text,
      note: rec.firstStep,
      principleId: principle.id,
      recommendationId: rec.id,
      owner: '',
      due: '',
      status: 'not-started',
    });
  });
});
