// npm run bench: builds the app, serves dist on 127.0.0.1, drives Chromium through cold loads and
// prints medians — first-screen bytes, time to the first answerable question, time to results,
// PDF generation, aggregation of 500 ballots, the longest main-thread task while the workshop's
// group picture renders, and memory; the camera scanner: decode time per 640×480 frame and the
// ballots a second it takes in; and, for generated network maps of 30, 300 and 3,000 members
// (6.7 ties each), the time to compute every measure, to lay the map out and to import its CSV.
// Then the four screen changes a user makes most (Start → first question, Next principle, last
// answer → results, Collect → group picture), each timed inside the page from the click to the
// next screen's first control drawn, over at least 9 cold loads.
// Writes reports/bench.json. Figures, not pass/fail: the byte budgets are checked by
// scripts/check-budget.mjs. `npm run bench -- --map` prints only the network-map figures, and
// `-- --scan` only the scanner's (no build for either); `-- --transitions` only the screen changes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview, runnerImport } from 'vite';
import { measureSizes } from './check-budget.mjs';
import chromiumLaunch from './chromium-launch.json' with { type: 'json' };

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const BASE = `http://127.0.0.1:${PORT}/`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? chromiumLaunch.executablePath;
const ARGS = chromiumLaunch.args;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
async function timeIt(fn, runs = RUNS) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

async function nodeFigures() {
  const load = async (path) => (await runnerImport(path)).module;
  const [{ FIVE_PRINCIPLES }, { buildReportModel }, { buildPdf }, { aggregateBallots }, fonts, large, sample] =
    await Promise.all([
      load('/src/core/builtin-rubrics.ts'),
      load('/src/core/report-model.ts'),
      load('/src/export/pdf/build-pdf.ts'),
      load('/src/core/aggregation.ts'),
      load('/test/export/pdf-fonts.ts'),
      load('/test/fixtures/large-workshop.ts'),
      load('/test/fixtures/sample-assessment.ts'),
    ]);
  const { buildWorkshopReportModel } = await load('/src/core/workshop-report.ts').catch(() => ({}));
  const pdfFonts = fonts.loadPdfFonts();
  const out = {};

  const solo = await timeIt(() => buildPdf(buildReportModel(FIVE_PRINCIPLES, sample.sampleAssessment({ longNotes: true })), pdfFonts));
  out.soloPdfMs = solo.ms;
  out.soloPdfBytes = solo.result.byteLength;

  const workshop40 = large.largeWorkshop(40);
  if (buildWorkshopReportModel) {
    const w = await timeIt(() => buildPdf(buildWorkshopReportModel(FIVE_PRINCIPLES, workshop40), pdfFonts));
    out.workshopPdfMs = w.ms;
    out.workshopPdfBytes = w.result.byteLength;
  }
  const workshop500 = large.largeWorkshop(500);
  const agg = await timeIt(() => aggregateBallots(FIVE_PRINCIPLES, workshop500), RUNS * 2);
  out.aggregate500Ms = agg.ms;
  return { out, workshop500 };
}

/**
 * The scanner's own path, as its worker runs it: SCAN_BALLOTS distinct ballots, each a 640×480
 * camera frame of a phone held up (test/fixtures/camera-frames.ts), decoded and added in turn.
 */
