// @vitest-environment jsdom
// The trend of a network assessed on an own rubric is read against that rubric: its principles and
// their scores, not the shipped rubric's.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import type { Rubric } from '../../src/core/rubric-schema';
import TrendPage from '../../src/features/trend/trend-page';
import { messages } from '../../src/features/trend/messages';
import { useAppStore } from '../../src/store/store';
import { resetStore } from '../store/reset-store';
import exampleJson from '../../rubrics/examples/housing-federation-health-check.json';

const example = exampleJson as unknown as Rubric;

beforeEach(async () => {
  await resetStore();
});

it('lists the own rubric’s principles for a network assessed on it', () => {
  const s = useAppStore.getState();
  s.addOwnRubric(example);
  const first = s.startAssessment(example, { networkName: 'Vivienda Sur', assessors: '' });
  const networkId = useAppStore.getState().assessments[first]!.networkId;
  for (const ind of example.principles[0]!.indicators) useAppStore.getState().setAnswerValue(first, ind.id, 3);
  render(<TrendPage networkId={networkId} />);
  const table = screen.getByRole('table', { name: messages.tableCaption });
  for (const p of example.principles) expect(within(table).getAllByText(p.title, { exact: false }).length).toBeGreaterThan(0);
  const shipped = FIVE_PRINCIPLES.principles.map((p) => p.title).filter((t) => !example.principles.some((p) => p.title === t));
  for (const t of shipped) expect(within(table).queryByText(t, { exact: false })).toBeNull();
});
