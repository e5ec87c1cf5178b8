// Hosting a workshop for the room. Served with serve:room's server, the facilitator's page on the
// laptop (loopback, a secure context) builds invitations on the room's wifi address; a participant's
// phone opens that address over plain http, which is NOT a secure context (no service worker,
// clipboard or camera), and can still answer, hand in, see the QR code and copy the link by hand.
// The wifi address is simulated on loopback: Chromium maps the name room.test to 127.0.0.1, so no
// traffic leaves this machine, yet the page is as insecure as one at http://192.168.x.x.
// Served any other way at 127.0.0.1, Collect warns that phones cannot open the invitation.
import { chromium, expect, test } from '@playwright/test';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import chromiumLaunch from '../scripts/chromium-launch.json' with { type: 'json' };
import { startRoomServer } from '../scripts/serve-room.mjs';
import type { Choice } from './helpers';
import { answerBallot, offOrigin, recordRequests } from './workshop-helpers';

const WIFI_NAME = 'room.test';

test('served for the room: invitations use the wifi address, and a phone on plain http can answer, hand in and copy its link', async ({ browser }) => {
  test.setTimeout(120_000);
  let port = 0;
  const server: Server = await startRoomServer({ dist: 'dist', host: '127.0.0.1', port: 0, addresses: () => [`http://${WIFI_NAME}:${port}/`] });
  port = (server.address() as AddressInfo).port;
  const wifi = `http://${WIFI_NAME}:${port}`;
  const phone = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? chromiumLaunch.executablePath,
    args: [...chromiumLaunch.args, `--host-resolver-rules=MAP ${WIFI_NAME} 127.0.0.1`],
  });
  try {
    // The facilitator, on the laptop itself.
    const laptop = await (await browser.newContext({ baseURL: `http://localhost:${port}/` })).newPage();
    await laptop.goto('./#/w/new');
    await laptop.getByRole('textbox', { name: 'Network name' }).fill('Church Hall Co-op');
    await laptop.getByRole('button', { name: 'Start the workshop' }).click();
    await expect(laptop.getByText(`Invitations use this computer’s address on the room’s wifi, ${wifi}/, so phones on the same wifi can open them.`)).toBeVisible();
    await expect(laptop.getByText(/Phones cannot open this address/)).toHaveCount(0);
    const invitation = await laptop.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    expect(invitation.startsWith(`${wifi}/#/join/i1.`)).toBe(true);

    // A participant's phone on the wifi: plain http at a network name, so not a secure context.
    const context = await phone.newContext({ viewport: { width: 360, height: 740 } });
    const seen = recordRequests(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(invitation);
    expect(
      await page.evaluate(() => ({
        secure: window.isSecureContext,
        serviceWorker: 'serviceWorker' in navigator,
        clipboard: navigator.clipboard === undefined,
        camera: navigator.mediaDevices === undefined,
        randomUUID: 'randomUUID' in crypto,
      })),
    ).toEqual({ secure: false, serviceWorker: false, clipboard: true, camera: true, randomUUID: false });
    await page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Dara');
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await answerBallot(page, (pi, ii): Choice => (pi + ii) % 5);
    await expect(page.getByRole('heading', { level: 1, name: /Thank you/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /^QR code of your ballot \(Dara\)/ })).toBeVisible();

    // No clipboard here: Copy selects the link for the participant to copy by hand.
    const link = await page.getByRole('textbox', { name: 'Ballot link', exact: true }).inputValue();
    expect(link.startsWith(`${wifi}/#/ballot/b1.`)).toBe(true);
    await page.getByRole('button', { name: 'Copy the link' }).click();
    await expect(page.getByText(/This browser did not allow copying\. The link is selected in the box/)).toBeVisible();
    const selected = await page.evaluate(() => {
      const box = document.activeElement as HTMLTextAreaElement;
      return box.value.slice(box.selectionStart, box.selectionEnd);
    });
    expect(selected).toBe(link);
    expect(errors).toEqual([]);
    expect(offOrigin(seen, wifi)).toEqual([]);

    // The facilitator gets the ballot the participant copied by hand.
    await laptop.getByRole('textbox', { name: 'Ballot links' }).fill(selected);
    await laptop.getByRole('button', { name: 'Add ballots' }).click();
    await expect(laptop.getByRole('status').filter({ hasText: '1 ballot added.' })).toBeVisible();
    await expect(laptop.locator('.roster .participant-count')).toHaveText('1 handed in');
    await expect(laptop.getByRole('list', { name: 'Ballots handed in' })).toHaveText('Dara');
  } finally {
    await phone.close();
    await new Promise((done) => server.close(done));
  }
});

test('served at 127.0.0.1 without the room server, Collect warns that phones cannot open the invitation', async ({ page }) => {
  await page.goto('./#/w/new');
  await page.getByRole('textbox', { name: 'Network name' }).fill('Church Hall Co-op');
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  const host = new URL(page.url()).host;
  await expect(page.getByText(`Phones cannot open this address: ${host} is this computer’s own name for itself`)).toBeVisible();
  await expect(page.getByText('npm run serve:room', { exact: true })).toBeVisible();
});

test('a facilitator’s page at the wifi address (plain http) says at once that the camera works only at localhost, and the other ways are there', async () => {
  let port = 0;
  const server: Server = await startRoomServer({ dist: 'dist', host: '127.0.0.1', port: 0, addresses: () => [`http://${WIFI_NAME}:${port}/`] });
  port = (server.address() as AddressInfo).port;
  const wifi = `http://${WIFI_NAME}:${port}`;
  const second = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? chromiumLaunch.executablePath,
    args: [...chromiumLaunch.args, `--host-resolver-rules=MAP ${WIFI_NAME} 127.0.0.1`, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  try {
    const page = await (await second.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    await page.goto(`${wifi}/#/w/new`);
    await page.getByRole('textbox', { name: 'Network name' }).fill('Church Hall Co-op');
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    const card = page.getByRole('region', { name: 'Scan ballots' });
    await expect(card).toContainText('The camera cannot be used at this address.');
    await expect(card).toContainText(`this page is at ${wifi}.`);
    await expect(card).toContainText(`open http://localhost:${port}/ on the laptop that serves the app`);
    await expect(card).toContainText('Links, files, passing this device round and counting hands all still work');
    await expect(page.getByRole('button', { name: 'Scan ballots with the camera' })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Ballot links' })).toBeEditable();
    await expect(page.getByRole('button', { name: 'Add ballots' })).toBeVisible();
  } finally {
    await second.close();
    await new Promise((done) => server.close(done));
  }
});
