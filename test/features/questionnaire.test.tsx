// @vitest-environment jsdom
// The questionnaire as a user meets it: radio groups named by the question, choices named by their
// level's label, N/A and Don't know, a note, and progress that follows the answers.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import QuestionnairePage from '../../src/features/questionnaire/questionnaire-page';
import { useAppStore } from '../../src/store/store';
import { resetStore } from '../store/reset-store';

const principle = FIVE_PRINCIPLES.principles[0]!;
const [first, second] = principle.indicators;

let id = '';

beforeEach(async () => {
  await resetStore();
  id = useAppStore.getState().startAssessment(FIVE_PRINCIPLES, { networkName: 'Test net', assessors: '' });
});

/** The text a reader sees, without the definitions of glossary terms (shown on demand). */
function shownText(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[role="tooltip"]').forEach((t) => t.remove());
  return copy.textContent ?? '';
}

const answers = () => useAppStore.getState().assessments[id]!.answers;

it('shows the principle with one radio group per indicator, named by its question', () => {
  render(<QuestionnairePage id={id} step={principle.id} />);
  expect(screen.getByRole('heading', { level: 1, name: principle.title })).toBeInTheDocument();
  // Glossary terms in it are buttons, so the text is read whole from its paragraph.
  expect(screen.getAllByRole('paragraph').some((p) => shownText(p) === principle.definition)).toBe(true);
  for (const indicator of principle.indicators) {
    const group = screen.getByRole('radiogroup', { name: indicator.question });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(7);
    indicator.levels.forEach((level, i) =>
      expect(radios[i]).toHaveAccessibleName(expect.stringMatching(new RegExp(`^${level.label.replace(/[()]/g, '.')}`))),
    );
    expect(within(group).getByRole('radio', { name: 'Not applicable' })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: "Don't know" })).toBeInTheDocument();
  }
});

it('records a level, N/A, a note and a cleared answer, and updates progress', async () => {
  const user = userEvent.setup();
  render(<QuestionnairePage id={id} step={principle.id} />);
  const group1 = screen.getByRole('radiogroup', { name: first!.question });
  await user.click(within(group1).getByRole('radio', { name: new RegExp(`^${first!.levels[2]!.label}`) }));
  expect(answers()[first!.id]?.value).toBe(2);

  const group2 = screen.getByRole('radiogroup', { name: second!.question });
  await user.click(within(group2).getByRole('radio', { name: 'Not applicable' }));
  expect(answers()[second!.id]?.value).toBe('na');
  expect(screen.getByText(`2 of ${principle.indicators.length} answered`)).toBeInTheDocument();

  const notes = screen.getAllByRole('textbox', { name: 'Note' });
  expect(notes[0]).toHaveAccessibleDescription(first!.question);
  await user.type(notes[0]!, 'Coopérative «Łódź»');
  expect(answers()[first!.id]).toEqual({ value: 2, note: 'Coopérative «Łódź»' });

  await user.click(screen.getAllByRole('button', { name: 'Clear answer' })[0]!);
  expect(answers()[first!.id]).toEqual({ note: 'Coopérative «Łódź»' });
});

it('can be answered with the keyboard alone', async () => {
  const user = userEvent.setup();
  render(<QuestionnairePage id={id} step={principle.id} />);
  const group1 = screen.getByRole('radiogroup', { name: first!.question });
  within(group1).getAllByRole('radio')[0]!.focus();
  await user.keyboard(' ');
  expect(answers()[first!.id]?.value).toBe(0);
  await user.keyboard('{ArrowDown}{ArrowDown}');
  expect(answers()[first!.id]?.value).toBe(2);
});

it('one question at a time: a choice remembered on this device, each question with its own address', async () => {
  localStorage.clear();
  const user = userEvent.setup();
  const page = render(<QuestionnairePage id={id} step={principle.id} />);
  // A wide screen (jsdom has no phone-sized media) starts with the principle's page.
  expect(screen.getAllByRole('radiogroup')).toHaveLength(principle.indicators.length);
  await user.click(screen.getByRole('checkbox', { name: 'One question at a time' }));
  expect(screen.getAllByRole('radiogroup')).toHaveLength(1);
  expect(screen.getByText('Question 1 of 25')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(first!.question);
  await user.click(within(screen.getByRole('radiogroup', { name: first!.question })).getByRole('radio', { name: new RegExp(`^${first!.levels[2]!.label}`) }));
  expect(answers()[first!.id]?.value).toBe(2);
  expect(screen.getByRole('link', { name: 'Next' })).toHaveAttribute('href', `#/a/${id}/step/${principle.id}/2`);
  expect(screen.queryByRole('link', { name: 'Back' })).not.toBeInTheDocument();
  page.unmount();

  // Its address names the question; the choice is still there the next time.
  render(<QuestionnairePage id={id} step={principle.id} question={2} />);
  expect(screen.getByRole('checkbox', { name: 'One question at a time' })).toBeChecked();
  expect(screen.getByText('Question 2 of 25')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleName(second!.question);
  expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', `#/a/${id}/step/${principle.id}/1`);
  expect(localStorage.getItem('fivefold:question-layout')).toBe('one');
});

it('one question at a time runs on across principles and into the last step', () => {
  localStorage.setItem('fivefold:question-layout', 'one');
  const last = FIVE_PRINCIPLES.principles[4]!;
  const view = render(<QuestionnairePage id={id} step={principle.id} question={5} />);
  expect(screen.getByText('Question 5 of 25')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Next' })).toHaveAttribute('href', `#/a/${id}/step/${FIVE_PRINCIPLES.principles[1]!.id}/1`);
  view.unmount();
  render(<QuestionnairePage id={id} step={last.id} question={5} />);
  expect(screen.getByText('Question 25 of 25')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Next: About the network' })).toHaveAttribute('href', `#/a/${id}/step/about-the-network`);
  localStorage.clear();
});
