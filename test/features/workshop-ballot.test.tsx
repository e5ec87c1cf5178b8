// @vitest-environment jsdom
// A participant's ballot: the invitation opens it, answers survive a reload, handing in gives a
// link that carries them; passing the device keeps each ballot apart; counting hands saves a tally.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { decodeBallotLink, encodeInvitationLink } from '../../src/core/ballot-link';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import { DEFAULT_RUBRIC_REF } from '../../src/core/default-rubric-ref';
import { invitationFor } from '../../src/core/workshop';
import type { Workshop } from '../../src/core/workshop';
import JoinPage from '../../src/features/workshop/participant/join-page';
import { PassDeviceView } from '../../src/features/workshop/collect/pass-device-view';
import { TallyView } from '../../src/features/workshop/collect/tally-view';
import { useAppStore } from '../../src/store/store';
import { resetStore } from '../store/reset-store';

const rubric = FIVE_PRINCIPLES;
const first = rubric.principles[0]!.indicators[0]!;
let workshop: Workshop;
const current = () => useAppStore.getState().workshops[workshop.id]!;

beforeEach(async () => {
  await resetStore();
  sessionStorage.clear();
  window.scrollTo = () => {}; // jsdom draws no layout; each new screen scrolls to the top
  const id = useAppStore.getState().startWorkshop(DEFAULT_RUBRIC_REF, {
    networkName: 'Ballot net',
    facilitator: 'Amina',
    date: '2025-06-14',
    groups: ['Staff', 'Members'],
  });
  workshop = useAppStore.getState().workshops[id]!;
});

const levelRadio = (level: number, indicator = first) =>
  within(screen.getByRole('radiogroup', { name: indicator.question })).getByRole('radio', { name: new RegExp(`^${indicator.levels[level]!.label}`) });

/** Next, question after question, to the check before handing in. */
async function nextToReview(user: ReturnType<typeof userEvent.setup>) {
  while (!screen.queryByRole('heading', { level: 1, name: 'Check and hand in' })) {
    await user.click(screen.getByRole('button', { name: /^(Next|Check and hand in)$/ }));
  }
}

