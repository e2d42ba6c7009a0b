// `npm run lighthouse` (after `npm run build`): Lighthouse 12.2.3, mobile preset, on the demo page and on a page
// with one roster, with dist/ served as a CDN would (gzip, long cache for hashed files). A measurement for
// humans, not a test: scores depend on how busy the machine is (the CPU benchmark index is printed with them).
// `node tests/lighthouse/run.mjs [runs] [--desktop] [--details]` — the median of `runs` (default 3) per page; mobile
// preset unless `--desktop`.
import { serveDist } from './serve.mjs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChrome } from '../find-chrome.mjs';

const DESKTOP = process.argv.includes('--desktop');
const desktopConfig = DESKTOP ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
const RUNS = Number(process.argv[2] ?? 3);
const DETAILS = process.argv.includes('--details');
const { base, close } = await serveDist();

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
  close();
}
console.table(rows);
