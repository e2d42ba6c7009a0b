// `npm pack` → install into an empty project → works from a bundler (Vite) and copied to a static host
// under a sub-path, each checked in real Chromium with the built-in dataset. Run after `npm run build`.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { findChrome, CHROME_ARGS } from '../find-chrome.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'siip-pack-'));
after(() => rmSync(work, { recursive: true, force: true }));

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const tarball = join(work, run('npm', ['pack', '--pack-destination', work, '--silent'], root).trim().split('\n').pop());
const consumer = join(work, 'consumer');
mkdirSync(consumer);
writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
run('npm', ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], consumer);
const installed = join(consumer, 'node_modules/siip-widgets');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
function serve(dir) {
  const server = createServer((req, res) => {
    const file = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function rosterCountAt(url) {
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => document.querySelector('siip-cohort-roster')?.shadowRoot?.querySelector('.count, [role="alert"]')?.textContent?.trim(),
      undefined,
      { timeout: 20_000 },
    );
    return { text: await handle.jsonValue(), errors };
  } finally {
    await browser.close();
  }
}

test('the package holds the drop-in, the npm modules with types, the manifest and the dataset', () => {
  for (const file of ['dist/siip-widgets.js', 'dist/npm/src/entries/index.js', 'dist/npm/src/entries/index.d.ts', 'dist/npm/src/entries/define.js', 'dist/custom-elements.json', 'dist/data/siip-dataset.json', 'dist/data/siip-dataset.schema.json', 'dist/cli/siip-widgets.js']) {
    assert.ok(existsSync(join(installed, file)), file);
  }
  assert.ok(!existsSync(join(installed, 'src')), 'sources are not shipped');
});

test('works from a bundler: Vite builds an app that imports it, and the app renders the 2020 cohort', async () => {
  writeFileSync(join(consumer, 'index.html'), '<!doctype html><html lang="en"><body><siip-cohort-roster cohort="2020"></siip-cohort-roster><script type="module" src="./main.js"></script></body></html>');
  writeFileSync(join(consumer, 'main.js'), "import 'siip-widgets/define.js';\nimport { SiipCohortRoster } from 'siip-widgets';\nif (customElements.get('siip-cohort-roster') !== SiipCohortRoster) throw new Error('not registered');\n");
  run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--base', './', '--logLevel', 'error'], consumer);
  const server = await serve(join(consumer, 'dist'));
  try {
    const { text, errors } = await rosterCountAt(`http://127.0.0.1:${server.address().port}/index.html`);
    assert.deepEqual(errors, []);
    assert.equal(text, '8 communities');
  } finally {
    server.close();
  }
});

test('works copied to a static host under a sub-path', async () => {
  const site = join(work, 'site');
  cpSync(join(installed, 'dist'), join(site, 'partners/assets/siip'), { recursive: true });
  writeFileSync(
    join(site, 'partners/page.html'),
    '<!doctype html><html lang="en"><body><script type="module" src="./assets/siip/siip-widgets.js"></script><siip-cohort-roster cohort="2020"></siip-cohort-roster></body></html>',
  );
  const server = await serve(site);
  try {
    const { text, errors } = await rosterCountAt(`http://127.0.0.1:${server.address().port}/partners/page.html`);
    assert.deepEqual(errors, []);
    assert.equal(text, '8 communities');
  } finally {
    server.close();
  }
});

test('the validator is on npx’s path', () => {
  const output = run(process.execPath, [join(installed, 'dist/cli/siip-widgets.js'), 'validate', join(installed, 'dist/data/siip-dataset.json')], consumer);
  assert.match(output, /siip-dataset\.json/);
});
