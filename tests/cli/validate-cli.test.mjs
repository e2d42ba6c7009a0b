// The partner validator, run as partners run it: the bundled `siip-widgets` bin under Node.
// Run with `node --test tests/cli/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, mkdtempSync, writeFileSync, symlinkSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(root, 'dist/cli/siip-widgets.js');
const national = 'data/siip-dataset.json';
const partner = 'data/siip-partner-example.json';

/** Runs the CLI; resolves with its exit code and output. */
function run(args, { cwd = root, command = process.execPath, prefix = [cli] } = {}) {
  return new Promise((resolve) => {
    // A CLI that never exits (an open handle keeps Node running) fails here within a minute instead of holding CI.
    const child = spawn(command, [...prefix, ...args], { cwd, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let server;
let base;
let scratch;

before(async () => {
  // The exact bundling command of the build, so the test covers what is shipped.
  execFileSync(
    path.join(root, 'node_modules/.bin/esbuild'),
    ['src/cli/validate.ts', '--bundle', '--platform=node', '--format=esm', '--outfile=dist/cli/siip-widgets.js', '--banner:js=#!/usr/bin/env node', '--log-level=warning'],
    { cwd: root },
  );
  // npm marks a package's bin executable when it installs it; do the same here.
  chmodSync(cli, 0o755);
  server = createServer((request, response) => {
    if (request.url === '/dataset.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(readFileSync(path.join(root, national)));
    } else {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Not found</title>');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  scratch = mkdtempSync(path.join(tmpdir(), 'siip-cli-'));
});

after(() => {
  server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('the national dataset is clean: exit 0 and an OK summary', async () => {
  const { code, stdout } = await run(['validate', national]);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /^OK: no problems in 1 file\. The widgets will show .*44 communities/m);
});

test('a partly invalid file: exit 1, each problem by its JSON path in plain words', async () => {
  const { code, stdout } = await run(['validate', 'data/fixtures/partly-invalid.json']);
  assert.equal(code, 1);
  assert.match(stdout, /communities\[3\]\.coordinates\.lat .*is too big \(maximum 90\)/);
  assert.match(stdout, /communities\[6\]\.cohorts\[1\].*refers to the unknown cohort "1999"/);
  assert.match(stdout, /^FAILED: 5 problems \(2 records skipped, 3 fields or references ignored\)/m);
});

test('long lists of allowed values are shortened', async () => {
  const { stdout } = await run(['validate', 'data/fixtures/partly-invalid.json']);
  assert.match(stdout, /should be one of "AL", "AK", "AZ", "AR", "CA", "CO" … \(52 allowed values/);
  assert.doesNotMatch(stdout, /"WY"/);
});

test('a file for a newer format major: exit 1 with the version explained', async () => {
  const { code, stdout } = await run(['validate', 'data/fixtures/wrong-major.json']);
  assert.equal(code, 1);
  assert.match(stdout, /uses format 2\.0\.0; this version of the widgets reads format 1\.x/);
  assert.match(stdout, /wrong-major\.json › schemaVersion/);
});

test('the partner example merges cleanly over the national dataset: exit 0', async () => {
  const { code, stdout } = await run(['validate', national, partner]);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /siip-partner-example\.json \(format 1\.0\.0\): adds 1 sources, 1 providers, 3 events; changes communities denver-co/);
  assert.match(stdout, /30 events/);
});

test('a partner file checked alone: broken references reported with a hint to list the national file first', async () => {
  const { code, stdout } = await run(['validate', partner]);
  assert.equal(code, 1);
  assert.match(stdout, /events\[0\]\.communities\[0\].*unknown community "denver-co"/);
  assert.match(stdout, /^Hint: .*national dataset/m);
});

test('a problem in a partner record is located in the partner file, not in the merged list', async () => {
  const broken = JSON.parse(readFileSync(path.join(root, partner), 'utf8'));
  broken.events[1].url = 'javascript:alert(1)';
  const file = path.join(scratch, 'broken-partner.json');
  writeFileSync(file, JSON.stringify(broken));
  const { code, stdout } = await run(['validate', national, file]);
  assert.equal(code, 1);
  assert.match(stdout, /broken-partner\.json › events\[1\]\.url \(id "example-denver-welcome-webinar"\): is not an allowed link/);
});

test('a JSON syntax error names the line and column', async () => {
  const file = path.join(scratch, 'syntax.json');
  writeFileSync(file, '{\n  "schemaVersion": "1.0.0",\n  "sources": [,]\n}');
  const { code, stdout } = await run(['validate', file]);
  assert.equal(code, 1);
  assert.match(stdout, /is not valid JSON at line 3, column 15: Unexpected token ','$/m);
});

test('a missing file and an HTML page are whole-file errors: exit 1', async () => {
  const missing = await run(['validate', 'no-such-file.json']);
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /Cannot read no-such-file\.json: there is no such file/);
  const html = await run(['validate', 'data/fixtures/not-json.html']);
  assert.equal(html.code, 1);
  assert.match(html.stdout, /is a web page \(HTML\), not a JSON dataset/);
});

test('URLs are fetched: a dataset URL validates, a URL answering HTML fails clearly', async () => {
  const ok = await run(['validate', `${base}/dataset.json`]);
  assert.equal(ok.code, 0, ok.stdout);
  const page = await run(['validate', `${base}/missing`]);
  assert.equal(page.code, 1);
  assert.match(page.stdout, /returned a web page \(text\/html\), not JSON/);
});

test('--json prints a machine-readable result', async () => {
  const { code, stdout } = await run(['validate', '--json', 'data/fixtures/partly-invalid.json']);
  assert.equal(code, 1);
  const result = JSON.parse(stdout);
  assert.equal(result.ok, false);
  assert.ok(result.issues.some((issue) => issue.path === 'communities[3].coordinates.lat'));
});

test('wrong usage exits 2 with the usage text', async () => {
  const none = await run([]);
  assert.equal(none.code, 2);
  assert.match(none.stdout, /Usage: siip-widgets validate/);
  const unknown = await run(['lint', national]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Unknown command "lint"/);
  const noFiles = await run(['validate']);
  assert.equal(noFiles.code, 2);
});

test('works as an npm bin: through a symlink named siip-widgets, with its shebang', async () => {
  assert.ok(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n'));
  const link = path.join(scratch, 'siip-widgets');
  symlinkSync(cli, link);
  const { code, stdout } = await run(['validate', path.join(root, national)], { cwd: scratch, command: link, prefix: [] });
  assert.equal(code, 0, stdout);
});

test('lists the texts a partner file leaves without Spanish or Arabic, without failing it', async () => {
  const file = path.join(scratch, 'half-translated.json');
  writeFileSync(
    file,
    JSON.stringify({
      schemaVersion: '1.1.0',
      events: [
        {
          id: 'our-fair',
          type: 'announcement',
          title: { en: 'Our jobs fair for newcomers', es: 'Nuestra feria de empleo para recién llegados' },
          description: 'Bring your diploma and a copy of your licence.',
          when: { precision: 'tba' },
          sources: ['wes-siip-page'],
        },
      ],
    }),
  );
  const { code, stdout } = await run(['validate', national, file]);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /NOTE .*half-translated\.json: 2 texts without a Spanish or Arabic version/);
  assert.match(stdout, /events\[0\]\.title: no ar\n/);
  assert.match(stdout, /events\[0\]\.description: no es, ar/);
  assert.doesNotMatch(stdout, /NOTE data\/siip-dataset\.json/, 'the national dataset is fully translated');
  const json = JSON.parse((await run(['validate', national, file, '--json'])).stdout);
  assert.deepEqual(json.untranslated, [{ label: file, texts: [{ path: 'events[0].title', missing: ['ar'] }, { path: 'events[0].description', missing: ['es', 'ar'] }] }]);
});
