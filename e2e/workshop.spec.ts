// A facilitated workshop with no server: three participants answer on their own browsers and hand
// back ballots as links and a file; the facilitator imports them, sees the room divided in the
// right order, records a consensus, reloads and finds it all there. A ballot link also works
// offline without a single request leaving the app's origin, and a tampered one is refused.
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y-helpers';
import { rubric } from './helpers';
import type { Choice } from './helpers';
import { answerBallot, appOrigin, offOrigin, recordRequests, setUpWorkshop, waitForServiceWorker } from './workshop-helpers';
import type { SeenRequest } from './workshop-helpers';

const NETWORK = 'Riverside Co-op Network';
// The most divided indicator (levels 0, 2, 4: spread 4), placed mid-rubric so order is tested.
const MOST_DIVIDED = rubric.principles[2]!.indicators[1]!;
// Divided too, but less (levels 1, 2, 3: spread 2), and earlier in the rubric.
const LESS_DIVIDED = rubric.principles[0]!.indicators[0]!;

function plan(person: number) {
  return (pi: number, ii: number): Choice => {
    const id = rubric.principles[pi]!.indicators[ii]!.id;
    if (id === MOST_DIVIDED.id) return [0, 2, 4][person]!;
    if (id === LESS_DIVIDED.id) return [1, 2, 3][person]!;
    if (pi === 4 && ii === 4) return person === 2 ? 'dk' : 3;
    return 2;
  };
}

interface Participant {
  name: string;
  group: string;
  handIn: 'link' | 'file';
}

/** One participant in a browser of their own: opens the invitation, answers, hands in. */
async function participate(browser: Browser, invitation: string, person: number, who: Participant, seen: SeenRequest[][]) {
  const context = await browser.newContext();
  seen.push(recordRequests(context));
  const page = await context.newPage();
  await page.goto(invitation);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^You’re invited to the Riverside Co-op Network workshop on .+, facilitated by Amina$/);
  await page.getByRole('textbox', { name: 'Your name (optional)' }).fill(who.name);
  if (who.group) await page.getByRole('combobox', { name: 'Which group do you speak for?' }).selectOption(who.group);
  if (person === 0) await expectNoAxeViolations(page, 'join page');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  if (person === 0) await expectNoAxeViolations(page, 'ballot, first question');
  await answerBallot(page, plan(person));
  await expect(page.getByRole('heading', { level: 1, name: /Thank you/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^QR code of your ballot/ })).toBeVisible();
  if (person === 0) await expectNoAxeViolations(page, 'ballot handed in');
  let result: string;
  if (who.handIn === 'link') {
    result = await page.getByRole('textbox', { name: 'Ballot link', exact: true }).inputValue();
    expect(result).toContain('#/ballot/b1.');
  } else {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my ballot file' }).click();
    result = test.info().outputPath(`ballot-${person}.json`);
    await (await download).saveAs(result);
  }
  await context.close();
  return result;
}

async function participantCount(page: Page) {
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  return page.locator('.participant-count__number').innerText();
}

