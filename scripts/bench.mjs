// npm run bench: builds the app, serves dist on 127.0.0.1, drives Chromium through cold loads and
// prints medians — first-screen bytes, time to the first answerable question, time to results,
// PDF generation, aggregation of 500 ballots, the longest main-thread task while the workshop's
// group picture renders, and memory; and, for generated network maps of 30, 300 and 3,000 members
// (6.7 ties each), the time to compute every measure, to lay the map out and to import its CSV.
// Writes reports/bench.json. Figures, not pass/fail: the byte budgets are checked by
// scripts/check-budget.mjs. `npm run bench -- --map` prints only the network-map figures (no build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'w.json', mimeType: 'application/json', buffer: Buffer.from(workshopFile) });
  await page.getByRole('status').getByRole('link', { name: 'Open the workshop' }).click();
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
  await page.getByRole('heading', { name: 'Discussion agenda' }).waitFor();
  await page.waitForTimeout(500);
  return { render: await page.evaluate(() => globalThis.__longest), import: importLongest };
}

/** The Long Tasks API reports only tasks over 50 ms; none at all means every task stayed under it. */
const task = (n) => (n === undefined ? 'n/a' : n === 0 ? 'none over 50 ms' : `${n.toFixed(0)} ms`);
const fmt = (n, unit) => (n === undefined ? 'n/a' : `${n.toFixed(unit === 'kB' || unit === 'MB' ? 1 : 0)} ${unit}`);

async function main() {
  if (process.argv.includes('--map')) {
    printRows(`Fivefold network-map bench (median of ${RUNS} runs; 3 for the 3,000-member layout)`, mapRows(await mapFigures()));
    return;
  }
  if (!process.argv.includes('--no-build')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run without --no-build');
  const sizes = measureSizes();
  const { out: node, workshop500 } = await nodeFigures();
  const maps = await mapFigures();
  const { FIVE_PRINCIPLES } = (await runnerImport('/src/core/builtin-rubrics.ts')).module;
  const { serializeWorkshop } = (await runnerImport('/src/core/workshop-file.ts')).module;
  const hasWorkshopUi = existsSync('src/features/workshop/picture-view.tsx');
  const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
  let browser;
  try {
    browser = await browserFigures(FIVE_PRINCIPLES, hasWorkshopUi ? serializeWorkshop(workshop500) : null);
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
    ...node,
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
    ['PDF in the browser (click → download)', fmt(report.pdfInBrowserMs, 'ms')],
    ['JS heap after results and PDF', fmt(report.heapMB, 'MB')],
    ['solo PDF, long notes (Node)', `${fmt(report.soloPdfMs, 'ms')}, ${fmt(report.soloPdfBytes / 1024, 'kB')}`],
    ['40-participant workshop PDF (Node)', report.workshopPdfMs === undefined ? 'n/a' : `${fmt(report.workshopPdfMs, 'ms')}, ${fmt(report.workshopPdfBytes / 1024, 'kB')}`],
    ['aggregate 500 ballots × 25 indicators', fmt(report.aggregate500Ms, 'ms')],
    ['longest task, 500-ballot group picture', task(report.workshop500LongestTaskMs)],
    ['longest task, importing that workshop file', task(report.workshop500ImportLongestTaskMs)],
  ];
  printRows(`Fivefold bench (median of ${RUNS} runs)`, [...rows, ...mapRows(maps)]);
  console.log('\nwrote reports/bench.json');
}

await main();
