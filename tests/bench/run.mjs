// `npm run bench`: builds every tests/bench/*.bench.html page for production, opens each in headless Chromium,
// and prints the figures each page computes side by side (ours vs the baseline in the same run).
// Pages set `window.benchResult = { title, rows: [{ ...numbers }], notes? }`.
import { build, preview } from 'vite';
import { readdirSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { shippedDatasetWithParts } from '../../data/shipped-dataset.mjs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { chromium } from 'playwright';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from '../find-chrome.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(root, 'tests/bench');
const outDir = join(root, '.bench/dist');
const only = process.argv[2];
// Extra page parameters, e.g. BENCH_QUERY='runs=3' (pages read `runs` and `sizes`).
const query = process.env.BENCH_QUERY ? `?${process.env.BENCH_QUERY}` : '';
const pages = readdirSync(benchDir).filter((f) => f.endsWith('.bench.html') && (!only || f.includes(only)));
const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const shipped = shippedDatasetWithParts();
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  define: {
    __SIIP_DATASET_PATH__: JSON.stringify('/data/siip-dataset.json'),
    // As the drop-in: the shipped dataset and its parts are trusted, everything else validated.
    __SIIP_SHIPPED_DATASET__: JSON.stringify(shipped.identity),
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: process.env.BENCH_MINIFY !== '0',
    rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p.replace('.bench.html', ''), join(benchDir, p)])) },
  },
});
// The shipped dataset and its parts, served where the widgets' default src points.
mkdirSync(join(outDir, 'data'), { recursive: true });
copyFileSync(join(root, 'data/siip-dataset.json'), join(outDir, 'data/siip-dataset.json'));
for (const { fileName, source } of shipped.files) writeFileSync(join(outDir, 'data', fileName), source);
const server = await preview({ root, configFile: false, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')), headless: true });
const results = [];
let failed = false;
for (const page of pages) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  tab.on('pageerror', (error) => console.error(`${page}: ${error.message}`));
  // Every file a page fetches is downloaded, as on a first visit: the preview server lets the browser revalidate
  // (304), which would favour whatever a page fetches again at one address (the built-in dataset's parts). The
  // cache switch needs the Network domain; with no buffers, it keeps no copy of response bodies (which costs time).
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0, maxPostDataSize: 0 });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const url = new URL(relative(root, join(benchDir, page)) + query, base).href;
  try {
    await tab.goto(url);
    await tab.waitForFunction(() => window.benchResult || window.benchError, undefined, { timeout: 900_000, polling: 500 });
    const error = await tab.evaluate(() => window.benchError);
    if (error) throw new Error(error);
    const result = await tab.evaluate(() => window.benchResult);
    results.push(result);
    console.log(`\n## ${result.title}\n`);
    console.table(result.rows);
    if (result.notes) console.log(result.notes);
  } catch (error) {
    failed = true;
    console.error(`${page} failed: ${error.message}`);
  }
  await tab.close();
}
await browser.close();
await server.close();
// Issue 13's table, in one place: every ratio with its goal.
const find = (title, test) => results.find((r) => r.title?.includes(title))?.rows.find(test);
const GOALS = [
  ['roster, first content on the built-in dataset (at a fresh address: read whole) ÷ hand-written element', () => find('siip-cohort-roster', (r) => /built-in/.test(r.case))?.['first content ratio'], '≤ 1.5'],
  ['roster, first content on the built-in dataset, default src (its part) ÷ hand-written element (the whole file)', () => find('siip-cohort-roster', (r) => /default src: its part/.test(r.case))?.['first content ratio'], '≤ 1.5'],
  ['roster, 10,000 communities ÷ plain hand-written table', () => find('siip-cohort-roster', (r) => /10,000/.test(r.case))?.['first content ratio'], '≤ 1.5'],
  ['calendar month, 5,000 events, to content incl. fetch ÷ FullCalendar 6', () => find('siip-event-calendar', (r) => /incl\. fetch/.test(r.case))?.timeRatio, '≤ 0.33'],
  // Issue 13's goal is against bare Leaflet drawing the same outlines and markers: numbered ones, as the element's
  // (tests/bench/README.md). The circle-marker figures are the earlier baseline, kept for comparison.
  ['map, 100 communities, first markers incl. fetch ÷ bare Leaflet (outlines + SVG circle markers)', () => find('siip-community-map', (r) => / 100 communities/.test(r.case))?.firstRatio, '—'],
  ['map, 1,000 communities, first markers incl. fetch ÷ bare Leaflet (outlines + SVG circle markers)', () => find('siip-community-map', (r) => / 1000 communities/.test(r.case))?.firstRatio, '—'],
  ['map, 100 communities, the same ÷ bare Leaflet drawing numbered markers like the element’s (L.divIcon)', () => find('siip-community-map', (r) => / 100 communities/.test(r.case))?.numberedRatio, '≤ 1.3'],
  ['map, 1,000 communities, the same ÷ bare Leaflet drawing numbered markers like the element’s (L.divIcon)', () => find('siip-community-map', (r) => / 1000 communities/.test(r.case))?.numberedRatio, '≤ 1.3'],
  ['map, 10,000 communities, first markers incl. fetch ÷ bare Leaflet canvas markers', () => find('siip-community-map', (r) => / 10000 communities/.test(r.case))?.firstRatio, '≤ 1.2'],
];
const summary = GOALS.map(([measure, value, goal]) => ({ measure, ratio: value() ?? '(not run)', goal }));
console.log('\n## Issue 13: ratios side by side (this run)\n');
console.table(summary);
results.push({ title: 'Issue 13 summary', rows: summary });
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/results.json'), JSON.stringify(results, null, 2));
console.log('\nSaved .bench/results.json');
process.exit(failed ? 1 : 0);