test('three participants, ballots by link and file, the agenda in order, a consensus that survives a reload', async ({ browser, page }) => {
  test.setTimeout(180_000);
  // The facilitator's side too: setting up, importing ballots and presenting stay on this origin.
  const facilitatorSeen = recordRequests(page.context());
  const invitation = await setUpWorkshop(page, { networkName: NETWORK, facilitator: 'Amina', groups: ['Staff', 'Members'] });
  await expectNoAxeViolations(page, 'collect');

  const people: Participant[] = [
    { name: 'Ana', group: 'Staff', handIn: 'link' },
    { name: 'Ben', group: 'Staff', handIn: 'link' },
    { name: 'Chidi', group: 'Members', handIn: 'file' },
  ];
  const seen: SeenRequest[][] = [];
  const [linkA, linkB, file] = [
    await participate(browser, invitation, 0, people[0]!, seen),
    await participate(browser, invitation, 1, people[1]!, seen),
    await participate(browser, invitation, 2, people[2]!, seen),
  ];
  expect(offOrigin(seen.flat(), appOrigin()), 'requests that left the origin during the participants’ flow').toEqual([]);

  await page.getByRole('textbox', { name: 'Ballot links' }).fill(`${linkA}\n\n${linkB}\n${linkA}`);
  await page.getByRole('button', { name: 'Add ballots' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText('2 ballots added. 1 was already there and is not counted twice.');
  const picker = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Drop ballot files here/ }).click();
  await (await picker).setFiles(file!);
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText('1 ballot added.');

  expect(await participantCount(page)).toBe('3');
  await expect(page.getByText('participants in round 1')).toBeVisible();

  await page.getByRole('link', { name: 'Group picture' }).click();
  const divided = page.getByRole('region', { name: 'Most divided' });
  const agenda = divided.getByRole('listitem');
  await expect(divided.getByText('0 of 2 settled')).toBeVisible();
  await expect(agenda).toHaveCount(2);
  await expect(agenda.nth(0)).toContainText(MOST_DIVIDED.question);
  await expect(agenda.nth(0)).toContainText(
    `Split: 1 chose “${MOST_DIVIDED.levels[0]!.label}”, 1 chose “${MOST_DIVIDED.levels[2]!.label}”, 1 chose “${MOST_DIVIDED.levels[4]!.label}”`,
  );
  await expect(agenda.nth(0)).toContainText('Group level (median): 2 · How far apart (spread): 4 levels');
  await expect(agenda.nth(0)).toContainText('Disagreement');
  await expect(agenda.nth(1)).toContainText(LESS_DIVIDED.question);
  await expectNoAxeViolations(page, 'group picture');

  await agenda.nth(0).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Discuss & agree' })).toBeVisible();
  const item = page.getByRole('region', { name: MOST_DIVIDED.question });
  await expect(item.getByRole('heading', { level: 3 })).toBeFocused();
  await item.getByRole('radio', { name: new RegExp(`^${MOST_DIVIDED.levels[3]!.label}`) }).check();
  const rationale = 'We fund two start-ups a year; the rules are written but rarely used.';
  await item.getByRole('textbox', { name: 'Rationale' }).fill(rationale);
  await expect(item.getByText(/^Saved\./)).toBeVisible();
  await expectNoAxeViolations(page, 'discuss and agree');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Discuss & agree' })).toBeVisible();
  const again = page.getByRole('region', { name: MOST_DIVIDED.question });
  await expect(again.getByRole('radio', { name: new RegExp(`^${MOST_DIVIDED.levels[3]!.label}`) })).toBeChecked();
  await expect(again.getByRole('textbox', { name: 'Rationale' })).toHaveValue(rationale);
  expect(await participantCount(page)).toBe('3');

  // The agreed level shows in the group picture beside the median, and the question is settled.
  await page.getByRole('link', { name: 'Group picture' }).click();
  await expect(page.getByRole('article', { name: MOST_DIVIDED.question })).toContainText(`Agreed level: 3 · ${MOST_DIVIDED.levels[3]!.label} (median 2)`);
  await expect(divided.getByText('1 of 2 settled')).toBeVisible();
  await expect(divided.getByRole('list').first().getByRole('listitem')).toHaveCount(1);
  await divided.getByText('Settled (1)').click();
  await expect(divided.locator('details').getByRole('listitem')).toContainText(`Agreed: 3 · ${MOST_DIVIDED.levels[3]!.label}`);

  // Two staff members are fewer than three: their group is hidden.
  await page.getByRole('link', { name: 'Compare groups' }).click();
  await expect(page.getByRole('columnheader', { name: /^Staff/ })).toContainText('hidden (fewer than 3 people)');
  await expectNoAxeViolations(page, 'compare groups');

  // The presenter: one slide at a time, answers hidden until revealed, driven by the keyboard.
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page.getByRole('heading', { level: 1, name: rubric.principles[0]!.title })).toBeVisible();
  await expect(page.getByText(/^Keys:/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: LESS_DIVIDED.question })).toBeVisible();
  const answers = page.getByRole('list', { name: `Answers to: ${LESS_DIVIDED.question}` });
  await expect(answers).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(answers).toBeVisible();
  await expect(page.getByText('How far apart (spread): 2 levels (from 1 to 3)')).toBeVisible();
  await expectNoAxeViolations(page, 'presenter, revealed');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 1, name: rubric.principles[0]!.title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Group picture' })).toBeVisible();
  expect(offOrigin(facilitatorSeen, appOrigin()), 'requests that left the origin on the facilitator’s side').toEqual([]);
  expect(facilitatorSeen.length).toBeGreaterThan(0);
});

test('a ballot link made offline works with no network, and nothing leaves the origin', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const invitation = await setUpWorkshop(page, { networkName: NETWORK, facilitator: 'Amina' });

  const context = await browser.newContext();
  const seen = recordRequests(context);
  const participant = await context.newPage();
  await participant.goto('./');
  await waitForServiceWorker(participant);

  await context.setOffline(true);
  await participant.goto(invitation);
  await participant.reload(); // a full load of the invitation with the network off
  await expect(participant.getByRole('heading', { level: 1 })).toContainText('You’re invited to the Riverside Co-op Network workshop');
  await participant.getByRole('button', { name: 'Start the questions' }).click();
  await answerBallot(participant, plan(0));
  const link = await participant.getByRole('textbox', { name: 'Ballot link', exact: true }).inputValue();

  // Opening the link itself, offline: it explains whom it is for, from the link alone.
  await participant.goto(link);
  await participant.reload();
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText('A workshop ballot');
  await expect(participant.getByText(/holds your ballot for the Riverside Co-op Network workshop .* meant for Amina/)).toBeVisible();
  await participant.waitForTimeout(500);
  expect(seen.length).toBeGreaterThan(0);
  expect(offOrigin(seen, appOrigin()), 'requests that left the origin').toEqual([]);
  await context.close();

  // The facilitator opens the same link: the ballot can be added.
  await page.goto(link);
  await page.getByRole('button', { name: `Add this ballot to ${NETWORK}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added. The workshop now has 1 ballot.');
});

test('a tampered ballot link is refused with a message and changes nothing', async ({ browser, page }) => {
  const invitation = await setUpWorkshop(page, { networkName: NETWORK, facilitator: 'Amina' });
  const seen: SeenRequest[][] = [];
  const link = await participate(browser, invitation, 1, { name: 'Dee', group: '', handIn: 'link' }, seen);
  // One character of the packed answers changed, as a mangled copy-and-paste would.
  const at = link.indexOf('b1.') + 20;
  const tampered = link.slice(0, at) + (link[at] === 'x' ? 'y' : 'x') + link.slice(at + 1);

  await page.getByRole('textbox', { name: 'Ballot links' }).fill(tampered);
  await page.getByRole('button', { name: 'Add ballots' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('1 ballot could not be added');
  await expect(alert).toContainText('Line 1: The link is damaged or incomplete');
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText('No ballot added.');
  expect(await participantCount(page)).toBe('0');

  // The same link opened directly says so too.
  await page.goto(tampered);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This ballot link does not work');
  await expect(page.getByRole('alert')).toContainText('damaged');
});
