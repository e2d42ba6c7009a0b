// `npm run lighthouse` (after `npm run build`): Lighthouse 12.2.3, mobile preset, on the demo page and on a page
// with one roster, with dist/ served as a CDN would (gzip, long cache for hashed files). A measurement for
// humans, not a test: scores depend on how busy the machine is (the CPU benchmark index is printed with them).
// `node tests/lighthouse/run.mjs [runs] [--desktop] [--details]` — the median of `runs` (default 3) per page; mobile
// preset unless `--desktop`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChrome } from '../find-chrome.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const DESKTOP = process.argv.includes('--desktop');
const desktopConfig = DESKTOP ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
const RUNS = Number(process.argv[2] ?? 3);
const DETAILS = process.argv.includes('--details');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
const PAGES = {
  '/one-roster.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>One roster</title><script type="module" src="./siip-widgets.js"></script></head><body><main><h1>SIIP communities</h1><siip-cohort-roster></siip-cohort-roster></main></body></html>`,
};

const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const name = path === '/' ? '/index.html' : path;
  let body;
  try {
    body = PAGES[name] !== undefined ? Buffer.from(PAGES[name]) : await readFile(join(dist, normalize(name)));
  } catch {
    response.writeHead(404).end();
    return;
  }
  const hashed = /-[\w-]{8}\.\w+$/.test(name);
  const zipped = /gzip/.test(request.headers['accept-encoding'] ?? '') && !/\.png$/.test(name);
  response.writeHead(200, {
    'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
    ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
  });
  response.end(zipped ? gzipSync(body, { level: 9 }) : body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const chrome = await chromeLauncher.launch({ chromePath: findChrome(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
try {
  for (const page of ['/index.html', '/one-roster.html']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(`${base}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, desktopConfig);
      if (DETAILS) {
        const short = (url) => String(url).replace(base, '');
        console.log(`\n${page}: long tasks`, (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => `${short(t.url)} ${Math.round(t.duration)} ms @${Math.round(t.startTime)}`));
        console.log(`${page}: script bootup`, (lhr.audits['bootup-time']?.details?.items ?? []).map((t) => `${short(t.url)} total ${Math.round(t.total)} script ${Math.round(t.scripting)}`));
        console.log(`${page}: main thread`, (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((t) => `${t.groupLabel} ${Math.round(t.duration)}`));
      }
      runs.push({
        score: Math.round(lhr.categories.performance.score * 100),
        tbt: lhr.audits['total-blocking-time'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        unminifiedKiB: (lhr.audits['unminified-javascript']?.details?.overallSavingsBytes ?? 0) / 1024,
        benchmarkIndex: lhr.environment.benchmarkIndex,
      });
    }
    rows.push({
      page,
      'performance (median)': median(runs.map((r) => r.score)),
      'TBT ms (median)': Math.round(median(runs.map((r) => r.tbt))),
      'LCP ms (median)': Math.round(median(runs.map((r) => r.lcp))),
      'CLS (median)': Number(median(runs.map((r) => r.cls)).toFixed(3)),
      'unminified JS to save (KiB)': Number(median(runs.map((r) => r.unminifiedKiB)).toFixed(1)),
      'CPU benchmark index': Math.round(median(runs.map((r) => r.benchmarkIndex))),
      scores: runs.map((r) => r.score).join(' '),
    });
  }
} finally {
  await chrome.kill();
  server.close();
}
console.table(rows);
