// npm run serve:room — serves the built app to the room from the facilitator's laptop: builds it if
// needed, serves dist/ on every network interface (0.0.0.0), and prints the address phones on the
// same wifi can open, with a QR code of it drawn in the terminal. The facilitator opens the app at
// http://localhost:<port>/ on the laptop itself (a secure context, so the camera works there); the
// app reads /room.json, which only this server answers, and builds its invitation links on the
// wifi address instead of "localhost", which no phone can open.
//
//   npm run serve:room                    port 4180, the wifi address found first
//   npm run serve:room -- --port 8080     another port
//   npm run serve:room -- --address 192.168.1.20   the address to put in invitations
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import qrcode from 'qrcode-generator';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEFAULT_PORT = 4180;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Interfaces that are rarely the room's wifi (containers, VPNs, virtual machines): listed last. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|utun|tun|tap|wg|zt|tailscale|lxc|cni|flannel)/i;
const PRIVATE = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;

/** The addresses other devices may reach this one at, the likeliest wifi address first. */
export function roomAddresses(interfaces = networkInterfaces(), port = DEFAULT_PORT) {
  const found = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const e of entries ?? []) {
      if (e.internal || (e.family !== 'IPv4' && e.family !== 4)) continue;
      const score = (VIRTUAL.test(name) ? 2 : 0) + (PRIVATE.test(e.address) ? 0 : 1);
      found.push({ url: `http://${e.address}:${port}/`, score });
    }
  }
  return found.sort((a, b) => a.score - b.score).map((f) => f.url);
}

/** A QR code as terminal text: two rows of modules per line, dark on light whatever the terminal's colours. */
export function terminalQr(text, { colour = true } = {}) {
  const qr = qrcode(0, 'L');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 2;
  const dark = (r, c) => r >= 0 && c >= 0 && r < n && c < n && qr.isDark(r, c);
  const lines = [];
  for (let r = -quiet; r < n + quiet; r += 2) {
    let line = '';
    for (let c = -quiet; c < n + quiet; c++) {
      const top = dark(r, c);
      const bottom = dark(r + 1, c);
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    lines.push(colour ? `\u001b[30;47m${line}\u001b[0m` : line);
  }
  return lines;
}

function newestChange(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Builds dist/ when it is missing or older than the app's sources. */
export function buildIfNeeded(root = ROOT) {
  const built = join(root, 'dist', 'index.html');
  const sources = Math.max(...['src', 'rubrics', 'public', 'index.html', 'package.json'].map((p) => {
    const path = join(root, p);
    return existsSync(path) ? (statSync(path).isDirectory() ? newestChange(path) : statSync(path).mtimeMs) : 0;
  }));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return false;
  console.log('Building the app (about a minute)…');
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  return true;
}

/**
 * Serves `dist` (GET and HEAD only, nothing outside it) and /room.json with `addresses`, the
 * addresses invitations should use. Resolves with the server once it listens.
 * @param {{ dist?: string, host?: string, port?: number, addresses?: () => string[] }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function startRoomServer({ dist = join(ROOT, 'dist'), host = '0.0.0.0', port = DEFAULT_PORT, addresses = () => [] } = {}) {
  const base = resolve(dist);
  const server = createServer((req, res) => {
    const send = (status, type, body, cache = 'no-cache') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'Only GET and HEAD.\n');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://room').pathname);
    } catch {
      return send(400, 'text/plain; charset=utf-8', 'Bad address.\n');
    }
    if (path === '/room.json') return send(200, TYPES['.json'], `${JSON.stringify({ addresses: addresses() })}\n`, 'no-store');
    let file = resolve(base, `.${normalize(path)}`);
    if (file !== base && !file.startsWith(base + sep)) return send(404, 'text/plain; charset=utf-8', 'Not found.\n');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      // The app's own addresses live after '#'; any other page name gets the app.
      if (extname(path) !== '') return send(404, 'text/plain; charset=utf-8', 'Not found.\n');
      file = join(base, 'index.html');
    }
    // Hashed assets never change; the page, the service worker and the manifest must be re-checked.
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListening(server));
  });
}

function option(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main() {
  const port = Number(option('port') ?? process.env.PORT ?? DEFAULT_PORT);
  const chosen = option('address');
  buildIfNeeded();
  const addresses = () => {
    const all = roomAddresses(networkInterfaces(), port);
    const preferred = chosen ? `http://${chosen}:${port}/` : null;
    return preferred ? [preferred, ...all.filter((a) => a !== preferred)] : all;
  };
  try {
    await startRoomServer({ port, addresses });
  } catch (e) {
    console.error(e.code === 'EADDRINUSE' ? `Port ${port} is taken. Try: npm run serve:room -- --port ${port + 1}` : String(e));
    process.exit(1);
  }
  const [first, ...others] = addresses();
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  console.log('\nFivefold is served for the room. Leave this window open; Ctrl+C stops it.\n');
  console.log(`  Facilitator, on this laptop (the camera works here):  http://localhost:${port}/`);
  if (!first) {
    console.log('\n  This laptop is on no network. Join the room\'s wifi (or start a hotspot), then run this again.\n');
    return;
  }
  console.log(`  Phones and laptops on the same wifi:                   ${first}\n`);
  for (const line of terminalQr(first, { colour })) console.log(`    ${line}`);
  if (others.length) console.log(`\n  If phones cannot open it, this laptop is also at: ${others.join(', ')}`);
  console.log(`
  Open the workshop on this laptop at http://localhost:${port}/ : its invitation links use
  ${first} so that phones can open them. A phone's browser may warn that the page is
  "not secure" (plain http on the room's wifi): answering and handing in work all the same.
  If phones cannot connect: check they are on the same wifi (not a guest network that keeps
  devices apart), and that this laptop's firewall lets Node.js accept connections.
`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
