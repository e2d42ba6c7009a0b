// `npm run bench`: builds every tests/bench/*.bench.html page for production, opens each in headless Chromium,
// and prints the figures each page computes side by side (ours vs the baseline in the same run).
// Pages set `window.benchResult = { title, rows: [{ ...numbers }], notes? }`.
import { build, preview } from 'vite';
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { chromium } from 'playwright';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from '../find-chrome.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(root, 'tests/bench');
const outDir = join(root, '.bench/dist');
const only = process.argv[2];
const pages = readdirSync(benchDir).filter((f) => f.endsWith('.bench.html') && (!only || f.includes(only)));
const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  define: { __SIIP_DATASET_PATH__: JSON.stringify('/data/siip-dataset.json') },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p.replace('.bench.html', ''), join(benchDir, p)])) },
  },
});
const server = await preview({ root, configFile: false, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')), headless: true });
const results = [];
let failed = false;
for (const page of pages) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  tab.on('pageerror', (error) => console.error(`${page}: ${error.message}`));
  const url = new URL(relative(root, join(benchDir, page)), base).href;
  try {
    await tab.goto(url);
    await tab.waitForFunction(() => window.benchResult || window.benchError, undefined, { timeout: 300_000, polling: 500 });
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
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/results.json'), JSON.stringify(results, null, 2));
console.log('\nSaved .bench/results.json');
process.exit(failed ? 1 : 0);
