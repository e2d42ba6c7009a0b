// `npm run new-widget demo-thing` on a copy of this working tree: the new widget typechecks, lints, builds into
// a chunk of its own, appears in the manifest and in Storybook, passes its generated tests and the registry's
// checks. The copy is deleted afterwards; this tree is never touched.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'siip-new-widget-'));
after(() => rmSync(copy, { recursive: true, force: true }));

const run = (cmd, args) => execFileSync(cmd, args, { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const npx = (...args) => run('npx', ['--no-install', ...args]);

// The tree as git sees it (tracked and new files, nothing ignored), with this checkout's node_modules.
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
for (const file of files) {
  mkdirSync(dirname(join(copy, file)), { recursive: true });
  cpSync(join(root, file), join(copy, file));
}
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));

test('npm run new-widget demo-thing writes a widget that builds, shows in Storybook and passes its tests', { timeout: 600_000 }, () => {
  run('node', ['scripts/new-widget.mjs', 'demo-thing', '--root', copy]);
  for (const file of ['demo-thing.component.ts', 'demo-thing.styles.ts', 'demo-thing.ts', 'demo-thing.test.ts', 'demo-thing.i18n.json']) {
    assert.ok(readdirSync(join(copy, 'components/demo-thing')).includes(file), file);
  }
  assert.match(readFileSync(join(copy, 'src/entries/widgets.ts'), 'utf8'), /tag: 'siip-demo-thing'/);

  npx('tsc', '-p', 'tsconfig.json');
  npx('eslint', 'components/demo-thing', 'stories/demo-thing.stories.ts', 'src/entries');
  // Its generated tests (axe in three languages, the data, the error box) and the registry's checks of define and index.
  const browser = npx('wtr', '--config', 'tests/web-test-runner.config.mjs', '--files', 'components/demo-thing/demo-thing.test.ts', 'src/entries/widgets.test.ts');
  assert.match(browser, /Browser tests: \d+ passed, 0 failed/);

  npx('vite', 'build', '--logLevel', 'error');
  assert.ok(readdirSync(join(copy, 'dist')).some((file) => /^siip-demo-thing-.*\.js$/.test(file)), 'a lazy chunk of its own');
  npx('cem', 'analyze');
  const manifest = JSON.parse(readFileSync(join(copy, 'dist/custom-elements.json'), 'utf8'));
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'siip-demo-thing');
  assert.ok(declaration, 'in the manifest');
  assert.ok(declaration.events.some((e) => e.name === 'siip-data-error'), 'inherits the shared API');
  npx('storybook', 'build', '-c', 'stories/.storybook', '-o', join(copy, 'storybook-static'), '--quiet');
  assert.match(readFileSync(join(copy, 'storybook-static/index.json'), 'utf8'), /"widgets-demo-thing--playground"/);

  run('node', ['--test', 'tests/node/side-effects.test.mjs']);
});
