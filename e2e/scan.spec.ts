// Scanning ballots with the facilitator's camera. Three participants hand in on their own browsers;
// the QR codes their screens show are filmed into a fake camera (a Y4M video made here from their
// screenshots) for a separate Chromium, where the facilitator scans them: three ballots in, the
// roster at "3 of 3", and the group picture the same as from the same ballots pasted as links.
// With the camera refused, the facilitator is told so and pasting links still works.
import { chromium, expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import chromiumLaunch from '../scripts/chromium-launch.json' with { type: 'json' };
import { handHeldSequence, readQr, screenshotGrey, writeY4m } from './camera-helpers';
import type { GreyImage } from './camera-helpers';
import { rubric } from './helpers';
import type { Choice } from './helpers';
import { answerBallot, appOrigin, offOrigin, recordRequests } from './workshop-helpers';

const NETWORK = 'Hall Street Co-op Network';
const PEOPLE = [
  { name: 'Ana', group: 'Staff' },
  { name: 'Ben', group: 'Members' },
  { name: 'Chidi', group: 'Members' },
];
const NOTE_ON = rubric.principles[1]!.indicators[2]!;

function plan(person: number) {
  return (pi: number, ii: number): Choice => {
    if (pi === 2 && ii === 1) return [0, 2, 4][person]!;
    if (pi === 0 && ii === 0) return [1, 2, 3][person]!;
    if (pi === 4 && ii === 4) return person === 2 ? 'dk' : 'na';
    return (pi + ii + person) % 5;
  };
}

function launchArgs(extra: string[]) {
  return { executablePath: process.env.CHROMIUM_PATH ?? chromiumLaunch.executablePath, args: [...chromiumLaunch.args, ...extra] };
}

/** Sets up the workshop, expecting `expected` people; returns the invitation and the workshop file (no ballots yet). */
async function setUp(page: Page, expected: number): Promise<{ invitation: string; file: string }> {
  await page.goto('./#/w/new');
  await page.getByRole('textbox', { name: 'Network name' }).fill(NETWORK);
  await page.getByRole('textbox', { name: 'Facilitator' }).fill('Amina');
  await page.getByRole('spinbutton', { name: 'Expected participants' }).fill(String(expected));
  for (const [i, group] of ['Staff', 'Members'].entries()) {
    await page.getByRole('button', { name: 'Add a group' }).click();
    await page.getByRole('textbox', { name: `Group ${i + 1}`, exact: true }).fill(group);
  }
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collect' })).toBeVisible();
  await expect(page.locator('.roster .participant-count')).toHaveText(`0 of ${expected} handed in`);
  const invitation = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the workshop (JSON)' }).click();
  const file = test.info().outputPath('workshop.json');
  await (await download).saveAs(file);
  return { invitation, file };
}

interface HandedIn {
  link: string;
  code: string;
  qr: GreyImage;
}

/** One participant in a browser context of their own, up to the hand-in screen. */
async function participate(browser: Browser, invitation: string, person: number): Promise<HandedIn> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(invitation);
  await page.getByRole('textbox', { name: 'Your name (optional)' }).fill(PEOPLE[person]!.name);
  await page.getByRole('combobox', { name: 'Which group do you speak for?' }).selectOption(PEOPLE[person]!.group);
  await page.getByRole('button', { name: 'Start the questions' }).click();
  // Ana writes a note, which the code leaves out: her screen says so.
  await answerBallot(page, plan(person), person === 0 ? { [NOTE_ON.id]: 'Only the bakery’s contract is signed — Łódź’s lapsed.' } : {});
  await expect(page.getByRole('heading', { level: 1, name: /Thank you/ })).toBeVisible();
  const image = page.getByRole('img', { name: new RegExp(`^QR code of your ballot \\(${PEOPLE[person]!.name}\\)`) });
  await expect(image).toBeVisible();
  const notes = page.getByText('Your notes are not in the QR code; send the link or file too if you want the facilitator to have them.');
  if (person === 0) await expect(notes).toBeVisible();
  else await expect(notes).toHaveCount(0);
  const link = await page.getByRole('textbox', { name: 'Ballot link', exact: true }).inputValue();
  const qr = await screenshotGrey(image, 220);
  await context.close();
  const [code] = readQr(qr);
  expect(code, 'the QR code on the participant’s screen reads as a ballot code').toMatch(/^FFB1\.[0-9A-Z $%*+\-./:]+$/);
  return { link, code: code!, qr };
}

