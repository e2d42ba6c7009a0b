// Story tests: every story renders in real Chromium, passes axe, and runs its play function.
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from '../tests/find-chrome.mjs';
import { serveData } from './.storybook/serve-data';
import { shippedDatasetIdentity } from '../data/shipped-dataset.mjs';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

export default defineConfig({
  plugins: [storybookTest({ configDir }), serveData()],
  // Pre-bundle every dependency the stories reach, so Vite never re-optimizes (and reloads) mid-run on a fresh machine.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/live.js',
      'lit/static-html.js',
      '@lit/localize',
      '@lit/localize/init/reentrant.js',
      'zod/mini',
      'leaflet/dist/leaflet-src.esm.js',
      'supercluster',
      'storybook/test',
      '@storybook/web-components-vite',
      '@storybook/addon-a11y/preview',
    ],
  },
  // As the drop-in: the shipped dataset is recognised and used without loading the validator.
  define: { __SIIP_DATASET_PATH__: JSON.stringify('/data/siip-dataset.json'), __SIIP_SHIPPED_DATASET__: JSON.stringify(shippedDatasetIdentity()) },
  test: {
    name: 'storybook',
    reporters: ['default', ['json', { outputFile: fileURLToPath(new URL('../.test-results/vitest.json', import.meta.url)) }]],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: findChrome(), args: CHROME_ARGS } }),
      instances: [{ browser: 'chromium' }],
    },
    setupFiles: [fileURLToPath(new URL('./.storybook/vitest.setup.ts', import.meta.url))],
  },
});
