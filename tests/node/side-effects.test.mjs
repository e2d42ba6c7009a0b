// package.json `sideEffects` tells bundlers which modules they must keep even when nothing is imported from
// them. A file missing from the list is silently dropped from partners' bundles (its tag never registers);
// this test keeps the list equal to what the tree really needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { TAGS, folderOf } from './registry.mjs';

const ROOT = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
const listed = new Set(pkg.sideEffects);

/** Modules of the core with effects at import time: registration entry, locale set-up, zod's jitless switch. */
const CORE = ['./src/entries/define.ts', './src/localization/locale.ts', './src/data/schema.ts'];
/** The built drop-in and its chunks. */
const DROP_IN = ['./dist/siip-widgets.js', './dist/siip-*.js'];
const defineFile = (tag) => `./components/${folderOf(tag)}/${folderOf(tag)}.ts`;
const built = (file) => file.replace(/^\.\//, './dist/npm/').replace(/\.ts$/, '.js');

test('the registry lists at least the four widgets, each with its folder and define file', () => {
  assert.ok(TAGS.length >= 4, `tags read from the registry: ${TAGS.join(', ')}`);
  for (const tag of TAGS) assert.ok(existsSync(new URL(defineFile(tag), ROOT)), defineFile(tag));
});

test('sideEffects lists exactly the core set-up files, each widget’s define file and their built copies', () => {
  const expected = [...CORE, ...TAGS.map(defineFile)];
  const wanted = new Set([...expected, ...expected.map(built), ...DROP_IN]);
  assert.deepEqual([...listed].sort(), [...wanted].sort());
  for (const file of [...CORE, ...TAGS.map(defineFile)]) assert.ok(existsSync(new URL(file, ROOT)), `${file} exists`);
});

test('every file that registers a tag at import time is listed', () => {
  for (const folder of readdirSync(new URL('components/', ROOT))) {
    const dir = new URL(`components/${folder}/`, ROOT);
    if (!existsSync(dir) || !readdirSync(dir).length) continue;
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))) {
      const code = readFileSync(new URL(name, dir), 'utf8');
      if (/^\s*\w+\.define\(['"]siip-/m.test(code)) assert.ok(listed.has(`./components/${folder}/${name}`), `components/${folder}/${name} registers a tag`);
    }
  }
});
