// @vitest-environment jsdom
// "Since the last assessment": what became of last time's plan, in the Markdown report and the print
// view, in the PDF's words (the PDF itself is read back in pdf-plan.test.ts).
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { buildReportModel } from '../../src/core/report-model';
import { buildMarkdown } from '../../src/export/markdown/build-markdown';
import { formatDueDate, lastPlanLine, reportText as t } from '../../src/export/report-text';
import ReportPage from '../../src/features/report/report-page';
import { useAppStore } from '../../src/store/store';
import { lastYearAssessment, plannedAssessment, reviewedLastYear } from '../fixtures/sample-plan';
import { resetStore } from '../store/reset-store';

const NOW = new Date('2026-03-15T10:00:00Z');
const current = plannedAssessment();
const previous = reviewedLastYear();
const heading = t.lastPlan(formatDueDate(previous.assessedOn));

describe('the Markdown report', () => {
  const md = buildMarkdown(buildReportModel(FIVE_PRINCIPLES, current, NOW, previous));

  it('follows the action plan with last time’s: done with who and when, dropped, and the count still open', () => {
    const at = md.indexOf(`### ${heading}`);
    expect(at).toBeGreaterThan(md.indexOf(`## ${t.actionPlan}`));
    expect(at).toBeLessThan(md.indexOf(`## ${t.priorities}`));
    const part = md.slice(at, md.indexOf(`## ${t.priorities}`));
    expect(part).toContain(`**${t.lastPlanDone}**\n\n- Sign the bakery’s supply contract — «Łódź» too — Zoë Ærø (done ${formatDueDate('2025-10-02')})`);
    expect(part).toContain(`**${t.lastPlanDropped}**\n\n- Hire a shared bookkeeper\n`);
    expect(part).toContain('2 actions from last time are still open.');
    // Open actions are counted, not listed: this time's plan already shows the ones carried on.
    expect(part).not.toContain('handbook');
  });

  it('has no such part for a first assessment or a previous one without a plan', () => {
    expect(buildMarkdown(buildReportModel(FIVE_PRINCIPLES, current, NOW, null))).not.toContain('### Since the last assessment');
    expect(buildMarkdown(buildReportModel(FIVE_PRINCIPLES, current, NOW, lastYearAssessment()))).not.toContain('### Since the last assessment');
  });
});

describe('the print view', () => {
  beforeEach(async () => {
    await resetStore();
    useAppStore.setState({ assessments: { [current.id]: current, [previous.id]: previous } });
  });

  it('shows last time’s plan under this time’s, with the users’ words as typed', () => {
    render(<ReportPage assessmentId={current.id} />);
    expect(screen.getByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
    const done = screen.getByText(lastPlanLine({ ...previous.actions[0]!, doneOn: '2025-10-02' }));
    expect(done.tagName).toBe('LI');
    expect(screen.getByText('Hire a shared bookkeeper').tagName).toBe('LI');
    expect(screen.getByText('2 actions from last time are still open.')).toBeInTheDocument();
  });
});