const SCAN_BALLOTS = 40;
async function scanFigures() {
  const load = async (path) => (await runnerImport(path)).module;
  const [{ FIVE_PRINCIPLES }, { createBallot }, { encodeBallotCode }, { acceptScan }, { createWorkshop, invitationFor }, { decodeFrame }, camera] =
    await Promise.all([
      load('/src/core/builtin-rubrics.ts'),
      load('/src/core/ballot.ts'),
      load('/src/core/ballot-code.ts'),
      load('/src/core/ballot-scan.ts'),
      load('/src/core/workshop.ts'),
      load('/src/features/workshop/collect/scan/decode-frame.ts'),
      load('/test/fixtures/camera-frames.ts'),
    ]);
  const empty = createWorkshop(FIVE_PRINCIPLES, { networkName: 'Bench hall', facilitator: 'Bench', groups: ['Staff', 'Members'] });
  const ids = FIVE_PRINCIPLES.principles.flatMap((p) => p.indicators.map((i) => i.id));
  const values = [0, 1, 2, 3, 4, 'na', 'dk'];
  const frames = Array.from({ length: SCAN_BALLOTS }, (_, n) => {
    const answers = Object.fromEntries(ids.map((id, i) => [id, { value: values[(i * 5 + n) % values.length] }]));
    const ballot = createBallot(invitationFor(empty), { round: 1, source: 'device', participant: `Participant ${n + 1}`, group: n % 2 ? 'Staff' : 'Members', answers });
    const y = camera.cameraFrame(camera.qrGrey(encodeBallotCode(ballot, invitationFor(empty), FIVE_PRINCIPLES).text, 200), n + 1);
    return { data: camera.toRgba(y), width: camera.FRAME_W, height: camera.FRAME_H };
  });
  const blank = { data: camera.toRgba(camera.cameraFrame(null, 99)), width: camera.FRAME_W, height: camera.FRAME_H };
  decodeFrame(frames[0]); // warm up the JIT, as a scanner does on its first frames
  const withCode = frames.map((f) => {
    const t0 = performance.now();
    decodeFrame(f);
    return performance.now() - t0;
  });
  const emptyRoom = Array.from({ length: 10 }, () => {
    const t0 = performance.now();
    decodeFrame(blank);
    return performance.now() - t0;
  });
  let workshop = empty;
  const t0 = performance.now();
  for (const f of frames) {
    for (const text of decodeFrame(f)) workshop = acceptScan(workshop, FIVE_PRINCIPLES, text).workshop;
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    scanDecodeFrameMs: median(withCode),
    scanDecodeEmptyFrameMs: median(emptyRoom),
    scanBallotsPerSecond: workshop.ballots.length / seconds,
    scanBallotsRead: workshop.ballots.length,
  };
}

/**
 * Like timeIt, plus the process's CPU time per run: on a machine shared with other work the wall
 * clock counts time spent waiting for a core, which a user's idle device would not.
 */
async function timeWithCpu(fn, runs = RUNS) {
  const wall = [];
  const cpu = [];
  let result;
  for (let i = 0; i < runs; i += 1) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu), result };
}

/** Network maps in Node (the same V8 as Chromium): measures, layout and CSV import for each size. */
async function mapFigures() {
  const load = async (path) => (await runnerImport(path)).module;
  const [fixtures, measures, matches, evidence, layout, csvOut, csvIn, model] = await Promise.all([
    load('/test/fixtures/network-maps.ts'),
    load('/src/core/network-measures.ts'),
    load('/src/core/network-matches.ts'),
    load('/src/core/network-evidence.ts'),
    load('/src/core/network-layout.ts'),
    load('/src/core/network-map-csv-export.ts'),
    load('/src/core/network-map-csv-import.ts'),
    load('/src/core/network-map.ts'),
  ]);
  const out = [];
  for (const n of [30, 300, 3000]) {
    const map = fixtures.generatedNetwork(n);
    // Everything the map screen and the evidence lines show: measures, matches, every indicator's lines.
    const all = await timeWithCpu(() => {
      const m = measures.measureNetwork(map);
      matches.findMatches(map);
      for (const id of Object.keys(evidence.MAP_EVIDENCE)) evidence.mapEvidence(map, id, m);
    });
    const drawn = await timeWithCpu(() => layout.layoutNetworkMap(layout.layoutInput(map)), n >= 3000 ? 3 : RUNS);
    const membersText = csvOut.membersCsv(map);
    const tiesText = csvOut.tiesCsv(map);
    const imported = await timeWithCpu(() => {
      const withMembers = csvIn.importMembersCsv(model.createNetworkMap('bench'), membersText);
      return csvIn.importTiesCsv(withMembers.map, tiesText);
    });
    if (!imported.result.ok) throw new Error(`the bench map's CSV did not import: ${JSON.stringify(imported.result.problems[0])}`);
    out.push({
      members: n,
      ties: map.ties.length,
      measuresMs: all.ms,
      measuresCpuMs: all.cpuMs,
      layoutMs: drawn.ms,
      layoutCpuMs: drawn.cpuMs,
      csvImportMs: imported.ms,
      csvImportCpuMs: imported.cpuMs,
      csvKB: (membersText.length + tiesText.length) / 1024,
    });
  }
  return out;
}

function mapRows(maps) {
  return maps.flatMap((m) => {
    const size = `${m.members.toLocaleString('en')} members, ${m.ties.toLocaleString('en')} ties`;
    const both = (wall, cpu) => `${fmt(wall, 'ms')} (CPU ${fmt(cpu, 'ms')})`;
    return [
      [`map of ${size}: all measures, matches, evidence`, both(m.measuresMs, m.measuresCpuMs)],
      [`map of ${size}: layout (a Web Worker's job)`, both(m.layoutMs, m.layoutCpuMs)],
      [`map of ${size}: CSV import, ${fmt(m.csvKB, 'kB')}`, both(m.csvImportMs, m.csvImportCpuMs)],
    ];
  });
}

