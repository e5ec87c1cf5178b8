// @vitest-environment jsdom
// The print view of a workshop report shows what the PDF and Markdown show, in the same words: the
// group's picture, the agenda, the agreed level with its rationale, and each question's first round.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildWorkshopReportModel } from '../../src/core/workshop-report';
import ReportPage from '../../src/features/report/report-page';
import { notCoveredText, reportText } from '../../src/export/report-text';
import { participantsLine, roundLine, workshopText as wt } from '../../src/export/workshop-text';
import { useAppStore } from '../../src/store/store';
import { resetStore } from '../store/reset-store';
import { WORKSHOP_RATIONALE, sampleWorkshop } from '../fixtures/sample-workshop';

const workshop = sampleWorkshop();
const model = buildWorkshopReportModel(FIVE_PRINCIPLES, workshop);
const ws = model.workshop!;

beforeEach(async () => {
  await resetStore();
  useAppStore.setState({ workshops: { [workshop.id]: workshop } });
});

it('shows the workshop’s report with the group’s picture', () => {
  const { container } = render(<ReportPage workshopId={workshop.id} />);
  expect(screen.getByRole('heading', { level: 1, name: workshop.networkName })).toBeInTheDocument();
  expect(screen.getByText('Facilitated workshop with 3 participants (facilitator: Mercè Puig)')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: wt.groupPicture })).toBeInTheDocument();
  expect(screen.getByText(participantsLine(ws))).toBeInTheDocument();

  const table = screen.getByRole('table', { name: wt.distribution });
  const rows = within(table).getAllByRole('row');
  expect(rows).toHaveLength(26);
  expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
    'How much of the regular co-operation in your network is covered by written agreements that last beyond a single deal?',
    ...['1', '0', '1', '0', '1', '0', '0'],
    '2',
    '4',
    'Disagreement',
  ]);

  const agenda = screen.getByRole('heading', { name: wt.disagreed }).nextElementSibling!.nextElementSibling!;
  expect(within(agenda as HTMLElement).getAllByRole('listitem').map((li) => li.textContent?.slice(0, 3))).toEqual(['1.1', '4.2']);
  expect(container.textContent).toContain(roundLine(ws, ws.agenda[1]!));
  // The rationale under “What the group agreed” and under its question, line breaks kept.
  expect(screen.getAllByText((_, el) => el?.tagName === 'P' && el.textContent === `${wt.rationale}: ${WORKSHOP_RATIONALE}`)).toHaveLength(2);
  // In its principle's section, once: the report has no appendix repeating the answers.
  expect(screen.getAllByText('Median 1.5 (between level 1: Discussed, not counted and level 2: Counted, no action)')).toHaveLength(1);
  expect(screen.getByText('Zofia Wójcik (worker-members):')).toBeInTheDocument();
});

it('says so when the workshop is not on this device', () => {
  render(<ReportPage workshopId="missing" />);
  expect(screen.getByRole('heading', { level: 1, name: 'This workshop is not on this device' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '#/');
});

it('says which principles a shorter session did not cover, with no score for them and no section of their own', () => {
  const [first, second] = FIVE_PRINCIPLES.principles;
  const session = { ...workshop, principles: [second!.id] };
  useAppStore.setState({ workshops: { [workshop.id]: session } });
  render(<ReportPage workshopId={workshop.id} />);
  const sentence = notCoveredText(buildWorkshopReportModel(FIVE_PRINCIPLES, session))!;
  expect(sentence).toMatch(/^This session covered 1 of the 5 principles\. Not covered: /);
  expect(screen.getByText(sentence)).toBeInTheDocument();
  const scores = screen.getByRole('table', { name: reportText.scoresTable });
  const row = within(scores).getByRole('row', { name: new RegExp(`^${first!.title}`) });
  expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['not covered', '–', '–']);
  expect(screen.queryByRole('heading', { level: 2, name: `1. ${first!.title}` })).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: `2. ${second!.title}` })).toBeInTheDocument();
  expect(within(screen.getByRole('table', { name: wt.distribution })).getAllByRole('row')).toHaveLength(6);
});
