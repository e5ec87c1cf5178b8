// @vitest-environment jsdom
// The group picture as a facilitator reads it: a show of hands gives the same table and the same
// distributions as the equivalent individual ballots, and a recorded consensus moves the score.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/core/answers';
import { createBallot } from '../../src/core/ballot';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { DEFAULT_RUBRIC_REF } from '../../src/core/default-rubric-ref';
import { createWorkshop, invitationFor } from '../../src/core/workshop';
import type { Tally, Workshop } from '../../src/core/workshop';
import { AgreeView } from '../../src/features/workshop/agree/agree-view';
import { PictureView } from '../../src/features/workshop/picture/picture-view';
import { useAppStore } from '../../src/store/store';
import { resetStore } from '../store/reset-store';

const rubric = FIVE_PRINCIPLES;
const indicators = rubric.principles.flatMap((p) => p.indicators);

beforeAll(() => {
  // recharts measures its container; jsdom has no layout, so a quiet stand-in does.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

beforeEach(async () => {
  await resetStore();
});

/** What each of five people answers for indicator number i (varied, with N/A and "Don't know"). */
function choice(person: number, i: number): AnswerValue {
  const options: AnswerValue[] = [0, 1, 2, 3, 4, 'na', 'dk'];
  if (i % 5 === 0) return 2; // everyone agrees here
  return options[(person * (i + 1) + i) % options.length]!;
}

function withBallots(w: Workshop, people: number): Workshop {
  const invitation = invitationFor(w);
  const ballots = Array.from({ length: people }, (_, person) =>
    createBallot(invitation, {
      round: 1,
      source: 'pass-device',
      answers: Object.fromEntries(indicators.map((ind, i) => [ind.id, { value: choice(person, i) }])),
    }),
  );
  return { ...w, ballots };
}

function withTallies(w: Workshop, people: number): Workshop {
  const tallies: Tally[] = indicators.map((ind, i) => {
    const t: Tally = { workshopId: w.id, round: 1, indicatorId: ind.id, counts: [0, 0, 0, 0, 0], notApplicable: 0, dontKnow: 0 };
    for (let person = 0; person < people; person++) {
      const c = choice(person, i);
      if (c === 'na') t.notApplicable += 1;
      else if (c === 'dk') t.dontKnow += 1;
      else t.counts[c] += 1;
    }
    return t;
  });
  return { ...w, tallies };
}

function addWorkshop(w: Workshop): Workshop {
  useAppStore.setState((s) => ({ workshops: { ...s.workshops, [w.id]: w }, lastWorkshopId: w.id }));
  return w;
}

function tableNumbers(): string[][] {
  const table = screen.getByRole('table', { name: 'Group scores by principle (0–100)' });
  return within(table)
    .getAllByRole('row')
    .map((row) => within(row).queryAllByRole('cell').map((c) => c.textContent ?? ''));
}

// Plain selectors where the page is large: role queries over 25 indicators are slow in jsdom.
function distributions(): string[] {
  return indicators.map((ind) => document.querySelector(`ul[aria-label="Answers to: ${ind.question}"]`)?.textContent ?? 'missing');
}

function readPicture(w: Workshop) {
  const view = render(<PictureView workshop={w} rubric={rubric} />);
  const out = {
    table: tableNumbers(),
    distributions: distributions(),
    participants: document.querySelector('.participant-count')?.textContent,
    agenda: [...document.querySelectorAll('#agenda-title ~ ol a')].map((a) => a.textContent),
  };
  view.unmount();
  return out;
}

it('a show of hands gives the same group picture as the same answers on individual ballots', () => {
  const base = createWorkshop(DEFAULT_RUBRIC_REF, { networkName: 'Tally net', facilitator: 'Jo' });
  const byBallots = readPicture(withBallots(base, 5));
  const byHands = readPicture(withTallies({ ...base, id: 'other' }, 5));

  expect(byHands).toEqual(byBallots);
  expect(byBallots.participants).toContain('5');
  // The table holds real numbers, not only "not enough answers".
  expect(byBallots.table.flat().some((cell) => /^\d+$/.test(cell))).toBe(true);
  expect(byBallots.agenda.length).toBeGreaterThan(0);
}, 30_000);

it('recording a consensus replaces the median in the group score, and keeps the rationale', async () => {
  const user = userEvent.setup();
  const first = rubric.principles[0]!;
  const divided = first.indicators[1]!;
  // Three people: level 2 everywhere, except the divided indicator (0, 2, 4 → median 2).
  let w = createWorkshop(DEFAULT_RUBRIC_REF, { networkName: 'Consensus net', facilitator: 'Jo' });
  const invitation = invitationFor(w);
  w = {
    ...w,
    ballots: [0, 2, 4].map((level) =>
      createBallot(invitation, {
        round: 1,
        source: 'pass-device',
        answers: Object.fromEntries(indicators.map((ind) => [ind.id, { value: (ind.id === divided.id ? level : 2) as AnswerValue }])),
      }),
    ),
  };
  addWorkshop(w);
  const current = () => useAppStore.getState().workshops[w.id]!;

  const before = render(<PictureView workshop={current()} rubric={rubric} />);
  expect(within(screen.getByRole('row', { name: new RegExp(`^${first.title}`) })).getAllByRole('cell')[0]).toHaveTextContent('50');
  before.unmount();

  const agree = render(<AgreeView workshop={current()} rubric={rubric} />);
  const item = document.getElementById(`agree-${divided.id}`)!;
  expect(item).toHaveAccessibleName(expect.stringContaining(divided.question));
  await user.click(within(item).getByRole('radio', { name: new RegExp(`^${divided.levels[4]!.label}`) }));
  agree.rerender(<AgreeView workshop={current()} rubric={rubric} />);
  await user.type(within(item).getByRole('textbox', { name: 'Rationale' }), 'All four co-ops signed the charter in May.');
  agree.rerender(<AgreeView workshop={current()} rubric={rubric} />);
  expect(current().consensus[divided.id]).toMatchObject({ level: 4, rationale: 'All four co-ops signed the charter in May.' });
  agree.unmount();

  // Mean of 4, 2, 2, 2, 2 = 2.4 → 100 × 2.4 ÷ 4 = 60.
  render(<PictureView workshop={current()} rubric={rubric} />);
  expect(within(screen.getByRole('row', { name: new RegExp(`^${first.title}`) })).getAllByRole('cell')[0]).toHaveTextContent('60');
  expect(screen.getAllByText(/Agreed level/).length).toBeGreaterThan(0);

  // "No consensus yet" takes it away again.
  // Braces: the store's save returns a promise, and an act() left waiting on it would hold back later renders.
  act(() => {
    useAppStore.getState().updateWorkshop(w.id, (x) => ({ ...x, consensus: {} }));
  });
  expect(current().consensus).toEqual({});
}, 30_000);

it('"Most divided" names five questions in plain words, and settled ones move out of the list as consensus is recorded', () => {
  // Seven people. Six questions split them, each differently; everything else is level 2 for all.
  const splits: Record<string, number[]> = {
    [indicators[0]!.id]: [0, 0, 0, 4, 4, 4, 4], // 3 against 4, spread 4
    [indicators[3]!.id]: [1, 1, 1, 3, 3, 3, 3], // 3 against 4, spread 2
    [indicators[7]!.id]: [0, 2, 2, 2, 2, 2, 2], // one person apart, spread 2
    [indicators[9]!.id]: [1, 1, 2, 2, 3, 3, 3], // three camps, spread 2
    [indicators[12]!.id]: [2, 2, 2, 2, 3, 3, 3], // one level apart
    [indicators[20]!.id]: [0, 0, 4, 4, 4, 4, 4], // 2 against 5, spread 4
  };
  let w = createWorkshop(DEFAULT_RUBRIC_REF, { networkName: 'Divided net', facilitator: 'Jo' });
  const invitation = invitationFor(w);
  w = {
    ...w,
    ballots: Array.from({ length: 7 }, (_, person) =>
      createBallot(invitation, {
        round: 1,
        source: 'pass-device',
        answers: Object.fromEntries(indicators.map((ind) => [ind.id, { value: (splits[ind.id]?.[person] ?? 2) as AnswerValue }])),
      }),
    ),
  };
  const region = () => screen.getByRole('region', { name: 'Most divided' });
  const open = () => [...region().querySelectorAll(':scope > ol > li')];

  const view = render(<PictureView workshop={w} rubric={rubric} />);
  expect(within(region()).getByText('0 of 5 settled')).toBeInTheDocument();
  expect(open().map((li) => li.querySelector('a')!.textContent)).toEqual(
    [9, 0, 3, 20, 7].map((i) => `${Math.floor(i / 5) + 1}.${(i % 5) + 1} ${indicators[i]!.question}`),
  );
  const first = indicators[0]!;
  expect(open()[1]).toHaveTextContent(`Split: 3 chose “${first.levels[0]!.label}”, 4 chose “${first.levels[4]!.label}”`);
  expect(open()[1]).toHaveTextContent('Group level (median): 4 · How far apart (spread): 4 levels');
  view.unmount();

  // The room agrees on two of them.
  const agreed = (id: string, level: 0 | 1 | 2 | 3 | 4) => ({ indicatorId: id, level, rationale: '', decidedAt: new Date().toISOString() });
  const settled = { ...w, consensus: { [first.id]: agreed(first.id, 3), [indicators[7]!.id]: agreed(indicators[7]!.id, 2) } };
  render(<PictureView workshop={settled} rubric={rubric} />);
  expect(within(region()).getByText('2 of 5 settled')).toBeInTheDocument();
  expect(open()).toHaveLength(3);
  const settledList = within(region()).getByText('Settled (2)').closest('details')!;
  expect(within(settledList).getAllByRole('listitem').map((li) => li.querySelector('a')!.textContent)).toEqual(
    [0, 7].map((i) => `${Math.floor(i / 5) + 1}.${(i % 5) + 1} ${indicators[i]!.question}`),
  );
  expect(settledList).toHaveTextContent(`Agreed: 3 · ${first.levels[3]!.label}`);
});

it('a shorter session shows its principles left out as "not covered", never as a score', () => {
  const [, second] = rubric.principles;
  const w = withBallots(createWorkshop(DEFAULT_RUBRIC_REF, { networkName: 'Short net', facilitator: 'Jo', principles: [second!.id] }), 3);
  render(<PictureView workshop={w} rubric={rubric} />);
  const rows = tableNumbers();
  expect(rows.slice(1, 6).map((r) => r[0])).toEqual(['not covered this session', rows[2]![0], 'not covered this session', 'not covered this session', 'not covered this session']);
  expect(rows[2]![0]).toMatch(/^\d+$/);
  expect(distributions().filter((d) => d !== 'missing')).toHaveLength(5);
  // One principle makes no radar; a principle left out is never a point at its centre.
  expect(screen.queryByRole('img', { name: /^Radar chart/ })).not.toBeInTheDocument();
});