/** Opens the exported workshop file in a fresh browser context, from the start page. */
async function openWorkshopFile(context: BrowserContext, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('./#/');
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'workshop.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await page.getByRole('link', { name: 'Open the workshop', exact: true }).click();
  await page.getByRole('link', { name: 'Collect', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collect' })).toBeVisible();
  return page;
}

/** The group picture as the facilitator reads it (the workshop's page, without the app's notices). */
async function groupPicture(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Group picture', exact: true }).click();
  await expect(page.getByRole('table', { name: /Group scores by principle/ })).toBeVisible();
  // The whole picture, not its first frame: the agenda and the radar draw just after the scores.
  await expect(page.getByRole('heading', { name: 'Most divided' })).toBeVisible();
  await expect(page.locator('.chart__canvas svg').first()).toBeVisible();
  return page.locator('.page--workshop').innerText();
}

test('three ballots scanned from the participants’ screens with a fake camera: all in, 3 of 3, the same picture as by link', async ({ browser, page }) => {
  test.setTimeout(240_000);
  const { invitation, file } = await setUp(page, 3);
  const handedIn: HandedIn[] = [];
  for (const person of [0, 1, 2]) handedIn.push(await participate(browser, invitation, person));

  const video = test.info().outputPath('camera.y4m');
  writeY4m(video, handHeldSequence(handedIn.map((h) => h.qr)));
  expect(existsSync(video)).toBe(true);

  const camera = await chromium.launch(
    launchArgs(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`]),
  );
  try {
    const context = await camera.newContext({ baseURL: test.info().project.use.baseURL, permissions: ['camera'] });
    const seen = recordRequests(context);
    await context.addInitScript(() => {
      // Anything the Content-Security-Policy blocks (the decoder's worker included) is a bug to see.
      (globalThis as unknown as { csp: string[] }).csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (globalThis as unknown as { csp: string[] }).csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      // Counts the scanner's ticks as they are played.
      const start = OscillatorNode.prototype.start;
      (globalThis as unknown as { ticks: number }).ticks = 0;
      OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
        (globalThis as unknown as { ticks: number }).ticks += 1;
        return start.apply(this, args);
      };
    });
    const facilitator = await openWorkshopFile(context, file);
    const roster = facilitator.locator('.roster .participant-count');
    await expect(roster).toHaveText('0 of 3 handed in');

    await facilitator.getByRole('button', { name: 'Scan ballots with the camera' }).click();
    await expect(facilitator.getByRole('button', { name: 'Stop camera' })).toBeFocused();
    await expect(roster).toHaveText('3 of 3 handed in', { timeout: 60_000 });
    const names = facilitator.getByRole('list', { name: 'Ballots handed in' }).getByRole('listitem');
    await expect(names).toHaveText(['Ana', 'Ben', 'Chidi']);
    await expect(facilitator.getByText(/^3 ballots added$/)).toBeVisible();
    // The roster is above, out of view while scanning; the scanner says it too.
    await expect(facilitator.locator('.scanner__roster')).toHaveText('3 of 3 handed in');
    await expect.poll(() => facilitator.evaluate(() => (globalThis as unknown as { ticks: number }).ticks)).toBeGreaterThanOrEqual(3);

    // The video loops: shown again, a ballot is noted as already in and not counted twice.
    await expect(facilitator.getByRole('status').filter({ hasText: /ballot is already in; it counts once\. 3 ballots added\./ })).toBeVisible({ timeout: 30_000 });
    // …and it looks different from a new one: no green tick, an amber "=" (nothing new was added).
    await expect(facilitator.locator('.scanner__tick[data-outcome="duplicate"]')).toHaveText('=');
    await expect(roster).toHaveText('3 of 3 handed in');
    await facilitator.getByRole('button', { name: 'Stop camera' }).click();
    await expect(facilitator.getByRole('button', { name: 'Scan ballots with the camera' })).toBeFocused();
    await expect(facilitator.locator('video')).toHaveCount(0);

    const scannedPicture = await groupPicture(facilitator);

    // Ana's link after her code: her note comes in, and she still counts once.
    await facilitator.getByRole('link', { name: 'Collect', exact: true }).click();
    await facilitator.getByRole('textbox', { name: 'Ballot links' }).fill(handedIn.map((h) => h.link).join('\n'));
    await facilitator.getByRole('button', { name: 'Add ballots' }).click();
    await expect(facilitator.getByRole('status').filter({ hasText: 'No ballot added.' })).toContainText(
      '1 scanned earlier now has its notes and full name. 2 were already there and are not counted twice.',
    );
    await expect(roster).toHaveText('3 of 3 handed in');
    expect(offOrigin(seen, appOrigin())).toEqual([]);
    expect(await facilitator.evaluate(() => (globalThis as unknown as { csp: string[] }).csp), 'Content-Security-Policy violations').toEqual([]);

    // The same ballots by link, in a fresh copy of the workshop: the same group picture.
    const byLink = await openWorkshopFile(await browser.newContext(), file);
    await byLink.getByRole('textbox', { name: 'Ballot links' }).fill(handedIn.map((h) => h.link).join('\n'));
    await byLink.getByRole('button', { name: 'Add ballots' }).click();
    await expect(byLink.getByRole('status').filter({ hasText: '3 ballots added.' })).toBeVisible();
    await expect(byLink.locator('.roster .participant-count')).toHaveText('3 of 3 handed in');
    expect(await groupPicture(byLink)).toBe(scannedPicture);
  } finally {
    await camera.close();
  }
});

test('with the camera refused, the facilitator is told so and can still paste ballot links', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const { invitation, file } = await setUp(page, 2);
  const { link } = await participate(browser, invitation, 1);

  // A camera exists, but no permission is granted and no prompt is answered: the browser refuses.
  const camera = await chromium.launch(launchArgs(['--use-fake-device-for-media-stream']));
  try {
    const facilitator = await openWorkshopFile(await camera.newContext({ baseURL: test.info().project.use.baseURL }), file);
    await facilitator.getByRole('button', { name: 'Scan ballots with the camera' }).click();
    const alert = facilitator.getByRole('alert');
    await expect(alert).toContainText('The camera was not allowed.');
    await expect(alert).toContainText('Links, files, passing this device round and counting hands all still work');
    await expect(facilitator.getByRole('button', { name: 'Scan ballots with the camera' })).toBeFocused();

    await facilitator.getByRole('textbox', { name: 'Ballot links' }).fill(link);
    await facilitator.getByRole('button', { name: 'Add ballots' }).click();
    await expect(facilitator.getByRole('status').filter({ hasText: '1 ballot added.' })).toBeVisible();
    await expect(facilitator.locator('.roster .participant-count')).toHaveText('1 of 2 handed in');
    await expect(facilitator.getByRole('list', { name: 'Ballots handed in' })).toHaveText('Ben');
  } finally {
    await camera.close();
  }
});