function scanRows(scan) {
  return [
    ['scanner: decode a 640×480 frame with a ballot code', fmt(scan.scanDecodeFrameMs, 'ms')],
    ['scanner: decode a 640×480 frame of an empty room', fmt(scan.scanDecodeEmptyFrameMs, 'ms')],
    [
      `scanner: ${SCAN_BALLOTS} ballots decoded and added, one thread`,
      `${scan.scanBallotsPerSecond.toFixed(0)} ballots/s (${scan.scanBallotsRead} of ${SCAN_BALLOTS} read)`,
    ],
  ];
}

function printRows(title, rows) {
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${title}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

async function answerAll(page, rubric) {
  for (const principle of rubric.principles) {
    for (const indicator of principle.indicators) {
      await page.getByRole('radiogroup', { name: indicator.question, exact: true }).getByRole('radio').nth(3).check();
    }
    await page.getByRole('link', { name: /^Next:/ }).click();
  }
}

async function browserFigures(rubric, workshopFile) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const firstQuestion = [];
  const toResults = [];
  const pdfInBrowser = [];
  const heap = [];
  const longestTask = [];
  const importTask = [];
  try {
    for (let i = 0; i < RUNS; i += 1) {
      const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(BASE);
      await page.getByLabel('Network name').fill('Bench Co-op');
      await page.getByRole('button', { name: 'Start the assessment' }).click();
      await page.getByRole('radio').first().waitFor({ state: 'visible' });
      firstQuestion.push(Date.now() - t0);

      await answerAll(page, rubric);
      const t1 = Date.now();
      await page.getByRole('link', { name: 'See the results' }).click();
      await page.getByRole('table', { name: /Scores by principle/ }).waitFor();
      toResults.push(Date.now() - t1);

      const t2 = Date.now();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download PDF report' }).click();
      await download;
      pdfInBrowser.push(Date.now() - t2);

      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      heap.push(metrics.find((m) => m.name === 'JSHeapUsedSize').value);

      if (workshopFile) {
        const tasks = await workshopRender(page, workshopFile);
        longestTask.push(tasks.render);
        importTask.push(tasks.import);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    firstQuestionMs: median(firstQuestion),
    toResultsMs: median(toResults),
    pdfInBrowserMs: median(pdfInBrowser),
    heapMB: median(heap) / (1024 * 1024),
    ...(longestTask.length
      ? { workshop500LongestTaskMs: median(longestTask), workshop500ImportLongestTaskMs: median(importTask) }
      : {}),
  };
}

/** Imports a 500-ballot workshop and opens its group picture, recording the longest main-thread task. */
async function workshopRender(page, workshopFile) {
  await page.goto(`${BASE}#/`);
  await page.evaluate(() => {
    globalThis.__importLongest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__importLongest = Math.max(globalThis.__importLongest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  // From a file on disk, as a user picks it: a buffer would be decoded inside the page by the test
  // harness itself, a long task that is not the app's.
  const path = join(tmpdir(), 'fivefold-bench-workshop-500.json');
  writeFileSync(path, workshopFile);
  await page.getByLabel('Choose a file to import').setInputFiles(path);
  await page.locator('.notice').getByRole('link', { name: 'Open the workshop' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(300);
  const importLongest = await page.evaluate(() => globalThis.__importLongest);
  // Only the group picture's own work is timed, not the import before it.
  await page.evaluate(() => {
    globalThis.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__longest = Math.max(globalThis.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
    // The workshop's own address (#/w/<id>/overview) with its picture screen.
    globalThis.location.hash = globalThis.location.hash.replace(/\/overview$/, '/picture');
  });
  await page.getByRole('heading', { level: 1, name: 'Group picture' }).waitFor();
  await page.getByRole('heading', { name: 'Most divided' }).first().waitFor();
  await page.waitForTimeout(500);
  return { render: await page.evaluate(() => globalThis.__longest), import: importLongest };
}

const TRANSITION_RUNS = Math.max(9, RUNS);

/**
 * Clicks `target` and returns the time from the click (its event's timestamp, inside the page) to
 * the first animation frame in which `ready` holds: what the user waits for. The watcher is set up
 * in the page before the click and starts from the click's own listener, so neither Playwright's
 * round trips nor its injected script (compiled on a new document's first wait, 20–40 ms of the
 * page's main thread) fall inside the figure. `ready` is `{ kind, was }`, checked in the page.
 */
async function timeClick(page, target, ready) {
  await page.evaluate(({ kind, was }) => {
    const shown = (el) => !!el && el.getClientRects().length > 0;
    const isReady = () => {
      const heading = globalThis.document.querySelector('main h1, main h2');
      if (kind === 'question') return shown(globalThis.document.querySelector('main input[type=radio]')) && !!heading && heading.textContent !== was;
      if (kind === 'results') return shown(globalThis.document.querySelector('main table'));
      const h1 = globalThis.document.querySelector('main h1');
      return !!h1 && h1.textContent.includes('Group picture') && shown(globalThis.document.querySelector('main table, main select, main button'));
    };
    globalThis.__clickAt = undefined;
    globalThis.__readyAt = undefined;
    const frame = () => {
      if (isReady()) globalThis.__readyAt = performance.now();
      else globalThis.requestAnimationFrame(frame);
    };
    globalThis.addEventListener(
      'click',
      (e) => {
        globalThis.__clickAt = e.timeStamp;
        globalThis.requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  }, ready);
  // Playwright compiles its helper script in the page on a document's first wait: done here, before the click.
  await page.waitForFunction(() => true);
  await target.click();
  await page.waitForFunction(() => globalThis.__readyAt !== undefined, null, { timeout: 10_000 });
  return page.evaluate(() => globalThis.__readyAt - globalThis.__clickAt);
}

/** A radio in the questionnaire under a heading other than `was` (so a new principle's first question). */
const questionShown = (was) => ({ kind: 'question', was: was ?? '' });

/** The four transitions, each from a cold load in a new context, after the page has sat idle for 1.5 s. */
async function transitionFigures(rubric, workshopFile) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const times = { start: [], next: [], results: [], picture: [] };
  const idle = (page) => page.waitForTimeout(1500);
  try {
    for (let i = 0; i < TRANSITION_RUNS; i += 1) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      if (workshopFile) {
        await page.goto(BASE);
        await page.getByLabel('Choose a file to import').setInputFiles({ name: 'w.json', mimeType: 'application/json', buffer: Buffer.from(workshopFile) });
        await page.locator('.notice').getByRole('link', { name: 'Open the workshop' }).click();
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.evaluate(() => { globalThis.location.hash = globalThis.location.hash.replace(/\/[a-z-]+$/, '/collect'); });
        const nav = page.getByRole('navigation').getByRole('link', { name: 'Group picture' });
        await nav.waitFor();
        await idle(page);
        times.picture.push(
          await timeClick(page, nav, { kind: 'picture' }),
        );
      }
      await page.goto(BASE);
      await page.getByLabel('Network name').fill('Bench Co-op');
      await idle(page);
      times.start.push(await timeClick(page, page.getByRole('button', { name: 'Start the assessment' }), questionShown(null)));

      const [first, ...rest] = rubric.principles;
      for (const indicator of first.indicators) {
        await page.getByRole('radiogroup', { name: indicator.question, exact: true }).getByRole('radio').nth(3).check();
      }
      const heading = await page.locator('main h1, main h2').first().textContent();
      await idle(page);
      times.next.push(await timeClick(page, page.getByRole('link', { name: /^Next:/ }), questionShown(heading)));

      // The last principle's Next leads to the wrap-up, whose button shows the results.
      for (const principle of rest) {
        for (const indicator of principle.indicators) {
          await page.getByRole('radiogroup', { name: indicator.question, exact: true }).getByRole('radio').nth(3).check();
        }
        await page.getByRole('link', { name: /^Next:/ }).click();
      }
      await idle(page);
      times.results.push(
        await timeClick(page, page.getByRole('link', { name: 'See the results' }), { kind: 'results' }),
      );

      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    startToQuestionMs: median(times.start),
    nextPrincipleMs: median(times.next),
    lastAnswerToResultsMs: median(times.results),
    collectToPictureMs: times.picture.length ? median(times.picture) : undefined,
  };
}

/** The Long Tasks API reports only tasks over 50 ms; none at all means every task stayed under it. */
const task = (n) => (n === undefined ? 'n/a' : n === 0 ? 'none over 50 ms' : `${n.toFixed(0)} ms`);
const fmt = (n, unit) => (n === undefined ? 'n/a' : `${n.toFixed(unit === 'kB' || unit === 'MB' ? 1 : 0)} ${unit}`);

async function main() {
  if (process.argv.includes('--map')) {
    printRows(`Fivefold network-map bench (median of ${RUNS} runs; 3 for the 3,000-member layout)`, mapRows(await mapFigures()));
    return;
  }
  if (process.argv.includes('--scan')) {
    printRows('Fivefold scanner bench (one thread, as its worker runs)', scanRows(await scanFigures()));
    return;
  }
  if (!process.argv.includes('--no-build')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run without --no-build');
  if (process.argv.includes('--transitions')) {
    const { FIVE_PRINCIPLES } = (await runnerImport('/src/core/builtin-rubrics.ts')).module;
    const { serializeWorkshop } = (await runnerImport('/src/core/workshop-file.ts')).module;
    const { largeWorkshop } = (await runnerImport('/test/fixtures/large-workshop.ts')).module;
    const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
    try {
      const t = await transitionFigures(FIVE_PRINCIPLES, serializeWorkshop(largeWorkshop(12)));
      printRows(`Fivefold screen changes (click → next screen's first control drawn, median of ${TRANSITION_RUNS} cold loads)`, [
        ['Start → first question', fmt(t.startToQuestionMs, 'ms')],
        ['Next principle → its first question', fmt(t.nextPrincipleMs, 'ms')],
        ['last answer → results', fmt(t.lastAnswerToResultsMs, 'ms')],
        ['Collect → group picture (12 ballots)', fmt(t.collectToPictureMs, 'ms')],
      ]);
    } finally {
      await server.close();
    }
    return;
  }
  const sizes = measureSizes();
  const { out: node, workshop500 } = await nodeFigures();
  const scan = await scanFigures();
  const maps = await mapFigures();
  const { FIVE_PRINCIPLES } = (await runnerImport('/src/core/builtin-rubrics.ts')).module;
  const { serializeWorkshop } = (await runnerImport('/src/core/workshop-file.ts')).module;
  const hasWorkshopUi = existsSync('src/features/workshop/picture/picture-view.tsx');
  const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
  const { largeWorkshop } = (await runnerImport('/test/fixtures/large-workshop.ts')).module;
  let browser;
  let transitions;
  try {
    browser = await browserFigures(FIVE_PRINCIPLES, hasWorkshopUi ? serializeWorkshop(workshop500) : null);
    transitions = await transitionFigures(FIVE_PRINCIPLES, hasWorkshopUi ? serializeWorkshop(largeWorkshop(12)) : null);
  } finally {
    await server.close();
  }
  const report = {
    date: new Date().toISOString(),
    runs: RUNS,
    firstScreenJsGzipKB: sizes.firstScreenJsGzip / 1024,
    firstScreenCssGzipKB: sizes.firstScreenCssGzip / 1024,
    precacheKB: sizes.precache / 1024,
    ...browser,
    transitionRuns: TRANSITION_RUNS,
    ...transitions,
    ...node,
    ...scan,
    networkMaps: maps,
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  const rows = [
    ['first screen JS (gzip)', fmt(report.firstScreenJsGzipKB, 'kB')],
    ['first screen CSS (gzip)', fmt(report.firstScreenCssGzipKB, 'kB')],
    ['precache (all of the app, offline)', fmt(report.precacheKB, 'kB')],
    ['cold load → first question answerable', fmt(report.firstQuestionMs, 'ms')],
    ['last answer → results shown', fmt(report.toResultsMs, 'ms')],
    [`Start → first question (click → drawn, median of ${TRANSITION_RUNS})`, fmt(report.startToQuestionMs, 'ms')],
    ['Next principle → its first question', fmt(report.nextPrincipleMs, 'ms')],
    ['last answer → results (in-page, click → table)', fmt(report.lastAnswerToResultsMs, 'ms')],
    ['Collect → group picture (12 ballots)', fmt(report.collectToPictureMs, 'ms')],
    ['PDF in the browser (click → download)', fmt(report.pdfInBrowserMs, 'ms')],
    ['JS heap after results and PDF', fmt(report.heapMB, 'MB')],
    ['solo PDF, long notes (Node)', `${fmt(report.soloPdfMs, 'ms')}, ${fmt(report.soloPdfBytes / 1024, 'kB')}`],
    ['40-participant workshop PDF (Node)', report.workshopPdfMs === undefined ? 'n/a' : `${fmt(report.workshopPdfMs, 'ms')}, ${fmt(report.workshopPdfBytes / 1024, 'kB')}`],
    ['aggregate 500 ballots × 25 indicators', fmt(report.aggregate500Ms, 'ms')],
    ['longest task, 500-ballot group picture', task(report.workshop500LongestTaskMs)],
    ['longest task, importing that workshop file', task(report.workshop500ImportLongestTaskMs)],
    ...scanRows(report),
  ];
  printRows(`Fivefold bench (median of ${RUNS} runs)`, [...rows, ...mapRows(maps)]);
  console.log('\nwrote reports/bench.json');
}

await main();