it('the invitation opens a ballot whose answers survive a reload, and hands in a link carrying them', async () => {
  const user = userEvent.setup();
  const code = encodeInvitationLink(invitationFor(workshop));
  const page = render(<JoinPage code={code} />);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/You’re invited to the Ballot net workshop on .*2025, facilitated by Amina/);
  await user.type(screen.getByRole('textbox', { name: 'Your name (optional)' }), 'Kofi');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Which group do you speak for?' }), 'Members');
  await user.click(screen.getByRole('button', { name: 'Start the questions' }));
  await user.click(levelRadio(3));
  expect(screen.queryByText(/ballots? added|participants/i)).not.toBeInTheDocument();

  // A reload: the page is drawn again from nothing but browser storage.
  page.unmount();
  render(<JoinPage code={code} />);
  expect(levelRadio(3)).toBeChecked();

  await nextToReview(user);
  expect(screen.getByText(/24 questions are still blank/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Hand in my answers' }));

  const link = (screen.getByRole('textbox', { name: 'Ballot link' }) as HTMLTextAreaElement).value;
  expect(link).toContain('#/ballot/b1.');
  const decoded = decodeBallotLink(link);
  expect(decoded.ok && decoded.value).toMatchObject({
    workshopId: workshop.id,
    participant: 'Kofi',
    group: 'Members',
    round: 1,
    answers: { [first.id]: { value: 3 } },
  });
  expect(screen.getByRole('img', { name: /^QR code of your ballot/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Download my ballot file' })).toBeInTheDocument();
  // Nothing went into the facilitator's store on this device.
  expect(current().ballots).toHaveLength(0);
});

it('shows one question per screen, says how long it takes, and comes back to the same question after a reload', async () => {
  const user = userEvent.setup();
  const code = encodeInvitationLink(invitationFor(workshop));
  const page = render(<JoinPage code={code} />);
  expect(screen.getByText('25 questions, about 20 minutes')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Start the questions' }));
  expect(screen.getByText('Question 1 of 25')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(first.question);
  expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  expect(screen.getAllByRole('radiogroup')).toHaveLength(1);
  // The help is one tap away, and the radio group is described by it.
  expect(screen.getByText('More about this question')).toBeInTheDocument();
  expect(screen.getByRole('radiogroup', { name: first.question })).toHaveAccessibleDescription(first.help);
  await user.click(levelRadio(1));
  // Enter on a level goes to the next question, as Next does.
  levelRadio(1).focus();
  await user.keyboard('{Enter}');
  const second = rubric.principles[0]!.indicators[1]!;
  expect(screen.getByText('Question 2 of 25')).toBeInTheDocument();
  await user.click(levelRadio(4, second));

  page.unmount();
  render(<JoinPage code={code} />);
  expect(screen.getByText('Question 2 of 25')).toBeInTheDocument();
  expect(levelRadio(4, second)).toBeChecked();
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(levelRadio(1)).toBeChecked();
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByRole('button', { name: 'Start the questions' })).toBeInTheDocument();
});

it('a shorter session asks only the questions of the principles it covers', async () => {
  const user = userEvent.setup();
  const [, second, , fourth] = rubric.principles;
  const invitation = { ...invitationFor(workshop), principles: [second!.id, fourth!.id] };
  render(<JoinPage code={encodeInvitationLink(invitation)} />);
  expect(screen.getByText('10 questions, about 8 minutes')).toBeInTheDocument();
  expect(screen.getByText(`This session covers 2 of the 5 principles: ${second!.title} and ${fourth!.title}.`, { exact: false })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Start the questions' }));
  expect(screen.getByText('Question 1 of 10')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(second!.indicators[0]!.question);
  const asked: string[] = [];
  while (!screen.queryByRole('heading', { level: 1, name: 'Check and hand in' })) {
    asked.push(screen.getByRole('heading', { level: 1 }).textContent ?? '');
    await user.click(screen.getByRole('button', { name: /^(Next|Check and hand in)$/ }));
  }
  expect(asked).toEqual([...second!.indicators, ...fourth!.indicators].map((ind, i) => `${i < 5 ? 2 : 4}.${(i % 5) + 1} ${ind.question}`));
  expect(screen.getByText('0 of 10 questions answered.')).toBeInTheDocument();
});

it('an anonymous invitation asks for no name; a damaged one says so', () => {
  const anonymous = { ...invitationFor(workshop), anonymous: true };
  const page = render(<JoinPage code={encodeInvitationLink(anonymous)} />);
  expect(screen.queryByRole('textbox', { name: /name/i })).not.toBeInTheDocument();
  expect(screen.getByText(/your ballot carries no name/)).toBeInTheDocument();
  page.unmount();

  render(<JoinPage code="i1.notreally.0000000" />);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This invitation link does not work');
  expect(screen.getByRole('alert')).toHaveTextContent('damaged');
});

it('passing the device keeps each ballot apart and shows nobody the earlier ones', async () => {
  const user = userEvent.setup();
  const view = render(<PassDeviceView workshop={current()} />);
  const rerender = () => view.rerender(<PassDeviceView workshop={current()} />);

  for (const [name, level] of [['Ana', 0], ['Ben', 4]] as const) {
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your turn');
    expect(screen.getByRole('textbox', { name: 'Your name (optional)' })).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: 'Your name (optional)' }), name);
    await user.click(screen.getByRole('button', { name: 'Start the questions' }));
    expect(levelRadio(0)).not.toBeChecked(); // a blank ballot, whatever came before
    expect(levelRadio(4)).not.toBeChecked();
    await user.click(levelRadio(level));
    await nextToReview(user);
    await user.click(screen.getByRole('button', { name: 'Hand in my answers' }));
    rerender();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Thank you — pass the device on');
    expect(document.body.textContent).not.toMatch(/Ana|Ben|median|spread/i);
    await user.click(screen.getByRole('button', { name: 'Next participant' }));
  }
  expect(current().ballots.map((b) => [b.participant, b.source, b.answers[first.id]?.value])).toEqual([
    ['Ana', 'pass-device', 0],
    ['Ben', 'pass-device', 4],
  ]);
});

it('counting hands saves one tally per indicator and round, replaced on each change', async () => {
  const user = userEvent.setup();
  const view = render(<TallyView workshop={current()} rubric={rubric} />);
  const rerender = () => view.rerender(<TallyView workshop={current()} rubric={rubric} />);
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(first.question);

  await user.type(screen.getByRole('spinbutton', { name: first.levels[2]!.label }), '7');
  rerender();
  await user.click(screen.getByRole('button', { name: `One more for ${first.levels[4]!.label}` }));
  rerender();
  await user.click(screen.getByRole('button', { name: "One more for Don't know" }));
  rerender();
  expect(screen.getByText('9 hands counted for this question.')).toBeInTheDocument();
  expect(current().tallies).toEqual([
    { workshopId: workshop.id, round: 1, indicatorId: first.id, counts: [0, 0, 7, 0, 1], notApplicable: 0, dontKnow: 1 },
  ]);

  await user.click(screen.getByRole('button', { name: 'Next indicator' }));
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(rubric.principles[0]!.indicators[1]!.question);
  expect(screen.getByRole('spinbutton', { name: rubric.principles[0]!.indicators[1]!.levels[2]!.label })).toHaveValue(null);
});
