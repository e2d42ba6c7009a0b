// The built-in dataset's parts as the build writes them into dist/data (run after `npm run build`): one per set of
// collections a widget shows, each consistent with data/siip-dataset.json, and each with the identity the drop-in
// embeds. Widgets trust a part by its bytes and never validate it, so this is where a part is checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './bundle-files.mjs';

const COLLECTIONS = ['sources', 'programs', 'cohorts', 'communities', 'providers', 'professions', 'events'];
/** What each widget shows (the `collections` of its DatasetController), by the key of its part. */
const SETS = { 'communities-cohorts-programs': ['communities', 'cohorts', 'programs'], events: ['events'], 'professions-communities': ['professions', 'communities'] };
const full = JSON.parse(readFileSync(join(DIST, 'data/siip-dataset.json'), 'utf8'));
const partFile = (key) => join(DIST, `data/siip-dataset.${key}.json`);
const parts = Object.fromEntries(Object.keys(SETS).map((key) => [key, JSON.parse(readFileSync(partFile(key), 'utf8'))]));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/** Every id the part's records name through `field`, wherever the field appears in them (steps, state notes…). */
function named(part, field, collections = COLLECTIONS.filter((name) => name !== 'sources')) {
  const ids = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === field && Array.isArray(inner) && inner.every((id) => typeof id === 'string')) inner.forEach((id) => ids.add(id));
      else if (key === field && typeof inner === 'string') ids.add(inner);
      else walk(inner);
    }
  };
  for (const name of collections) walk(part[name]);
  return ids;
}
const idsOf = (records) => new Set(records.map((record) => record.id));
const sorted = (set) => [...set].sort();

test('the build writes one part per set of collections a widget shows, each with the length and SHA-256 the drop-in embeds', () => {
  assert.deepEqual(
    readdirSync(join(DIST, 'data')).filter((file) => /^siip-dataset\..+\.json$/.test(file) && file !== 'siip-dataset.schema.json').sort(),
    Object.keys(SETS).map((key) => `siip-dataset.${key}.json`).sort(),
  );
  const core = readdirSync(DIST)
    .filter((file) => /^siip-core-.*\.js$/.test(file))
    .map((file) => readFileSync(join(DIST, file), 'utf8'))
    .find((code) => code.includes(sha256(readFileSync(join(DIST, 'data/siip-dataset.json')))));
  assert.ok(core, 'no core chunk embeds the full file’s SHA-256');
  for (const key of Object.keys(SETS)) {
    const bytes = readFileSync(partFile(key));
    assert.match(core, new RegExp(`"?${key}"?:\\{bytes:${bytes.length},sha256:\`${sha256(bytes)}\`\\}`), `${key}: its identity is not embedded`);
  }
});

test('each part holds the file’s header and the collections it is for as in the file', () => {
  for (const [key, part] of Object.entries(parts)) {
    assert.deepEqual(Object.keys(part), Object.keys(full), `${key} part: its keys`);
    for (const [name, value] of Object.entries(full)) {
      if (COLLECTIONS.includes(name)) assert.ok(Array.isArray(part[name]), `${key} part: no ${name}`);
      else assert.deepEqual(part[name], value, `${key} part: ${name}`);
    }
    for (const name of SETS[key]) assert.deepEqual(part[name], full[name], `${key} part: ${name}`);
  }
});

test('every record of a part is the file’s own, in the file’s order', () => {
  for (const [key, part] of Object.entries(parts)) {
    for (const name of COLLECTIONS) {
      const order = new Map(full[name].map((record, index) => [record.id, index]));
      let last = -1;
      for (const record of part[name]) {
        const at = order.get(record.id);
        assert.ok(at > last, `${key} part: ${name} ${record.id} is not the file’s or out of order`);
        assert.deepEqual(record, full[name][at], `${key} part: ${name} ${record.id} is not the file’s`);
        last = at;
      }
    }
  }
});

test('a part holds exactly what its records name: every reference resolves inside it, nothing else is there', () => {
  for (const [key, part] of Object.entries(parts)) {
    const set = SETS[key];
    // The calendar's part holds every community, for the one its `community` attribute may name (shipped-dataset.mjs).
    const whole = set.includes('events') ? [...set, 'communities'] : set;
    for (const name of whole) assert.equal(part[name].length, full[name].length, `${key} part: ${name}`);
    for (const [name, field] of [['sources', 'sources'], ['programs', 'program'], ['cohorts', 'cohorts'], ['communities', 'communities'], ['professions', 'professions']]) {
      const held = idsOf(part[name]);
      // A community's professions are followed only into a part that shows professions (see shipped-dataset.mjs).
      if (name === 'professions' && !set.includes('professions')) {
        assert.deepEqual(part.professions, [], `${key} part: professions`);
        continue;
      }
      const cited = named(part, field);
      assert.deepEqual(sorted([...cited].filter((id) => !held.has(id))), [], `${key} part: ${name} named but missing`);
      if (!whole.includes(name)) assert.deepEqual(sorted([...held].filter((id) => !cited.has(id))), [], `${key} part: ${name} held but never named`);
    }
    for (const name of ['providers', 'events']) if (!set.includes(name)) assert.deepEqual(part[name], [], `${key} part: ${name}`);
  }
});

test('the validator finds nothing wrong in a part but the professions it leaves out', () => {
  const cli = join(DIST, 'cli/siip-widgets.js');
  for (const key of Object.keys(SETS)) {
    let output;
    try {
      output = execFileSync(process.execPath, [cli, 'validate', '--json', partFile(key)], { encoding: 'utf8' });
    } catch (error) {
      output = error.stdout;
    }
    const { issues } = JSON.parse(output);
    const unexpected = issues.filter((issue) => !(/^communities\[\d+\]\.professions\[\d+\]$/.test(issue.path) && /unknown profession/.test(issue.message)));
    assert.deepEqual(unexpected, [], `${key} part`);
    const leftOut = !SETS[key].includes('professions') && parts[key].communities.some((community) => community.professions?.length);
    assert.equal(issues.length > 0, leftOut, `${key} part`);
  }
});
