// Size budgets, checked on the built app (bytes only: times are too noisy for CI).
// - First screen: the entry script and everything it imports statically, gzip, ≤ 100 kB.
// - Precache: everything the service worker stores for offline use, ≤ 2000 kB. It grows only for
//   real capabilities, each raise with its figure and reason:
//   1536 → 1600 kB: rubric 2.0 (glossary, leads and first steps, +25 kB), problems worded in plain
//   language (+14 kB) and an address per assessment (+10 kB) took it to 1574 kB.
//   1600 → 1700 kB: scanning ballots with the camera offline took it to 1643 kB (+69 kB): the QR
//   decoder worker (@nuintun/qrcode, 48 kB, loaded only when scanning starts), ballot codes,
//   the scanner screen and the roster.
//   1700 → 1800 kB: opened files are read in a Web Worker, which carries its own copy of the readers
//   and zod (+42 kB), so a 500-ballot workshop or a full backup opens without freezing the page;
//   and from a score to a decision (executive summary, priorities, action plan and its review, one
//   identity per network, the plan in every export, +52 kB).
//   1800 → 2000 kB: the network map took it to 1966 kB (+170 kB): its layout worker with graphology
//   and ForceAtlas2 (+82 kB), the map screen (+58 kB, styles +5 kB), the words of its facts shared
//   with the reports and questions (+13 kB), evidence lines and the PDF's map page (+12 kB).
//   2000 → 2150 kB: a federation's own rubric (issue 11) took it to 2113 kB (+147 kB): checking a
//   rubric file with the full rubric schema in a worker of its own (+105 kB, kept apart so the first
//   screen does not pay for zod's classic API), the example rubric (+21 kB), the own-rubric screens
//   and glossary terms (+21 kB).
//   2150 → 2500 kB: the app in French and Spanish (issue 13) adds 339 kB: each language's words and
//   its rubric translation, one chunk a language (165 and 174 kB), loaded only when chosen.
//   2500 → 2600 kB: the rest of the app's sentences in French and Spanish (file, link, field and
//   map-CSV messages: the two language chunks grew to 199 and 189 kB, +49 kB) and own rubrics
//   carried in files and backups took it to 2528 kB (+52 kB from 2476).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGETS = { firstScreenJsGzip: 100 * 1024, precache: 2600 * 1024 };

function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The entry and its static imports, read from the built index.html. */
export function firstScreenFiles(dist = DIST) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const clean = (p) => join(dist, p.replace(/^\.?\//, ''));
  return { js: [...new Set([...scripts, ...preloads])].map(clean), css: styles.map(clean) };
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** What the service worker precaches (its manifest), or every built file when there is none. */
export function precacheFiles(dist = DIST) {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) return walk(dist);
  const text = readFileSync(sw, 'utf8');
  const urls = [...text.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  return [...new Set(urls)].map((u) => join(dist, u)).filter(existsSync);
}

export function measureSizes(dist = DIST) {
  const first = firstScreenFiles(dist);
  const precache = precacheFiles(dist);
  return {
    firstScreenJsGzip: first.js.reduce((acc, f) => acc + gzipSize(f), 0),
    firstScreenCssGzip: first.css.reduce((acc, f) => acc + gzipSize(f), 0),
    firstScreenFiles: first.js.map((f) => relative(dist, f)),
    precache: precache.reduce((acc, f) => acc + statSync(f).size, 0),
    precacheCount: precache.length,
  };
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = measureSizes();
  const rows = [
    ['first-screen JavaScript (gzip)', sizes.firstScreenJsGzip, BUDGETS.firstScreenJsGzip],
    ['whole-app precache', sizes.precache, BUDGETS.precache],
  ];
  let over = false;
  for (const [name, value, budget] of rows) {
    const ok = value <= budget;
    over ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kB(value)} of ${kB(budget)}`);
  }
  console.log(`     first-screen CSS (gzip): ${kB(sizes.firstScreenCssGzip)}; first-screen files: ${sizes.firstScreenFiles.join(', ')}; precache files: ${sizes.precacheCount}`);
  process.exit(over ? 1 : 0);
}
