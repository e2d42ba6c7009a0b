// Size budgets (gzip bytes of built files, deterministic): run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { DIST, ENTRY, TAGS, closure, gzipBytes, localeFiles, mapFiles, pageFiles, validatorFiles } from './bundle-files.mjs';
import { folderOf } from './registry.mjs';

const KIB = 1024;
const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB (${bytes.toLocaleString("en-US")} B)`;

/**
 * Budgets on the script a page downloads, gzip, in English, with the shipped dataset (which needs no validator);
 * the map's Leaflet and outline chunks are counted apart, as its extra. These are issue 13's budgets — one
 * roster ≤ 22 KiB, one pathway finder ≤ 28 KiB, one calendar ≤ 32 KiB, the three ≤ 46 KiB, the map's extra
 * ≤ 55 KiB. The map's list page has no goal; its ceiling is an earlier release's figure, so size can only shrink.
 */
const ONE_WIDGET_PAGE_BUDGETS = { 'siip-cohort-roster': 22 * KIB, 'siip-pathway-finder': 28 * KIB, 'siip-event-calendar': 32 * KIB, 'siip-community-map': 26 * KIB };
const THREE_WIDGET_PAGE_BUDGET = 46 * KIB;
const MAP_EXTRA_BUDGET = 55 * KIB;

test('the drop-in entry is tiny and loads no widget code by itself', () => {
  const files = closure(ENTRY);
  console.log(`entry (${[...files].join(' + ')}): ${kib(gzipBytes(files))}`);
  assert.ok(gzipBytes(files) <= 2 * KIB);
  assert.doesNotMatch(readFileSync(`${DIST}/${ENTRY}`, 'utf8'), /customElements\.define\(/);
});

test('a page with the roster, pathway finder and calendar (no map) stays under its ceiling', () => {
  const files = pageFiles(['siip-cohort-roster', 'siip-pathway-finder', 'siip-event-calendar']);
  const bytes = gzipBytes(files);
  console.log(`roster + pathway finder + calendar (${[...files].join(' + ')}): ${kib(bytes)}`);
  assert.ok(bytes <= THREE_WIDGET_PAGE_BUDGET, `${bytes} bytes`);
  for (const file of files) assert.doesNotMatch(readFileSync(`${DIST}/${file}`, 'utf8'), /L\.TileLayer|leaflet-pane/, file);
});

test('a page with one widget downloads only that widget and the shared core, within its budget', () => {
  for (const tag of TAGS) {
    assert.ok(ONE_WIDGET_PAGE_BUDGETS[tag], `${tag} has no size budget: add one to ONE_WIDGET_PAGE_BUDGETS`);
    const files = pageFiles([tag]);
    const withoutMap = [...files].filter((file) => !mapFiles().includes(file));
    console.log(`${tag} page: ${kib(gzipBytes(withoutMap))}${tag === 'siip-community-map' ? ` (+ ${kib(gzipBytes(mapFiles()))} map chunks)` : ''}`);
    assert.ok(gzipBytes(withoutMap) <= ONE_WIDGET_PAGE_BUDGETS[tag], `${tag}: ${gzipBytes(withoutMap)} bytes`);
    for (const other of TAGS.filter((name) => name !== tag && name !== 'siip-community-map').map(folderOf)) {
      assert.ok(![...files].some((file) => file.startsWith(`siip-${other}-`)), `${tag} page loads ${other}`);
    }
  }
});

test('no page downloads the validator (zod, the generated checks) unless a file needs validating', () => {
  const validator = validatorFiles();
  console.log(`validator chunk, loaded only for files other than the shipped dataset (${validator.join(' + ')}): ${kib(gzipBytes(validator))}`);
  assert.ok(validator.length > 0, 'no lazily loaded validator chunk found');
  assert.match(validator.map((file) => readFileSync(`${DIST}/${file}`, 'utf8')).join('\n'), /_zod/);
  const everything = pageFiles(['siip-cohort-roster', 'siip-pathway-finder', 'siip-event-calendar', 'siip-community-map']);
  for (const file of everything) {
    assert.ok(!validator.includes(file), `${file} is part of every page`);
    assert.doesNotMatch(readFileSync(`${DIST}/${file}`, 'utf8'), /_zod/, `${file} contains zod`);
  }
});

test('the error view loads only when a file cannot be used', () => {
  const page = pageFiles(TAGS);
  const lazy = new Set([...page].flatMap((file) => [...readFileSync(`${DIST}/${file}`, 'utf8').matchAll(/import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])));
  const errorView = [...lazy].filter((file) => file.startsWith('siip-data-error-view-'));
  assert.equal(errorView.length, 1, 'no lazily loaded error view chunk');
  assert.match(readFileSync(`${DIST}/${errorView[0]}`, 'utf8'), /Details for the site owner/);
  console.log(`error view, loaded when a file cannot be used (${errorView[0]}): ${kib(gzipBytes(errorView))}`);
  for (const file of page) assert.doesNotMatch(readFileSync(`${DIST}/${file}`, 'utf8'), /Details for the site owner/, `${file} is part of every page`);
});

test('a page in English downloads no other language’s names of states', () => {
  for (const file of pageFiles(TAGS)) {
    assert.doesNotMatch(readFileSync(`${DIST}/${file}`, 'utf8'), /Nueva York|Nova York|Нью-Йорк|纽约州|نيويورك/, `${file} holds names of states in other languages`);
  }
});

test('the map’s extra download, state outlines included, is at most 55 KiB', () => {
  const files = mapFiles();
  const bytes = gzipBytes(files);
  console.log(`map extra (${files.join(' + ')}): ${kib(bytes)}`);
  assert.ok(files.some((file) => /leaflet-pane/.test(readFileSync(`${DIST}/${file}`, 'utf8'))), 'no lazily loaded Leaflet chunk found');
  assert.ok(files.some((file) => /us-states/.test(file)), 'no outlines chunk found');
  assert.ok(bytes <= MAP_EXTRA_BUDGET, `${bytes} bytes`);
});

test('the drop-in ships minified: minifying it again saves next to nothing', () => {
  for (const file of readdirSync(DIST).filter((name) => /^siip-.*\.js$/.test(name))) {
    const code = readFileSync(`${DIST}/${file}`, 'utf8');
    const again = transformSync(code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'inline' }).code;
    assert.ok(again.length >= code.length * 0.95, `${file}: ${code.length} bytes, ${again.length} once minified`);
  }
});

test('no chunk builds a module namespace object at run time (each costs a helper chunk and a request)', () => {
  // The bundler builds one where a dynamic import's module shares its chunk with code that other chunks import, or
  // where `import * as` is used as a value: read named exports instead (see src/entries/widgets.ts).
  for (const file of readdirSync(DIST).filter((name) => /^siip-.*\.js$/.test(name))) {
    assert.doesNotMatch(readFileSync(`${DIST}/${file}`, 'utf8'), /Symbol\.toStringTag,\{value:`Module`\}/, file);
  }
});

test('translations load on demand, one small chunk per language', () => {
  const files = localeFiles();
  for (const file of files) console.log(`${file}: ${kib(gzipBytes([file]))}`);
  // One chunk for each of the nine languages besides English, and no more.
  assert.equal(files.length, 9);
  for (const file of files) assert.ok(gzipBytes([file]) <= 8 * KIB, file);
});
