// Runs tests/bench/community-map.bench.html in headless Chromium and prints window.benchResult.
// Stop-gap until the shared `npm run bench` runner exists. From the repo root:
//   node components/community-map/tools/run-bench.mjs
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from 'playwright';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from '../../../tests/find-chrome.mjs';
import { viteAssetImports } from '../../../tests/wtr-plugins.mjs';

const rootDir = fileURLToPath(new URL('../../..', import.meta.url));
const server = await startDevServer({
  config: {
    rootDir,
    port: Number(process.env.BENCH_PORT ?? 8797),
    nodeResolve: { exportConditions: ['browser', 'production'] },
    plugins: [viteAssetImports(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${rootDir}/tsconfig.json` })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("pageerror", (error) => console.error("pageerror", error));
  if (process.env.PROBE) page.on("console", (m) => console.log(m.text()));
  await page.goto(`http://localhost:${process.env.BENCH_PORT ?? 8797}/tests/bench/community-map.bench.html` + (process.env.BENCH_QUERY ?? ''));
  await page.waitForFunction(() => window.benchResult, null, { timeout: 600_000 });
  console.log(JSON.stringify(await page.evaluate(() => window.benchResult), null, 2));
} finally {
  await browser.close();
  await server.stop();
}
