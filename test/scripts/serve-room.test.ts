// npm run serve:room: the addresses it offers phones (the wifi first, containers and VPNs last),
// the QR code it draws in the terminal (read back by a QR decoder), and the server itself on
// loopback: the app, /room.json for invitations, nothing outside dist/, only GET and HEAD.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import type { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { binarize, Decoder, Detector, grayscale } from '@nuintun/qrcode';
import { roomAddresses, startRoomServer, terminalQr } from '../../scripts/serve-room.mjs';

const entry = (address: string, internal = false) => ({ address, family: 'IPv4', internal, netmask: '', mac: '', cidr: null });

describe('roomAddresses', () => {
  it('puts the wifi address first, then containers and VPNs, and leaves out loopback and IPv6', () => {
    const interfaces = {
      lo: [entry('127.0.0.1', true)],
      docker0: [entry('172.17.0.1')],
      tailscale0: [entry('100.101.102.103')],
      wlp2s0: [entry('192.168.1.20'), { ...entry('fe80::1'), family: 'IPv6' }],
    };
    expect(roomAddresses(interfaces as unknown as ReturnType<typeof networkInterfaces>, 4180)).toEqual(['http://192.168.1.20:4180/', 'http://172.17.0.1:4180/', 'http://100.101.102.103:4180/']);
    expect(roomAddresses({ lo: [entry('127.0.0.1', true)] } as unknown as ReturnType<typeof networkInterfaces>, 4180)).toEqual([]);
  });
});

describe('terminalQr', () => {
  it('draws a code a phone can read: two module rows a line, dark on light', () => {
    const url = 'http://192.168.1.20:4180/';
    const lines = terminalQr(url, { colour: false });
    // Back to pixels, 4 per module, and through a QR decoder.
    const size = 4;
    const width = [...lines[0]!].length * size;
    const height = lines.length * 2 * size;
    const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
    lines.forEach((line, row) =>
      [...line].forEach((ch, col) => {
        const dark = [ch === '█' || ch === '▀', ch === '█' || ch === '▄'];
        dark.forEach((d, half) => {
          if (!d) return;
          for (let y = 0; y < size; y++)
            for (let x = 0; x < size; x++) {
              const i = (((row * 2 + half) * size + y) * width + col * size + x) * 4;
              rgba.set([0, 0, 0, 255], i);
            }
        });
      }),
    );
    const bits = binarize(grayscale({ data: rgba, width, height } as ImageData), width, height);
    const found = new Detector().detect(bits).next().value;
    expect(found).toBeDefined();
    expect(new Decoder().decode(found!.matrix).content).toBe(url);
    // In colour, each line is black on white, whatever the terminal's own colours.
    const coloured = terminalQr(url)[0]!;
    expect(coloured.startsWith('\u001b[30;47m') && coloured.endsWith('\u001b[0m')).toBe(true);
  });
});

describe('the room server', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'fivefold-room-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Fivefold</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(tmpdir(), 'outside-room.txt'), 'secret');
    server = await startRoomServer({ dist, host: '127.0.0.1', port: 0, addresses: () => ['http://192.168.1.20:4180/'] });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves the app, its assets and the address for invitations', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>Fivefold</title>');
    const asset = await fetch(`${base}/assets/app-1234.js`);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect(await (await fetch(`${base}/room.json`)).json()).toEqual({ addresses: ['http://192.168.1.20:4180/'] });
  });

  it('serves nothing outside dist/, and nothing but GET and HEAD', async () => {
    for (const path of ['/../outside-room.txt', '/%2e%2e/outside-room.txt', '/assets/../../outside-room.txt', '/missing.js']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
    expect((await fetch(`${base}/`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(`${base}/some/page`)).status).toBe(200);
  });
});
