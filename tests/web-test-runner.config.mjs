import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './find-chrome.mjs';
import { viteAssetImports, slowRoutes, forcedColorsCommand, shippedDatasetParts } from './wtr-plugins.mjs';
import { summaryReporter } from './summary-reporter.mjs';
import { embeddingHazards } from './embedding/hazard-server.mjs';
import { partnerPages } from './partner-pages/partner-pages-server.mjs';
import { shippedDatasetWithParts } from '../data/shipped-dataset.mjs';

const executablePath = findChrome();
// The shipped dataset and its parts, as the drop-in's build embeds and writes them.
const shipped = shippedDatasetWithParts();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: ['src/**/*.test.ts', 'components/**/*.test.ts', 'tests/**/*.test.ts', '!tests/bench/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 15_000 } },
  plugins: [
    viteAssetImports(),
    forcedColorsCommand(),
    slowRoutes(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      target: 'es2022',
      // As the builds do: widgets use the shipped dataset (or its parts) without validating it (src/data/shipped-dataset.ts).
      define: { __SIIP_SHIPPED_DATASET__: JSON.stringify(shipped.identity) },
    }),
    shippedDatasetParts(shipped.files),
    embeddingHazards(),
    partnerPages(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
      // A page per browser context gets a window of its own, so it is never a hidden background tab
      // whose requestAnimationFrame (Leaflet, fixtures) would stall while another file runs.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
